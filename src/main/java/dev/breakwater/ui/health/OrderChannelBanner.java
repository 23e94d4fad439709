package dev.breakwater.ui.health;

import dev.breakwater.broker.StreamState;
import dev.breakwater.broker.StreamStatus;
import dev.breakwater.resilience.BreakerState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The banner over the window while the order channel (or the live stream) is down: shown only once the
 * trouble has lasted {@link #DEBOUNCE} by the injected clock, so a blip never flashes it, and cleared at
 * the first update that finds things healthy again. The text says what is happening and when the next
 * try is due. The shell renders it (ControlsFX NotificationPane) from {@link #visibleProperty()} and
 * {@link #textProperty()}; {@link HealthViewModel} feeds it on every tick and on every orders-breaker event.
 *
 * <p>The orders channel counts as down while its breaker refuses or rations calls: OPEN, HALF_OPEN and
 * FORCED_OPEN. DISABLED and METRICS_ONLY let every call through, so they are not an outage. The stream
 * counts as down in every state but LIVE once it has been started (a null status means not started).
 */
public final class OrderChannelBanner {

    /** How long trouble must last before the banner shows. */
    public static final Duration DEBOUNCE = Duration.ofSeconds(3);
    static final String SEPARATOR = "  ·  ";

    private final Clock clock;
    private Instant ordersDownSince;
    private Instant streamDownSince;
    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(this, "visible");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");

    public OrderChannelBanner(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Re-evaluates the banner now.
     *
     * @param orders       the orders breaker's state
     * @param ordersSince  when it entered that state (null if unknown): an OPEN breaker's countdown runs from here
     * @param openWait     how long the orders breaker stays OPEN (null if unknown: no countdown)
     * @param stream       the trade stream's status, or null before it has been started
     */
    public void update(BreakerState orders, Instant ordersSince, Duration openWait, StreamStatus stream) {
        Instant now = clock.instant();
        boolean ordersDown = isDown(orders);
        if (!ordersDown) {
            ordersDownSince = null;
        } else if (ordersDownSince == null) {
            // The state's own entry time is more precise than this update's (a tick can lag by a second).
            ordersDownSince = ordersSince != null && ordersSince.isBefore(now) ? ordersSince : now;
        }
        boolean streamDown = stream != null && stream.state() != null && stream.state() != StreamState.LIVE;
        if (!streamDown) {
            streamDownSince = null;
        } else if (streamDownSince == null) {
            streamDownSince = now;
        }

        String ordersText = lasted(ordersDownSince, now) ? ordersText(orders, ordersSince, openWait, now) : null;
        String streamText = lasted(streamDownSince, now) ? streamText(stream, now) : null;
        String shown = ordersText == null ? streamText
                : streamText == null ? ordersText : ordersText + SEPARATOR + streamText;
        if (shown == null) {
            visible.set(false);
            text.set("");
        } else {
            text.set(shown);
            visible.set(true);
        }
    }

    private static boolean isDown(BreakerState orders) {
        return orders == BreakerState.OPEN || orders == BreakerState.HALF_OPEN || orders == BreakerState.FORCED_OPEN;
    }

    private static boolean lasted(Instant since, Instant now) {
        return since != null && Duration.between(since, now).compareTo(DEBOUNCE) >= 0;
    }

    private static String ordersText(BreakerState orders, Instant since, Duration openWait, Instant now) {
        return switch (orders) {
            case HALF_OPEN -> "Orders: trying the broker again — the next orders are trial calls";
            case FORCED_OPEN -> "Orders paused: breaker forced open (drill) — reset it on the Health panel";
            default -> {
                if (since == null || openWait == null) {
                    yield "Orders paused: broker unreachable";
                }
                long seconds = HealthFormat.secondsLeft(openWait.minus(Duration.between(since, now)));
                yield "Orders paused: broker unreachable, retrying " + (seconds == 0 ? "now" : "in " + seconds + " s");
            }
        };
    }

    private static String streamText(StreamStatus stream, Instant now) {
        String attempt = stream.attempt() > 0 ? " (attempt " + stream.attempt() + ")" : "";
        return switch (stream.state()) {
            case RECONNECTING -> {
                String when = "";
                if (stream.nextTryAt() != null) {
                    long seconds = HealthFormat.secondsLeft(Duration.between(now, stream.nextTryAt()));
                    when = seconds == 0 ? " now" : " in " + seconds + " s";
                }
                yield "Live updates interrupted: reconnecting" + attempt + when;
            }
            case STALE -> "Live updates interrupted: no message from the broker, reconnecting";
            case CONNECTING, AUTHENTICATING -> "Live updates interrupted: connecting" + attempt + "…";
            case STOPPED -> "Live updates stopped"
                    + (stream.reason() == null || stream.reason().isBlank() ? "" : ": " + stream.reason());
            case LIVE -> throw new IllegalStateException("a live stream shows no banner");
        };
    }

    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public boolean isVisible() {
        return visible.get();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String getText() {
        return text.get();
    }
}
