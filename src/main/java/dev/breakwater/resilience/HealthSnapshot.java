package dev.breakwater.resilience;

import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.EndpointGroup;
import dev.breakwater.broker.RateLimitStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The resilience layer at one instant, as immutable values for the broker-health panel.
 *
 * @param takenAt    when, by the injected clock
 * @param breakers   one entry per group: orders, reads, stream
 * @param retries    one entry per REST endpoint
 * @param latencies  one entry per group
 * @param rateLimit  the broker's last-seen quota and the local limiter
 */
public record HealthSnapshot(Instant takenAt,
                             Map<EndpointGroup, Breaker> breakers,
                             Map<Endpoint, Retries> retries,
                             Map<EndpointGroup, Latency> latencies,
                             RateLimit rateLimit) {

    public HealthSnapshot {
        breakers = Map.copyOf(breakers);
        retries = Map.copyOf(retries);
        latencies = Map.copyOf(latencies);
    }

    public Breaker breaker(EndpointGroup group) {
        return breakers.get(group);
    }

    public Retries retries(Endpoint endpoint) {
        return retries.get(endpoint);
    }

    public Latency latency(EndpointGroup group) {
        return latencies.get(group);
    }

    /**
     * One breaker. The rates are Resilience4j's raw percentages, which read {@code -1} while fewer than
     * the minimum number of calls have been measured; {@link #failureRatePercent()} and
     * {@link #slowCallRatePercent()} turn that into "n/a" (empty) so a panel cannot show -1 %.
     *
     * @param failureRate        percent of failed calls in the window, or -1 (n/a)
     * @param slowCallRate       percent of slow calls in the window, or -1 (n/a)
     * @param bufferedCalls      calls in the sliding window
     * @param failedCalls        failed calls in the window
     * @param slowCalls          slow calls in the window, successful or not
     * @param notPermittedCalls  calls refused while open (Resilience4j counts these only in OPEN)
     */
    public record Breaker(EndpointGroup group, BreakerState state, float failureRate, float slowCallRate,
                          int bufferedCalls, int failedCalls, int slowCalls, long notPermittedCalls) {

        public OptionalDouble failureRatePercent() {
            return failureRate < 0 ? OptionalDouble.empty() : OptionalDouble.of(failureRate);
        }

        public OptionalDouble slowCallRatePercent() {
            return slowCallRate < 0 ? OptionalDouble.empty() : OptionalDouble.of(slowCallRate);
        }
    }

    /**
     * One endpoint's retry record. The four outcome counts are Resilience4j's per logical call (the
     * {@code resilience4j.retry.calls} kinds); {@code attemptsByNumber} counts attempts
     * ({@code breakwater.retry.attempts}): 1 is every call's first attempt, 2 its first retry, and so on.
     */
    public record Retries(Endpoint endpoint, long successfulWithoutRetry, long successfulWithRetry,
                          long failedWithRetry, long failedWithoutRetry, SortedMap<Integer, Long> attemptsByNumber) {

        public Retries {
            attemptsByNumber = Collections.unmodifiableSortedMap(new TreeMap<>(attemptsByNumber));
        }

        public long calls() {
            return successfulWithoutRetry + successfulWithRetry + failedWithRetry + failedWithoutRetry;
        }
    }

    /**
     * One group's attempt latency over Micrometer's recent window (a decaying window of a few minutes).
     * All durations are zero until the first call.
     */
    public record Latency(EndpointGroup group, long count, Duration p50, Duration p90, Duration p99) {
    }

    /**
     * Rate-limit headroom.
     *
     * @param broker                    the broker's {@code X-RateLimit-*} headers as the REST client last saw them
     * @param localAvailablePermissions permits the local limiter could hand out now (negative when calls have reserved future ones)
     * @param localPermitsPerPeriod     the local limiter's permits per period
     * @param localPeriod               the local limiter's period
     */
    public record RateLimit(Optional<RateLimitStatus> broker, int localAvailablePermissions,
                            int localPermitsPerPeriod, Duration localPeriod) {
    }
}
