package dev.breakwater.resilience;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.util.function.Predicate;

/** Translates {@link ResilienceSettings} into Resilience4j configurations. */
final class PolicyConfigs {

    private PolicyConfigs() {
    }

    /**
     * Only broker and network failures are recorded; everything else is <em>ignored</em> (neither
     * failure nor success), so 20 rejected orders for lack of buying power leave the breaker untouched.
     * The clock drives the OPEN wait, so a test can step over it.
     */
    static CircuitBreakerConfig breaker(BreakerSettings settings, Clock clock) {
        return CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumNumberOfCalls())
                .failureRateThreshold(settings.failureRateThreshold())
                .slowCallDurationThreshold(settings.slowCallDurationThreshold())
                .slowCallRateThreshold(settings.slowCallRateThreshold())
                .waitDurationInOpenState(settings.waitDurationInOpenState())
                .automaticTransitionFromOpenToHalfOpenEnabled(settings.automaticTransitionToHalfOpen())
                .permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpenState())
                .recordException(FailureClassifier::isBrokerFailure)
                .ignoreException(failure -> !FailureClassifier.isBrokerFailure(failure))
                // Rejections are expected traffic while open: a stack trace each is waste (~4x the cost).
                .writableStackTraceEnabled(false)
                .clock(clock)
                .build();
    }

    /**
     * A retry policy of {@code maxAttempts} with the given predicate. A refusal by the breaker or the
     * limiter is never retried: retrying into an open breaker only burns attempts.
     */
    static RetryConfig retry(int maxAttempts, Predicate<Throwable> retryOn, IntervalBiFunction<Object> backoff) {
        return RetryConfig.<Object>custom()
                .maxAttempts(maxAttempts)
                .intervalBiFunction(backoff)
                .retryOnException(retryOn)
                .ignoreExceptions(CallNotPermittedException.class, RequestNotPermitted.class)
                .writableStackTraceEnabled(false)
                .build();
    }

    /** One attempt and no retry, whatever the failure: r4j still counts the calls' outcomes. */
    static RetryConfig singleAttempt() {
        return RetryConfig.custom()
                .maxAttempts(1)
                .retryOnException(failure -> false)
                .build();
    }

    static RateLimiterConfig rateLimiter(RateLimitSettings settings) {
        return RateLimiterConfig.custom()
                .limitForPeriod(settings.permitsPerPeriod())
                .limitRefreshPeriod(settings.period())
                .timeoutDuration(settings.maxWait())
                .build();
    }
}
