package dev.breakwater.resilience;

import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.EndpointGroup;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One attempt of one broker call: the group's circuit breaker, then a permit from the shared rate
 * limiter, then the call, timed for the breaker's slow-call rate and the latency timer.
 *
 * <p>The breaker is asked first so an open breaker costs no rate-limit permit. The limiter is asked
 * with {@code reservePermission()}, which only says how long to wait, and the wait goes through the
 * {@link Sleeper}; Resilience4j's own {@code acquirePermission()} would park the thread itself.
 */
final class AttemptGuard {

    private final Map<EndpointGroup, CircuitBreaker> breakers;
    private final RateLimiter rateLimiter;
    private final CallMetrics metrics;
    private final Sleeper sleeper;
    private final HealthEventLog events;
    private final Clock clock;
    /** By breaker name, one slot per breaker state; see {@link #openCause}. */
    private final Map<String, AtomicReferenceArray<CallNotPermittedException>> openCauses = new ConcurrentHashMap<>();

    AttemptGuard(Map<EndpointGroup, CircuitBreaker> breakers, RateLimiter rateLimiter, CallMetrics metrics,
                 Sleeper sleeper, HealthEventLog events, Clock clock) {
        this.breakers = breakers;
        this.rateLimiter = rateLimiter;
        this.metrics = metrics;
        this.sleeper = sleeper;
        this.events = events;
        this.clock = clock;
    }

    <T> T run(Endpoint endpoint, Supplier<T> call) throws AttemptRejectedException {
        CircuitBreaker breaker = breakers.get(endpoint.group());
        if (!breaker.tryAcquirePermission()) {
            throw rejected(endpoint, RejectionReason.CIRCUIT_OPEN, openCause(breaker));
        }
        waitForPermit(endpoint, breaker);
        long start = metrics.monotonicTime();
        try {
            T result = call.get();
            long took = metrics.monotonicTime() - start;
            breaker.onSuccess(took, TimeUnit.NANOSECONDS);
            metrics.recordLatency(endpoint.group(), took);
            return result;
        } catch (RuntimeException | Error failure) {
            long took = metrics.monotonicTime() - start;
            breaker.onError(took, TimeUnit.NANOSECONDS, failure);
            metrics.recordLatency(endpoint.group(), took);
            throw failure;
        }
    }

    private void waitForPermit(Endpoint endpoint, CircuitBreaker breaker) throws AttemptRejectedException {
        long nanos = rateLimiter.reservePermission();
        if (nanos < 0) {
            breaker.releasePermission();
            throw rejected(endpoint, RejectionReason.RATE_LIMIT_TIMEOUT,
                    RequestNotPermitted.createRequestNotPermitted(rateLimiter));
        }
        if (nanos == 0) {
            return;
        }
        Duration wait = Duration.ofNanos(nanos);
        events.publish(new HealthEvent.RateLimited(clock.instant(), endpoint, HealthEvent.RateLimited.Source.LOCAL, wait));
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            breaker.releasePermission();
            throw rejected(endpoint, RejectionReason.INTERRUPTED, e);
        }
    }

    /**
     * The breaker's CallNotPermittedException, made once per breaker and state: Resilience4j formats its
     * message with String.format on every rejection, the largest share of a rejected call's cost in a
     * JFR profile of {@code bench breaker}. It carries no stack trace (see PolicyConfigs), so sharing it is safe.
     * Kept by name and state without building a key per call (concatenating one showed in the profile too);
     * two threads filling the same slot at once make equal exceptions, so the race is harmless.
     */
    private CallNotPermittedException openCause(CircuitBreaker breaker) {
        AtomicReferenceArray<CallNotPermittedException> byState = openCauses.computeIfAbsent(breaker.getName(),
                name -> new AtomicReferenceArray<>(CircuitBreaker.State.values().length));
        int state = breaker.getState().ordinal();
        CallNotPermittedException cause = byState.get(state);
        if (cause == null) {
            cause = CallNotPermittedException.createCallNotPermittedException(breaker);
            byState.set(state, cause);
        }
        return cause;
    }

    private AttemptRejectedException rejected(Endpoint endpoint, RejectionReason reason, Throwable cause) {
        events.publish(new HealthEvent.CallRejected(clock.instant(), endpoint, reason));
        return new AttemptRejectedException(reason, cause);
    }
}
