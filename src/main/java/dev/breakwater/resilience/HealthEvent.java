package dev.breakwater.resilience;

import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.EndpointGroup;
import java.time.Duration;
import java.time.Instant;

/**
 * Something the broker-health panel may want to show as it happens. One small record per kind;
 * timestamps come from the injected {@link java.time.Clock}.
 */
public sealed interface HealthEvent {

    Instant timestamp();

    /** One line for a log view. */
    String description();

    /** A breaker changed state (including drills: forced open, reset). */
    record BreakerStateChanged(Instant timestamp, EndpointGroup group, BreakerState from, BreakerState to)
            implements HealthEvent {
        @Override
        public String description() {
            return group.breakerName() + " breaker " + from + " -> " + to;
        }
    }

    /** A call failed and will be tried again after {@code delay}. */
    record RetryScheduled(Instant timestamp, Endpoint endpoint, int nextAttempt, Duration delay, String cause)
            implements HealthEvent {
        @Override
        public String description() {
            return endpoint.tag() + ": attempt " + nextAttempt + " in " + delay.toMillis() + " ms after " + cause;
        }
    }

    /** A call was refused on this side and not sent. */
    record CallRejected(Instant timestamp, Endpoint endpoint, RejectionReason reason) implements HealthEvent {
        @Override
        public String description() {
            return endpoint.tag() + ": not sent (" + reason.label() + ")";
        }
    }

    /** A call was held back by a rate limit: the broker's (a 429) or our own limiter's. */
    record RateLimited(Instant timestamp, Endpoint endpoint, Source source, Duration delay) implements HealthEvent {

        /** Whose limit it was. */
        public enum Source { BROKER, LOCAL }

        @Override
        public String description() {
            return endpoint.tag() + ": " + (source == Source.BROKER ? "broker answered 429" : "local rate limit")
                    + ", waiting " + delay.toMillis() + " ms";
        }
    }

    /**
     * A call gave up after retrying. {@code outcomeUnknown} marks a placement that may have created the
     * order (see {@link OrderOutcomeUnknownException}).
     */
    record RetriesExhausted(Instant timestamp, Endpoint endpoint, int attempts, boolean outcomeUnknown, String cause)
            implements HealthEvent {
        @Override
        public String description() {
            return endpoint.tag() + ": gave up after " + attempts + " attempts"
                    + (outcomeUnknown ? " (order outcome unknown)" : "") + ": " + cause;
        }
    }
}
