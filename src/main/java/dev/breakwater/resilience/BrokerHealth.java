package dev.breakwater.resilience;

import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.EndpointGroup;
import dev.breakwater.broker.RateLimitStatus;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.retry.Retry;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the broker-health panel reads: {@link #snapshot()} to poll, {@link #addListener} for events as
 * they happen, {@link #recentEvents()} for the last {@value HealthEventLog#CAPACITY}, and
 * {@link #forceOpen}/{@link #reset} for drills. Built by {@link Resilience#health(Supplier)}.
 *
 * <p>Poll as well as listen: Resilience4j publishes no events while a breaker is DISABLED or
 * FORCED_OPEN. Thread-safe.
 */
public final class BrokerHealth {

    private final Map<EndpointGroup, CircuitBreaker> breakers;
    private final Map<Endpoint, Retry> retries;
    private final RateLimiter rateLimiter;
    private final CallMetrics metrics;
    private final HealthEventLog events;
    private final Supplier<Optional<RateLimitStatus>> brokerRateLimit;
    private final Clock clock;

    BrokerHealth(Map<EndpointGroup, CircuitBreaker> breakers, Map<Endpoint, Retry> retries, RateLimiter rateLimiter,
                 CallMetrics metrics, HealthEventLog events, Supplier<Optional<RateLimitStatus>> brokerRateLimit,
                 Clock clock) {
        this.breakers = breakers;
        this.retries = retries;
        this.rateLimiter = rateLimiter;
        this.metrics = metrics;
        this.events = events;
        this.brokerRateLimit = Objects.requireNonNull(brokerRateLimit, "brokerRateLimit");
        this.clock = clock;
    }

    public HealthSnapshot snapshot() {
        Map<EndpointGroup, HealthSnapshot.Breaker> breakerHealth = new EnumMap<>(EndpointGroup.class);
        Map<EndpointGroup, HealthSnapshot.Latency> latencies = new EnumMap<>(EndpointGroup.class);
        for (EndpointGroup group : EndpointGroup.values()) {
            breakerHealth.put(group, breakerHealth(group, breakers.get(group)));
            latencies.put(group, metrics.latency(group));
        }
        Map<Endpoint, HealthSnapshot.Retries> retryHealth = new EnumMap<>(Endpoint.class);
        for (Endpoint endpoint : Endpoint.values()) {
            retryHealth.put(endpoint, retryHealth(endpoint, retries.get(endpoint)));
        }
        return new HealthSnapshot(clock.instant(), breakerHealth, retryHealth, latencies, rateLimitHealth());
    }

    /** Oldest first, at most {@value HealthEventLog#CAPACITY}. */
    public List<HealthEvent> recentEvents() {
        return events.recent();
    }

    /**
     * Calls {@code listener} for every later event, on the thread that publishes it (a broker-call
     * thread or Resilience4j's breaker timer): a UI listener must hop to its own thread. A listener
     * that throws is logged and does not disturb the call or the other listeners.
     */
    public void addListener(Consumer<? super HealthEvent> listener) {
        events.addListener(listener);
    }

    public void removeListener(Consumer<? super HealthEvent> listener) {
        events.removeListener(listener);
    }

    /** Drill: the group's breaker refuses every call until {@link #reset}. Placements then fail with {@link OrderNotSentException}. */
    public void forceOpen(EndpointGroup group) {
        breakers.get(group).transitionToForcedOpenState();
    }

    /** Back to CLOSED with an empty window, whatever the state was. */
    public void reset(EndpointGroup group) {
        breakers.get(group).reset();
    }

    private static HealthSnapshot.Breaker breakerHealth(EndpointGroup group, CircuitBreaker breaker) {
        CircuitBreaker.Metrics m = breaker.getMetrics();
        return new HealthSnapshot.Breaker(group, BreakerState.of(breaker.getState()), m.getFailureRate(),
                m.getSlowCallRate(), m.getNumberOfBufferedCalls(), m.getNumberOfFailedCalls(), m.getNumberOfSlowCalls(),
                m.getNumberOfNotPermittedCalls());
    }

    private HealthSnapshot.Retries retryHealth(Endpoint endpoint, Retry retry) {
        Retry.Metrics m = retry.getMetrics();
        return new HealthSnapshot.Retries(endpoint, m.getNumberOfSuccessfulCallsWithoutRetryAttempt(),
                m.getNumberOfSuccessfulCallsWithRetryAttempt(), m.getNumberOfFailedCallsWithRetryAttempt(),
                m.getNumberOfFailedCallsWithoutRetryAttempt(), metrics.attemptsByNumber(endpoint));
    }

    private HealthSnapshot.RateLimit rateLimitHealth() {
        Optional<RateLimitStatus> broker = brokerRateLimit.get();
        return new HealthSnapshot.RateLimit(broker == null ? Optional.empty() : broker,
                rateLimiter.getMetrics().getAvailablePermissions(),
                rateLimiter.getRateLimiterConfig().getLimitForPeriod(),
                rateLimiter.getRateLimiterConfig().getLimitRefreshPeriod());
    }
}
