package dev.breakwater.resilience;

import dev.breakwater.broker.EndpointGroup;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Every knob of the resilience layer in one value: retry policy, one circuit breaker per
 * {@link EndpointGroup} and the shared client-side rate limiter. {@link #defaults()} is what the app
 * runs with; the withers exist for tests and for a later settings screen.
 *
 * <p>What is retried and what counts against a breaker is not configurable on purpose, because it
 * follows from what each failure means (see {@link FailureClassifier}):
 * <ul>
 *   <li>retried: transport failures, unreadable replies, 429, and the 5xx in
 *       {@link RetrySettings#retryableServerStatuses()};</li>
 *   <li>never retried: 400, 401, 403, 404, 422 and a call the breaker or the limiter refused;</li>
 *   <li>counted by a breaker: transport failures, unreadable replies and 5xx only. User errors
 *       (400, 403, 404, 422), 401 (wrong keys: a credentials problem that would hide behind
 *       "circuit open") and 429 (handled by waiting for the reset) are ignored by the breaker.</li>
 * </ul>
 *
 * @param retry     retry and backoff policy
 * @param breakers  one breaker configuration per group (orders, reads, stream); all three must be present
 * @param rateLimit the shared REST rate limiter
 */
public record ResilienceSettings(RetrySettings retry, Map<EndpointGroup, BreakerSettings> breakers,
                                 RateLimitSettings rateLimit) {

    public ResilienceSettings {
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(rateLimit, "rateLimit");
        EnumMap<EndpointGroup, BreakerSettings> copy = new EnumMap<>(EndpointGroup.class);
        copy.putAll(breakers);
        for (EndpointGroup group : EndpointGroup.values()) {
            Objects.requireNonNull(copy.get(group), () -> "no breaker settings for " + group);
        }
        breakers = Map.copyOf(copy);
    }

    /** The defaults listed on {@link RetrySettings#defaults()}, {@link BreakerSettings#defaults()} and {@link RateLimitSettings#defaults()}. */
    public static ResilienceSettings defaults() {
        EnumMap<EndpointGroup, BreakerSettings> breakers = new EnumMap<>(EndpointGroup.class);
        for (EndpointGroup group : EndpointGroup.values()) {
            breakers.put(group, BreakerSettings.defaults());
        }
        return new ResilienceSettings(RetrySettings.defaults(), breakers, RateLimitSettings.defaults());
    }

    public BreakerSettings breaker(EndpointGroup group) {
        return breakers.get(group);
    }

    public ResilienceSettings withRetry(RetrySettings value) {
        return new ResilienceSettings(value, breakers, rateLimit);
    }

    public ResilienceSettings withBreaker(EndpointGroup group, BreakerSettings value) {
        EnumMap<EndpointGroup, BreakerSettings> changed = new EnumMap<>(breakers);
        changed.put(group, value);
        return new ResilienceSettings(retry, changed, rateLimit);
    }

    /** The same breaker settings for all three groups. */
    public ResilienceSettings withAllBreakers(BreakerSettings value) {
        EnumMap<EndpointGroup, BreakerSettings> changed = new EnumMap<>(EndpointGroup.class);
        for (EndpointGroup group : EndpointGroup.values()) {
            changed.put(group, value);
        }
        return new ResilienceSettings(retry, changed, rateLimit);
    }

    public ResilienceSettings withRateLimit(RateLimitSettings value) {
        return new ResilienceSettings(retry, breakers, value);
    }
}
