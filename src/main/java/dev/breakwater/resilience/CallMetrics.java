package dev.breakwater.resilience;

import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.EndpointGroup;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Breakwater's own meters, next to the Resilience4j ones:
 * <ul>
 *   <li>{@value #ATTEMPTS} (Prometheus {@code breakwater_retry_attempts_total}), a counter tagged
 *       {@code endpoint} and {@code attempt_number}: every attempt, the first included, so
 *       {@code attempt_number="2"} is how often a call needed a retry. Resilience4j's
 *       {@code resilience4j.retry.calls} counts logical calls by outcome and cannot say that.</li>
 *   <li>{@value #LATENCY}, a timer per endpoint group ({@code group} tag) publishing p50, p90 and p99.
 *       It times each attempt that reached the broker, failures included.</li>
 * </ul>
 * Durations are taken from the registry's clock, so a test registry with a mock clock can make a call
 * "slow" without being slow.
 */
final class CallMetrics {

    static final String ATTEMPTS = "breakwater.retry.attempts";
    static final String LATENCY = "breakwater.broker.latency";

    private final MeterRegistry registry;
    private final Map<EndpointGroup, Timer> latency = new EnumMap<>(EndpointGroup.class);
    private final Map<Endpoint, Map<Integer, Counter>> attempts = new java.util.concurrent.ConcurrentHashMap<>();

    CallMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (EndpointGroup group : EndpointGroup.values()) {
            latency.put(group, Timer.builder(LATENCY)
                    .description("Latency of single broker attempts, by endpoint group")
                    .tag("group", group.breakerName())
                    .publishPercentiles(0.5, 0.9, 0.99)
                    .register(registry));
        }
    }

    void countAttempt(Endpoint endpoint, int attemptNumber) {
        // Looked up once per endpoint and attempt number: building and registering the meter id on every
        // call was a large share of a rejected call's cost in a JFR profile of `bench breaker`.
        attempts.computeIfAbsent(endpoint, key -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(attemptNumber, number -> attemptCounter(endpoint, number))
                .increment();
    }

    private Counter attemptCounter(Endpoint endpoint, int attemptNumber) {
        return Counter.builder(ATTEMPTS)
                .description("Broker call attempts, the first included, by endpoint and attempt number")
                .tag("endpoint", endpoint.tag())
                .tag("attempt_number", Integer.toString(attemptNumber))
                .register(registry);
    }

    /** A monotonic reading in nanoseconds from the registry's clock. */
    long monotonicTime() {
        return registry.config().clock().monotonicTime();
    }

    void recordLatency(EndpointGroup group, long nanos) {
        latency.get(group).record(nanos, TimeUnit.NANOSECONDS);
    }

    SortedMap<Integer, Long> attemptsByNumber(Endpoint endpoint) {
        SortedMap<Integer, Long> byNumber = new TreeMap<>();
        for (Counter counter : registry.find(ATTEMPTS).tag("endpoint", endpoint.tag()).counters()) {
            byNumber.merge(Integer.valueOf(counter.getId().getTag("attempt_number")),
                    (long) counter.count(), Long::sum);
        }
        return byNumber;
    }

    HealthSnapshot.Latency latency(EndpointGroup group) {
        HistogramSnapshot snapshot = latency.get(group).takeSnapshot();
        Duration p50 = Duration.ZERO;
        Duration p90 = Duration.ZERO;
        Duration p99 = Duration.ZERO;
        for (ValueAtPercentile value : snapshot.percentileValues()) {
            Duration at = Duration.ofNanos((long) value.value(TimeUnit.NANOSECONDS));
            if (value.percentile() == 0.5) {
                p50 = at;
            } else if (value.percentile() == 0.9) {
                p90 = at;
            } else if (value.percentile() == 0.99) {
                p99 = at;
            }
        }
        return new HealthSnapshot.Latency(group, snapshot.count(), p50, p90, p99);
    }
}
