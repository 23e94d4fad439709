package dev.breakwater.broker.alpaca;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Random;

/**
 * Waits between reconnect attempts: exponential growth with full jitter above a floor. Attempt {@code n}
 * (1, 2, ...) waits a uniformly random time in {@code [base, min(cap, base * 2^n)]}: never under the base
 * (no 10 ms reconnect storm), never over the cap, and spread out so that many clients cut at once do not
 * come back at once.
 *
 * <p>The attempt counter resets only when a connection has stayed LIVE for {@code stableAfter}: a server
 * that accepts and then drops each connection at once must not get a 1 s retry every time.
 *
 * <p>Not thread-safe: used on the stream client's own thread.
 */
final class StreamBackoff {

    private final Duration base;
    private final Duration cap;
    private final Duration stableAfter;
    private final Random random;
    private int attempt;
    private Instant liveSince;

    StreamBackoff(Duration base, Duration cap, Duration stableAfter, Random random) {
        this.base = Objects.requireNonNull(base, "base");
        this.cap = Objects.requireNonNull(cap, "cap");
        this.stableAfter = Objects.requireNonNull(stableAfter, "stableAfter");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A connection went LIVE at {@code at}. */
    void live(Instant at) {
        liveSince = at;
    }

    /** The connection failed at {@code now}: the next attempt's number and how long to wait before it. */
    Duration nextDelay(Instant now) {
        if (liveSince != null && !Duration.between(liveSince, now).minus(stableAfter).isNegative()) {
            attempt = 0;
        }
        liveSince = null;
        attempt++;
        long baseNanos = base.toNanos();
        long upper = upperBoundNanos(attempt);
        long spread = upper - baseNanos;
        long jitter = spread <= 0 ? 0 : (long) (random.nextDouble() * (spread + 1));
        return Duration.ofNanos(baseNanos + Math.min(jitter, spread));
    }

    /** The attempt the client is on: 0 before the first failure and after a reset. */
    int attempt() {
        return attempt;
    }

    /** The largest wait of attempt {@code n}: {@code min(cap, base * 2^n)}, without overflowing. */
    long upperBoundNanos(int n) {
        long baseNanos = base.toNanos();
        long capNanos = cap.toNanos();
        int shift = Math.min(n, 62);
        if (baseNanos > (capNanos >> shift)) {
            return capNanos;
        }
        return Math.min(capNanos, baseNanos << shift);
    }
}
