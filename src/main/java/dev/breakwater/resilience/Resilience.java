package dev.breakwater.resilience;

import dev.breakwater.broker.Assets;
import dev.breakwater.broker.Broker;
import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.EndpointGroup;
import dev.breakwater.broker.MarketData;
import dev.breakwater.broker.RateLimitStatus;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the resilience layer from {@link ResilienceSettings} and hands out its two faces:
 * <pre>{@code
 * Resilience resilience = Resilience.create(ResilienceSettings.defaults(), meterRegistry);
 * Broker broker = resilience.decorate(alpacaRestClient);
 * BrokerHealth health = resilience.health(alpacaRestClient::lastRateLimit);
 * }</pre>
 *
 * One instance owns one set of breakers (orders, reads, stream), one Retry per {@link Endpoint} (named
 * by its tag), and the REST rate limiter {@value #REST_RATE_LIMITER}; all are bound to the meter
 * registry with Resilience4j's tagged Micrometer binders. Create one per application and meter registry:
 * the meters carry no account tag, so a second instance on the same registry would find the first one's
 * meters already registered and publish nothing of its own.
 */
public final class Resilience {

    /** Name of the shared REST rate limiter (the {@code name} tag of its meters). */
    public static final String REST_RATE_LIMITER = "broker_rest";

    private static final Logger LOG = LoggerFactory.getLogger(Resilience.class);

    private final ResilienceSettings settings;
    private final Clock clock;
    private final Map<EndpointGroup, CircuitBreaker> breakers = new EnumMap<>(EndpointGroup.class);
    private final Map<Endpoint, Retry> retries = new EnumMap<>(Endpoint.class);
    private final RateLimiter rateLimiter;
    private final CallMetrics metrics;
    private final HealthEventLog events = new HealthEventLog();
    private final AttemptGuard guard;
    private final RetryPause pause;
    private final RetryLoop retryLoop;

    private Resilience(ResilienceSettings settings, MeterRegistry meterRegistry, Clock clock, Sleeper sleeper,
                       Random random) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(meterRegistry, "meterRegistry");
        Objects.requireNonNull(sleeper, "sleeper");

        CircuitBreakerRegistry breakerRegistry = CircuitBreakerRegistry.ofDefaults();
        for (EndpointGroup group : EndpointGroup.values()) {
            CircuitBreaker breaker = breakerRegistry.circuitBreaker(group.breakerName(),
                    PolicyConfigs.breaker(settings.breaker(group), clock));
            breaker.getEventPublisher().onStateTransition(event -> publishTransition(group, event.getStateTransition()));
            breakers.put(group, breaker);
        }

        FailureClassifier classifier = new FailureClassifier(settings.retry().retryableServerStatuses());
        ExponentialBackoff backoff = new ExponentialBackoff(settings.retry(), clock, random);
        RetryRegistry retryRegistry = RetryRegistry.ofDefaults();
        for (Endpoint endpoint : Endpoint.values()) {
            retries.put(endpoint, retryRegistry.retry(endpoint.tag(), retryConfig(endpoint, classifier, backoff)));
        }

        RateLimiterRegistry limiterRegistry = RateLimiterRegistry.of(PolicyConfigs.rateLimiter(settings.rateLimit()));
        rateLimiter = limiterRegistry.rateLimiter(REST_RATE_LIMITER);

        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakerRegistry).bindTo(meterRegistry);
        TaggedRetryMetrics.ofRetryRegistry(retryRegistry).bindTo(meterRegistry);
        TaggedRateLimiterMetrics.ofRateLimiterRegistry(limiterRegistry).bindTo(meterRegistry);
        metrics = new CallMetrics(meterRegistry);

        guard = new AttemptGuard(breakers, rateLimiter, metrics, sleeper, events, clock);
        pause = new RetryPause(sleeper, events, clock);
        retryLoop = new RetryLoop(guard, retries, classifier, metrics, pause, events, clock);
    }

    /** Production wiring: system UTC clock, {@link Thread#sleep}, an unseeded random source. */
    public static Resilience create(ResilienceSettings settings, MeterRegistry meterRegistry) {
        return create(settings, meterRegistry, Clock.systemUTC(), Sleeper.threadSleep(), new Random());
    }

    /**
     * Full wiring, for tests and for anyone who needs to control time.
     *
     * @param clock   timestamps, 429 reset arithmetic and the breakers' OPEN wait
     * @param sleeper every wait: backoff and rate-limit permits
     * @param random  the jitter; shared by all threads, so it must be thread-safe ({@link Random} is)
     */
    public static Resilience create(ResilienceSettings settings, MeterRegistry meterRegistry, Clock clock,
                                    Sleeper sleeper, Random random) {
        return new Resilience(settings, meterRegistry, clock, sleeper, random);
    }

    /** {@code raw} behind this instance's retries, breakers and rate limiter. */
    public Broker decorate(Broker raw) {
        OrderPlacement placement = new OrderPlacement(raw, guard, retries.get(Endpoint.PLACE_ORDER), metrics, pause,
                events, clock);
        return new ResilientBroker(raw, retryLoop, placement);
    }

    /** {@code raw} market data behind this instance's retries, reads breaker and rate limiter. */
    public MarketData decorate(MarketData raw) {
        return new ResilientMarketData(raw, retryLoop);
    }

    /**
     * {@code raw} assets behind this instance's retries, reads breaker and rate limiter. Not an overload of
     * {@code decorate}: {@code AlpacaRestClient} is both a Broker and Assets, and {@code decorate(client)}
     * would no longer compile.
     */
    public Assets decorateAssets(Assets raw) {
        return new ResilientAssets(raw, retryLoop);
    }

    /**
     * The health view.
     *
     * @param brokerRateLimit the REST client's last-seen {@code X-RateLimit-*} headers (empty until a reply had them)
     */
    public BrokerHealth health(Supplier<Optional<RateLimitStatus>> brokerRateLimit) {
        return new BrokerHealth(breakers, retries, rateLimiter, metrics, events, brokerRateLimit, clock);
    }

    /** The group's breaker; the trade stream client guards its reconnects with {@code breaker(STREAM)}. */
    public CircuitBreaker breaker(EndpointGroup group) {
        return breakers.get(group);
    }

    public ResilienceSettings settings() {
        return settings;
    }

    private RetryConfig retryConfig(Endpoint endpoint, FailureClassifier classifier, ExponentialBackoff backoff) {
        int maxAttempts = settings.retry().maxAttempts();
        return switch (endpoint) {
            case PLACE_ORDER -> PolicyConfigs.retry(maxAttempts, classifier::isRetryablePlacement, backoff);
            case REPLACE_ORDER -> PolicyConfigs.singleAttempt();
            default -> PolicyConfigs.retry(maxAttempts, classifier::isRetryable, backoff);
        };
    }

    private void publishTransition(EndpointGroup group, CircuitBreaker.StateTransition transition) {
        BreakerState from = BreakerState.of(transition.getFromState());
        BreakerState to = BreakerState.of(transition.getToState());
        if (to.rejectsCalls()) {
            LOG.warn("{} breaker {} -> {}", group.breakerName(), from, to);
        } else {
            LOG.info("{} breaker {} -> {}", group.breakerName(), from, to);
        }
        events.publish(new HealthEvent.BreakerStateChanged(clock.instant(), group, from, to));
    }
}
