package dev.breakwater.resilience;

import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.MarketData;
import dev.breakwater.domain.LatestQuote;
import dev.breakwater.domain.LatestTrade;
import dev.breakwater.domain.Snapshot;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link MarketData} with retries, the reads breaker and the shared REST rate limiter; every call is a
 * read, so every retryable failure is retried. Built by {@link Resilience#decorate(MarketData)}.
 */
public final class ResilientMarketData implements MarketData {

    private final MarketData delegate;
    private final RetryLoop retrying;

    ResilientMarketData(MarketData delegate, RetryLoop retrying) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.retrying = retrying;
    }

    @Override
    public LatestTrade latestTrade(String symbol) {
        return retrying.call(Endpoint.LATEST_TRADE, () -> delegate.latestTrade(symbol));
    }

    @Override
    public LatestQuote latestQuote(String symbol) {
        return retrying.call(Endpoint.LATEST_QUOTE, () -> delegate.latestQuote(symbol));
    }

    @Override
    public Map<String, Snapshot> snapshots(List<String> symbols) {
        return retrying.call(Endpoint.SNAPSHOTS, () -> delegate.snapshots(symbols));
    }
}
