package dev.breakwater.ui.health;

import dev.breakwater.broker.StreamState;
import dev.breakwater.broker.StreamStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The trade-update stream's box: state, reason, reconnect attempt and countdown, the age of the last
 * message (stale after {@link #STALE_AFTER}), connections and malformed frames. It also notices, tick to
 * tick, the state changes and reconnects the stream client reports no event for, so the log shows them.
 */
public final class StreamModel {

    /** A last message older than this is shown as stale, whatever the connection state says. */
    public static final Duration STALE_AFTER = Duration.ofSeconds(30);

    private StreamState lastState;
    private long lastConnects = -1;

    private final ReadOnlyObjectWrapper<StreamState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText", "NOT STARTED");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(this, "tone", Tone.MUTED);
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, "reason", "");
    private final ReadOnlyStringWrapper attemptText = new ReadOnlyStringWrapper(this, "attemptText", "");
    private final ReadOnlyStringWrapper nextTryText = new ReadOnlyStringWrapper(this, "nextTryText", "");
    private final ReadOnlyStringWrapper lastMessageAgeText = new ReadOnlyStringWrapper(this, "lastMessageAgeText", "no message yet");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyLongWrapper connects = new ReadOnlyLongWrapper(this, "connects");
    private final ReadOnlyLongWrapper malformed = new ReadOnlyLongWrapper(this, "malformed");

    StreamModel() {
    }

    /** Shows {@code status} (null: the stream has not been started) and returns what the log should record. */
    List<EventLogEntry> update(StreamStatus status, Instant now) {
        if (status == null || status.state() == null) {
            return List.of();
        }
        state.set(status.state());
        stateText.set(HealthFormat.label(status.state()));
        reason.set(status.reason() == null ? "" : status.reason());
        attemptText.set(status.attempt() > 0 ? "attempt " + status.attempt() : "");
        nextTryText.set(status.state() == StreamState.RECONNECTING && status.nextTryAt() != null
                ? nextTry(HealthFormat.secondsLeft(Duration.between(now, status.nextTryAt()))) : "");
        if (status.lastMessageAt() == null) {
            lastMessageAgeText.set("no message yet");
            stale.set(false);
        } else {
            Duration age = Duration.between(status.lastMessageAt(), now);
            lastMessageAgeText.set(HealthFormat.span(age) + " ago");
            stale.set(age.compareTo(STALE_AFTER) > 0);
        }
        tone.set(toneOf(status.state(), stale.get()));
        connects.set(status.connects());
        malformed.set(status.malformed());
        return notices(status, now);
    }

    private List<EventLogEntry> notices(StreamStatus status, Instant now) {
        List<EventLogEntry> notices = new ArrayList<>(2);
        if (lastConnects >= 0 && status.connects() > lastConnects) {
            long opened = status.connects() - lastConnects;
            notices.add(new EventLogEntry(now, EventLogEntry.RECONNECT,
                    opened == 1 ? "Stream connection #" + status.connects() + " opened"
                            : opened + " stream connections opened (now #" + status.connects() + ")", Tone.ACCENT));
        }
        if (lastState != null && status.state() != lastState) {
            String why = status.reason() == null || status.reason().isBlank() ? "" : ": " + status.reason();
            String attempt = status.attempt() > 0 ? " (attempt " + status.attempt() + ")" : "";
            notices.add(new EventLogEntry(now, EventLogEntry.STREAM,
                    "Stream " + lastState + " -> " + status.state() + attempt + why, toneOf(status.state(), false)));
        }
        lastState = status.state();
        lastConnects = status.connects();
        return notices;
    }

    private static String nextTry(long seconds) {
        return seconds == 0 ? "next try now" : "next try in " + seconds + " s";
    }

    static Tone toneOf(StreamState state, boolean stale) {
        return switch (state) {
            case LIVE -> stale ? Tone.WARNING : Tone.SUCCESS;
            case CONNECTING, AUTHENTICATING -> Tone.WARNING;
            case STALE, RECONNECTING, STOPPED -> Tone.DANGER;
        };
    }

    /** Null until the first status. */
    public ReadOnlyObjectProperty<StreamState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** "attempt 3", empty while live. */
    public ReadOnlyStringProperty attemptTextProperty() {
        return attemptText.getReadOnlyProperty();
    }

    /** "next try in 4 s" while reconnecting, else empty. */
    public ReadOnlyStringProperty nextTryTextProperty() {
        return nextTryText.getReadOnlyProperty();
    }

    /** "12 s ago", "no message yet". */
    public ReadOnlyStringProperty lastMessageAgeTextProperty() {
        return lastMessageAgeText.getReadOnlyProperty();
    }

    /** The last message is older than {@link #STALE_AFTER}. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty connectsProperty() {
        return connects.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty malformedProperty() {
        return malformed.getReadOnlyProperty();
    }
}
