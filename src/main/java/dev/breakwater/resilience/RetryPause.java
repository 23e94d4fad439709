package dev.breakwater.resilience;

import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.RateLimitedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pause between two attempts: announce it (log and health events), then spend it on the
 * {@link Sleeper}. The length comes from Resilience4j's Retry context, which asked
 * {@link ExponentialBackoff}.
 */
final class RetryPause {

    private static final Logger LOG = LoggerFactory.getLogger(RetryPause.class);

    private final Sleeper sleeper;
    private final HealthEventLog events;
    private final Clock clock;

    RetryPause(Sleeper sleeper, HealthEventLog events, Clock clock) {
        this.sleeper = sleeper;
        this.events = events;
        this.clock = clock;
    }

    void before(Endpoint endpoint, int nextAttempt, long waitMillis, Throwable failure) throws InterruptedException {
        Duration wait = Duration.ofMillis(waitMillis);
        Instant now = clock.instant();
        String cause = describe(failure);
        if (failure instanceof RateLimitedException) {
            events.publish(new HealthEvent.RateLimited(now, endpoint, HealthEvent.RateLimited.Source.BROKER, wait));
        }
        events.publish(new HealthEvent.RetryScheduled(now, endpoint, nextAttempt, wait, cause));
        LOG.info("{}: attempt {} in {} ms after {}", endpoint.tag(), nextAttempt, waitMillis, cause);
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
