package dev.breakwater.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The best bid and ask of a symbol (market data {@code bp}, {@code bs}, {@code ap}, {@code as}, {@code t}). */
public record LatestQuote(BigDecimal bidPrice, BigDecimal bidSize, BigDecimal askPrice, BigDecimal askSize,
                          OffsetDateTime time) {
}
