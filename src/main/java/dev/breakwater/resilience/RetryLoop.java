package dev.breakwater.resilience;

import dev.breakwater.broker.BrokerException;
import dev.breakwater.broker.Endpoint;
import io.github.resilience4j.retry.Retry;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs an idempotent broker call (reads, cancels) with retries, and replace with its single attempt.
 *
 * <p>The loop is ours, the bookkeeping is Resilience4j's: each call opens a {@link Retry#asyncContext()},
 * reports every outcome to it and lets it decide. {@code onError} answers with the wait in milliseconds
 * (from {@link ExponentialBackoff}) or -1 for "stop", and keeps the four {@code resilience4j.retry.calls}
 * counters and the Retry events; unlike Retry's synchronous decorators it does not sleep, so the wait
 * goes through the injected {@link Sleeper}.
 *
 * <p>Outcomes: the result; a non-retryable failure as it is; {@link RetriesExhaustedException} when
 * retryable failures used up the attempts; {@link CallRejectedException} when the breaker, the limiter or
 * an interrupt stopped an attempt before it was sent (an open breaker is never retried).
 */
final class RetryLoop {

    private final AttemptGuard guard;
    private final Map<Endpoint, Retry> retries;
    private final FailureClassifier classifier;
    private final CallMetrics metrics;
    private final RetryPause pause;
    private final HealthEventLog events;
    private final Clock clock;

    RetryLoop(AttemptGuard guard, Map<Endpoint, Retry> retries, FailureClassifier classifier, CallMetrics metrics,
              RetryPause pause, HealthEventLog events, Clock clock) {
        this.guard = guard;
        this.retries = retries;
        this.classifier = classifier;
        this.metrics = metrics;
        this.pause = pause;
        this.events = events;
        this.clock = clock;
    }

    <T> T call(Endpoint endpoint, Supplier<T> call) {
        Retry.AsyncContext<T> context = retries.get(endpoint).asyncContext();
        boolean mayHaveTakenEffect = false;
        for (int attempt = 1; ; attempt++) {
            metrics.countAttempt(endpoint, attempt);
            try {
                T result = guard.run(endpoint, call);
                context.onComplete();
                return result;
            } catch (AttemptRejectedException rejected) {
                context.onError(rejected.getCause());
                throw new CallRejectedException(endpoint, rejected.reason(), attempt, mayHaveTakenEffect,
                        rejected.getCause());
            } catch (RuntimeException failure) {
                mayHaveTakenEffect |= FailureClassifier.mayHaveTakenEffect(failure);
                long waitMillis = context.onError(failure);
                if (waitMillis < 0) {
                    throw finalFailure(endpoint, attempt, failure, mayHaveTakenEffect);
                }
                try {
                    pause.before(endpoint, attempt + 1, waitMillis, failure);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CallRejectedException(endpoint, RejectionReason.INTERRUPTED, attempt + 1,
                            mayHaveTakenEffect, failure);
                }
            }
        }
    }

    /** Retryable failures that ran out of attempts are wrapped; anything else is thrown as it came. */
    private RuntimeException finalFailure(Endpoint endpoint, int attempts, RuntimeException failure,
                                          boolean mayHaveTakenEffect) {
        if (attempts > 1 && classifier.isRetryable(failure) && failure instanceof BrokerException brokerFailure) {
            events.publish(new HealthEvent.RetriesExhausted(clock.instant(), endpoint, attempts, false,
                    RetryPause.describe(failure)));
            return new RetriesExhaustedException(endpoint, attempts, brokerFailure, mayHaveTakenEffect);
        }
        return failure;
    }
}
