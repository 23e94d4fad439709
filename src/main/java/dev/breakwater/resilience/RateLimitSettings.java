package dev.breakwater.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * The client-side rate limiter shared by every REST call. Alpaca allows 200 requests per minute per API
 * key and answers 429 beyond that; staying at 180 leaves room for another tool using the same key and
 * for clock skew between the two windows, so the broker's 429 stays the exception.
 *
 * <p>30 permits per 10 s rather than 180 per minute: the same rate, but a burst can never spend the
 * whole minute's budget in its first second.
 *
 * @param permitsPerPeriod permits handed out per period
 * @param period           refresh period of the permits
 * @param maxWait          how long a call may wait for a permit before it is refused (not sent)
 */
public record RateLimitSettings(int permitsPerPeriod, Duration period, Duration maxWait) {

    public RateLimitSettings {
        if (permitsPerPeriod < 1) {
            throw new IllegalArgumentException("permitsPerPeriod must be >= 1: " + permitsPerPeriod);
        }
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(maxWait, "maxWait");
        if (period.isZero() || period.isNegative() || maxWait.isNegative()) {
            throw new IllegalArgumentException("period must be positive and maxWait not negative");
        }
    }

    /** 30 permits per 10 s (180/min, under Alpaca's 200/min), wait at most 10 s for one. */
    public static RateLimitSettings defaults() {
        return new RateLimitSettings(30, Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    /**
     * {@code perMinute} requests a minute, handed out in six 10-second slices; 0 switches the client-side
     * limit off (for a simulator that injects its own 429s, or a soak that measures without it).
     */
    public static RateLimitSettings perMinute(int perMinute) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("a rate limit is a number of requests per minute, 0 or more: " + perMinute);
        }
        if (perMinute == 0) {
            return new RateLimitSettings(Integer.MAX_VALUE / 2, Duration.ofSeconds(1), Duration.ZERO);
        }
        return new RateLimitSettings(Math.max(1, perMinute / 6), Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    /** The configured rate expressed per minute, for display next to the broker's own limit. */
    public double permitsPerMinute() {
        return permitsPerPeriod * (60_000.0 / period.toMillis());
    }

    public RateLimitSettings withPermitsPerPeriod(int value) {
        return new RateLimitSettings(value, period, maxWait);
    }

    public RateLimitSettings withPeriod(Duration value) {
        return new RateLimitSettings(permitsPerPeriod, value, maxWait);
    }

    public RateLimitSettings withMaxWait(Duration value) {
        return new RateLimitSettings(permitsPerPeriod, period, value);
    }
}
