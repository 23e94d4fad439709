package dev.breakwater.broker;

import dev.breakwater.domain.LatestQuote;
import dev.breakwater.domain.LatestTrade;
import dev.breakwater.domain.Snapshot;
import java.util.List;
import java.util.Map;

/**
 * The market-data port (Alpaca's Market Data API v2, {@code https://data.alpaca.markets}, same keys): prices
 * for the ticket and for the precaution checks. Failures are {@link BrokerException}s like the trading
 * port's.
 */
public interface MarketData {

    /** {@code GET /v2/stocks/{symbol}/trades/latest}. */
    LatestTrade latestTrade(String symbol);

    /** {@code GET /v2/stocks/{symbol}/quotes/latest}. */
    LatestQuote latestQuote(String symbol);

    /** {@code GET /v2/stocks/snapshots?symbols=…}: one snapshot per symbol the feed knows, keyed by symbol. */
    Map<String, Snapshot> snapshots(List<String> symbols);
}
