package dev.breakwater.sim;

import java.time.Instant;

/**
 * The {@code GET /v2/clock} reply. The simulated market is always open; {@code nextOpen} and
 * {@code nextClose} are the same instant, the end of the current simulated session, when the next one
 * starts at once.
 */
public record SimClock(Instant timestamp, boolean isOpen, Instant nextOpen, Instant nextClose) {
}
