package dev.breakwater.resilience;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How often and how patiently a failed broker call is tried again.
 *
 * <p>The backoff before retry {@code n} (n = 1 after the first failure) has the ceiling
 * {@code min(maxBackoff, initialBackoff * multiplier^(n-1))}; with {@code jitter} on the actual wait is
 * drawn uniformly from {@code [0, ceiling]} (see {@link ExponentialBackoff} for why).
 *
 * @param maxRetries              retries after the first attempt: 3 means at most 4 attempts
 * @param initialBackoff          ceiling of the first backoff
 * @param multiplier              growth of the ceiling per retry
 * @param maxBackoff              cap of every wait, including a wait for {@code X-RateLimit-Reset}
 * @param jitter                  draw each wait from {@code [0, ceiling]} (Full Jitter) instead of waiting the ceiling
 * @param retryableServerStatuses the 5xx statuses worth another attempt; other 5xx are thrown at once
 */
public record RetrySettings(
        int maxRetries,
        Duration initialBackoff,
        double multiplier,
        Duration maxBackoff,
        boolean jitter,
        Set<Integer> retryableServerStatuses) {

    public RetrySettings {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0: " + maxRetries);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (initialBackoff.isNegative() || maxBackoff.isNegative()) {
            throw new IllegalArgumentException("backoffs must not be negative");
        }
        if (!(multiplier >= 1.0)) {
            throw new IllegalArgumentException("multiplier must be >= 1: " + multiplier);
        }
        retryableServerStatuses = Set.copyOf(retryableServerStatuses);
    }

    /** 3 retries (4 attempts), 500 ms doubling to at most 60 s, Full Jitter, retry 500/502/503/504. */
    public static RetrySettings defaults() {
        return new RetrySettings(3, Duration.ofMillis(500), 2.0, Duration.ofSeconds(60), true,
                Set.of(500, 502, 503, 504));
    }

    /** Attempts including the first one: what Resilience4j calls {@code maxAttempts}. */
    public int maxAttempts() {
        return maxRetries + 1;
    }

    public RetrySettings withMaxRetries(int value) {
        return new RetrySettings(value, initialBackoff, multiplier, maxBackoff, jitter, retryableServerStatuses);
    }

    public RetrySettings withInitialBackoff(Duration value) {
        return new RetrySettings(maxRetries, value, multiplier, maxBackoff, jitter, retryableServerStatuses);
    }

    public RetrySettings withMultiplier(double value) {
        return new RetrySettings(maxRetries, initialBackoff, value, maxBackoff, jitter, retryableServerStatuses);
    }

    public RetrySettings withMaxBackoff(Duration value) {
        return new RetrySettings(maxRetries, initialBackoff, multiplier, value, jitter, retryableServerStatuses);
    }

    public RetrySettings withJitter(boolean value) {
        return new RetrySettings(maxRetries, initialBackoff, multiplier, maxBackoff, value, retryableServerStatuses);
    }

    public RetrySettings withRetryableServerStatuses(Set<Integer> value) {
        return new RetrySettings(maxRetries, initialBackoff, multiplier, maxBackoff, jitter, value);
    }
}
