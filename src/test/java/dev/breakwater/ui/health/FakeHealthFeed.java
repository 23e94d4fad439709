package dev.breakwater.ui.health;

import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.EndpointGroup;
import dev.breakwater.broker.RateLimitStatus;
import dev.breakwater.broker.StreamStatus;
import dev.breakwater.resilience.BreakerState;
import dev.breakwater.resilience.HealthEvent;
import dev.breakwater.resilience.HealthSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A health feed the test sets by hand; records drills, publishes events to its subscribers on the caller's thread. */
final class FakeHealthFeed implements HealthFeed {

    private final Clock clock;
    final Map<EndpointGroup, HealthSnapshot.Breaker> breakers = new ConcurrentHashMap<>();
    final Map<Endpoint, HealthSnapshot.Retries> retries = new ConcurrentHashMap<>();
    final Map<EndpointGroup, HealthSnapshot.Latency> latencies = new ConcurrentHashMap<>();
    volatile HealthSnapshot.RateLimit rateLimit = new HealthSnapshot.RateLimit(Optional.empty(), 30, 30, Duration.ofSeconds(10));
    volatile StreamStatus stream;
    volatile Duration openWait = Duration.ofSeconds(15);
    final List<HealthEvent> recent = new ArrayList<>();
    final List<Consumer<HealthEvent>> listeners = new CopyOnWriteArrayList<>();
    final List<String> drills = new CopyOnWriteArrayList<>();
    int snapshots;

    FakeHealthFeed(Clock clock) {
        this.clock = clock;
        for (EndpointGroup group : EndpointGroup.values()) {
            breaker(group, BreakerState.CLOSED, -1, -1, 0, 0, 0, 0);
            latencies.put(group, new HealthSnapshot.Latency(group, 0, Duration.ZERO, Duration.ZERO, Duration.ZERO));
        }
    }

    FakeHealthFeed breaker(EndpointGroup group, BreakerState state, float failureRate, float slowRate, int buffered,
                           int failed, int slow, long notPermitted) {
        breakers.put(group, new HealthSnapshot.Breaker(group, state, failureRate, slowRate, buffered, failed, slow,
                notPermitted));
        return this;
    }

    FakeHealthFeed state(EndpointGroup group, BreakerState state) {
        HealthSnapshot.Breaker b = breakers.get(group);
        return breaker(group, state, b.failureRate(), b.slowCallRate(), b.bufferedCalls(), b.failedCalls(),
                b.slowCalls(), b.notPermittedCalls());
    }

    /** {@code successful} calls without retry, spread as first attempts. */
    FakeHealthFeed calls(Endpoint endpoint, long successful) {
        return retries(endpoint, successful, 0, 0, 0, Map.of(1, successful));
    }

    FakeHealthFeed retries(Endpoint endpoint, long okFirst, long okRetry, long failedRetry, long failedFirst,
                           Map<Integer, Long> attempts) {
        retries.put(endpoint, new HealthSnapshot.Retries(endpoint, okFirst, okRetry, failedRetry, failedFirst,
                new TreeMap<>(attempts)));
        return this;
    }

    FakeHealthFeed brokerLimit(int limit, int remaining, java.time.Instant reset) {
        rateLimit = new HealthSnapshot.RateLimit(Optional.of(new RateLimitStatus(limit, remaining, reset)),
                rateLimit.localAvailablePermissions(), rateLimit.localPermitsPerPeriod(), rateLimit.localPeriod());
        return this;
    }

    void publish(HealthEvent event) {
        listeners.forEach(listener -> listener.accept(event));
    }

    @Override
    public HealthSnapshot snapshot() {
        snapshots++;
        Map<Endpoint, HealthSnapshot.Retries> all = new EnumMap<>(Endpoint.class);
        for (Endpoint endpoint : Endpoint.values()) {
            all.put(endpoint, retries.getOrDefault(endpoint,
                    new HealthSnapshot.Retries(endpoint, 0, 0, 0, 0, new TreeMap<>())));
        }
        return new HealthSnapshot(clock.instant(), breakers, all, latencies, rateLimit);
    }

    @Override
    public List<HealthEvent> recentEvents() {
        return List.copyOf(recent);
    }

    @Override
    public AutoCloseable subscribe(Consumer<HealthEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public StreamStatus streamStatus() {
        return stream;
    }

    @Override
    public Duration openWait(EndpointGroup group) {
        return openWait;
    }

    @Override
    public void forceOpen(EndpointGroup group) {
        drills.add("forceOpen " + group);
    }

    @Override
    public void reset(EndpointGroup group) {
        drills.add("reset " + group);
    }
}
