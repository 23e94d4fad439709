package dev.breakwater.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * One circuit breaker's thresholds. Resilience4j's own defaults (a window of 100 calls, 100 calls before
 * judging) would almost never open in front of a desktop console's trickle of REST calls, so every
 * value here is explicit and much smaller.
 *
 * <p>The window is COUNT_BASED: the last {@code slidingWindowSize} calls are judged, whatever their age.
 *
 * @param slidingWindowSize              calls in the window
 * @param minimumNumberOfCalls           calls needed before the rates are computed (until then they read -1, "n/a")
 * @param failureRateThreshold           percentage of failed calls that opens the breaker
 * @param slowCallDurationThreshold      a call slower than this counts as slow
 * @param slowCallRateThreshold          percentage of slow calls that opens the breaker
 * @param waitDurationInOpenState        how long the breaker stays OPEN before trying HALF_OPEN
 * @param automaticTransitionToHalfOpen  go HALF_OPEN on a timer, so the health tile changes without traffic
 * @param permittedCallsInHalfOpenState  trial calls in HALF_OPEN that decide between CLOSED and OPEN
 */
public record BreakerSettings(
        int slidingWindowSize,
        int minimumNumberOfCalls,
        float failureRateThreshold,
        Duration slowCallDurationThreshold,
        float slowCallRateThreshold,
        Duration waitDurationInOpenState,
        boolean automaticTransitionToHalfOpen,
        int permittedCallsInHalfOpenState) {

    public BreakerSettings {
        if (slidingWindowSize < 1 || minimumNumberOfCalls < 1 || permittedCallsInHalfOpenState < 1) {
            throw new IllegalArgumentException("window, minimum calls and half-open calls must be >= 1");
        }
        if (!inPercentRange(failureRateThreshold) || !inPercentRange(slowCallRateThreshold)) {
            throw new IllegalArgumentException("rate thresholds must be in (0, 100]");
        }
        Objects.requireNonNull(slowCallDurationThreshold, "slowCallDurationThreshold");
        Objects.requireNonNull(waitDurationInOpenState, "waitDurationInOpenState");
    }

    private static boolean inPercentRange(float value) {
        return value > 0 && value <= 100;
    }

    /** Window 20, judge after 5 calls, open at 50 % failures or 50 % calls slower than 2 s, 15 s open, 3 trial calls. */
    public static BreakerSettings defaults() {
        return new BreakerSettings(20, 5, 50f, Duration.ofSeconds(2), 50f, Duration.ofSeconds(15), true, 3);
    }

    public BreakerSettings withSlidingWindowSize(int value) {
        return new BreakerSettings(value, minimumNumberOfCalls, failureRateThreshold, slowCallDurationThreshold,
                slowCallRateThreshold, waitDurationInOpenState, automaticTransitionToHalfOpen, permittedCallsInHalfOpenState);
    }

    public BreakerSettings withMinimumNumberOfCalls(int value) {
        return new BreakerSettings(slidingWindowSize, value, failureRateThreshold, slowCallDurationThreshold,
                slowCallRateThreshold, waitDurationInOpenState, automaticTransitionToHalfOpen, permittedCallsInHalfOpenState);
    }

    public BreakerSettings withFailureRateThreshold(float value) {
        return new BreakerSettings(slidingWindowSize, minimumNumberOfCalls, value, slowCallDurationThreshold,
                slowCallRateThreshold, waitDurationInOpenState, automaticTransitionToHalfOpen, permittedCallsInHalfOpenState);
    }

    public BreakerSettings withSlowCallDurationThreshold(Duration value) {
        return new BreakerSettings(slidingWindowSize, minimumNumberOfCalls, failureRateThreshold, value,
                slowCallRateThreshold, waitDurationInOpenState, automaticTransitionToHalfOpen, permittedCallsInHalfOpenState);
    }

    public BreakerSettings withSlowCallRateThreshold(float value) {
        return new BreakerSettings(slidingWindowSize, minimumNumberOfCalls, failureRateThreshold, slowCallDurationThreshold,
                value, waitDurationInOpenState, automaticTransitionToHalfOpen, permittedCallsInHalfOpenState);
    }

    public BreakerSettings withWaitDurationInOpenState(Duration value) {
        return new BreakerSettings(slidingWindowSize, minimumNumberOfCalls, failureRateThreshold, slowCallDurationThreshold,
                slowCallRateThreshold, value, automaticTransitionToHalfOpen, permittedCallsInHalfOpenState);
    }

    public BreakerSettings withAutomaticTransitionToHalfOpen(boolean value) {
        return new BreakerSettings(slidingWindowSize, minimumNumberOfCalls, failureRateThreshold, slowCallDurationThreshold,
                slowCallRateThreshold, waitDurationInOpenState, value, permittedCallsInHalfOpenState);
    }

    public BreakerSettings withPermittedCallsInHalfOpenState(int value) {
        return new BreakerSettings(slidingWindowSize, minimumNumberOfCalls, failureRateThreshold, slowCallDurationThreshold,
                slowCallRateThreshold, waitDurationInOpenState, automaticTransitionToHalfOpen, value);
    }
}
