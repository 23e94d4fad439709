package dev.breakwater.quotes;

import java.time.Duration;

/**
 * How the {@link QuoteService} paces itself.
 *
 * <p>The service makes at most one {@code snapshots} call per tick and ticks every
 * {@code 60 s / callsPerMinute} (with a fixed delay, so a slow reply only slows it further). The default
 * budget is 30 calls a minute (one every 2 s), well inside Alpaca's 200 requests a minute that the
 * market-data and trading reads share. One call covers up to {@code batchSize} symbols (default 50), so a
 * watched symbol is refreshed every {@code ceil(n / batchSize)} ticks: every 2 s for up to 50 symbols,
 * every 4 s for up to 100. With more than 100 symbols at the defaults a refresh takes longer than the
 * default {@code staleAfter} of 5 s and quotes flicker stale between refreshes: raise the budget or
 * {@code staleAfter} for such a watch list.
 *
 * @param callsPerMinute the snapshots-call budget; at least 1
 * @param batchSize      symbols per snapshots call; 1 to 50
 * @param staleAfter     a quote received longer ago than this is stale; positive
 */
public record QuoteSettings(int callsPerMinute, int batchSize, Duration staleAfter) {

    public static final int MAX_BATCH = 50;

    public QuoteSettings {
        if (callsPerMinute < 1) {
            throw new IllegalArgumentException("callsPerMinute must be at least 1: " + callsPerMinute);
        }
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("batchSize must be 1.." + MAX_BATCH + ": " + batchSize);
        }
        if (staleAfter == null || staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("staleAfter must be positive: " + staleAfter);
        }
    }

    /** 30 calls a minute, 50 symbols a call, stale after 5 s. */
    public static QuoteSettings defaults() {
        return new QuoteSettings(30, MAX_BATCH, Duration.ofSeconds(5));
    }

    /** The pause between two ticks: 60 s divided by the budget, rounded up to the millisecond. */
    public Duration tickInterval() {
        long millis = (60_000L + callsPerMinute - 1) / callsPerMinute;
        return Duration.ofMillis(millis);
    }
}
