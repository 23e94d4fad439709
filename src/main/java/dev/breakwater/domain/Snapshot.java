package dev.breakwater.domain;

/**
 * What a market-data snapshot holds that the ticket needs: the last trade and the quote (either may be
 * null when the feed has none).
 */
public record Snapshot(String symbol, LatestTrade latestTrade, LatestQuote latestQuote) {
}
