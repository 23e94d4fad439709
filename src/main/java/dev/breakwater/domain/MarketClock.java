package dev.breakwater.domain;

import java.time.OffsetDateTime;

/**
 * The market clock from {@code GET /v2/clock} (Alpaca calls it "clock"; named so here to stay apart from
 * {@link java.time.Clock}, which the code injects for time).
 */
public record MarketClock(OffsetDateTime timestamp, boolean isOpen, OffsetDateTime nextOpen, OffsetDateTime nextClose) {
}
