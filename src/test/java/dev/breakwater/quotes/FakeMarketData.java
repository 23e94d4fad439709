package dev.breakwater.quotes;

import dev.breakwater.broker.MarketData;
import dev.breakwater.domain.LatestQuote;
import dev.breakwater.domain.LatestTrade;
import dev.breakwater.domain.Snapshot;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Answers snapshots from a price table; records every call; can be told to fail. */
final class FakeMarketData implements MarketData {

    static final OffsetDateTime QUOTE_TIME = OffsetDateTime.parse("2026-11-27T15:30:00-05:00");

    final List<List<String>> calls = new ArrayList<>();
    final Map<String, BigDecimal> prices = new HashMap<>();
    /** Symbols the feed does not know (left out of the reply). */
    Set<String> unknown = Set.of();
    /** When set, every snapshots call throws what it supplies. */
    Supplier<RuntimeException> failure;

    void price(String symbol, String price) {
        prices.put(symbol, new BigDecimal(price));
    }

    @Override
    public synchronized Map<String, Snapshot> snapshots(List<String> symbols) {
        calls.add(List.copyOf(symbols));
        if (failure != null) {
            throw failure.get();
        }
        Map<String, Snapshot> reply = new LinkedHashMap<>();
        for (String symbol : symbols) {
            if (unknown.contains(symbol)) {
                continue;
            }
            BigDecimal last = prices.getOrDefault(symbol, new BigDecimal("100.00"));
            LatestTrade trade = new LatestTrade(last, BigDecimal.TEN, QUOTE_TIME, "V");
            LatestQuote quote = new LatestQuote(last.subtract(new BigDecimal("0.01")), BigDecimal.ONE,
                    last.add(new BigDecimal("0.01")), BigDecimal.ONE, QUOTE_TIME);
            reply.put(symbol, new Snapshot(symbol, trade, quote));
        }
        return reply;
    }

    @Override
    public LatestTrade latestTrade(String symbol) {
        throw new UnsupportedOperationException();
    }

    @Override
    public LatestQuote latestQuote(String symbol) {
        throw new UnsupportedOperationException();
    }
}
