package dev.breakwater.sim;

import java.time.Duration;
import java.time.Instant;

/**
 * The simulator's fixed-length, back-to-back trading sessions: session boundaries lie at
 * {@code anchor + k * length} for every integer k, and each boundary is both a close and the next open.
 * With the defaults (anchor at the epoch, length one day) every session closes at UTC midnight, so the
 * simulated market is open at any hour a developer wants to use it.
 */
final class TradingSession {

    private final Instant anchor;
    private final Duration length;

    TradingSession(Instant anchor, Duration length) {
        if (length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException("session length must be positive: " + length);
        }
        this.anchor = anchor;
        this.length = length;
    }

    /** The first boundary strictly after {@code now}: when the session {@code now} falls into closes. */
    Instant closeAfter(Instant now) {
        Duration elapsed = Duration.between(anchor, now);
        long sessions = elapsed.dividedBy(length);
        if (elapsed.isNegative() && !length.multipliedBy(sessions).equals(elapsed)) {
            sessions--; // dividedBy truncates toward zero; sessions before the anchor need the floor
        }
        return anchor.plus(length.multipliedBy(sessions + 1));
    }
}
