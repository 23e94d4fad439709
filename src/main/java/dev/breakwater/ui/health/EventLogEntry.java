package dev.breakwater.ui.health;

import dev.breakwater.resilience.BreakerState;
import dev.breakwater.resilience.HealthEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the health event log.
 *
 * @param time when it happened (the event's own timestamp, or the tick that noticed it)
 * @param kind a short category for filtering and the CSV: {@value #BREAKER}, {@value #RETRY}, ...
 * @param text one line for people
 * @param tone how the line is coloured
 */
public record EventLogEntry(Instant time, String kind, String text, Tone tone) {

    public static final String BREAKER = "breaker";
    public static final String RETRY = "retry";
    public static final String REJECTED = "rejected";
    public static final String RATE_LIMIT = "rate-limit";
    public static final String GAVE_UP = "gave-up";
    public static final String STREAM = "stream";
    public static final String RECONNECT = "reconnect";
    public static final String DRILL = "drill";

    public EventLogEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tone, "tone");
    }

    static EventLogEntry of(HealthEvent event) {
        if (event instanceof HealthEvent.BreakerStateChanged changed) {
            return new EventLogEntry(event.timestamp(), BREAKER, event.description(), toneOfTransition(changed.to()));
        }
        if (event instanceof HealthEvent.RetryScheduled) {
            return new EventLogEntry(event.timestamp(), RETRY, event.description(), Tone.WARNING);
        }
        if (event instanceof HealthEvent.CallRejected) {
            return new EventLogEntry(event.timestamp(), REJECTED, event.description(), Tone.DANGER);
        }
        if (event instanceof HealthEvent.RateLimited) {
            return new EventLogEntry(event.timestamp(), RATE_LIMIT, event.description(), Tone.WARNING);
        }
        return new EventLogEntry(event.timestamp(), GAVE_UP, event.description(), Tone.DANGER);
    }

    private static Tone toneOfTransition(BreakerState to) {
        return to == BreakerState.CLOSED ? Tone.SUCCESS : Tone.of(to);
    }
}
