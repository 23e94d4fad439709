package dev.breakwater.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The last trade of a symbol (market data {@code p}, {@code s}, {@code t}, {@code x}). Market data sends
 * prices as JSON numbers; they are read into exact decimals from the JSON text, never through double.
 */
public record LatestTrade(BigDecimal price, BigDecimal size, OffsetDateTime time, String exchange) {
}
