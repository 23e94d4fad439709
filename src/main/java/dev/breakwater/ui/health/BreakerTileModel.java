package dev.breakwater.ui.health;

import dev.breakwater.broker.EndpointGroup;
import dev.breakwater.resilience.BreakerState;
import dev.breakwater.resilience.HealthSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One breaker's tile, Hystrix-style: state badge, failure and slow-call rates, a two-minute call-rate
 * history, latency percentiles and the window's counts. Updated by {@link HealthViewModel} on the UI
 * thread only.
 *
 * <p>The call rate is derived, not measured: the per-tick delta of a cumulative count (the group's
 * logical REST calls; for the stream tile, connections opened) over the clock time between ticks.
 */
public final class BreakerTileModel {

    /** Points kept in the history: two minutes at the shell's one tick per second. */
    public static final int HISTORY_POINTS = 120;

    private final EndpointGroup group;
    private final ZoneId zone;
    private final ArrayDeque<Double> history = new ArrayDeque<>(HISTORY_POINTS);
    private Long lastCumulative;
    private Instant lastTickAt;

    private final ReadOnlyObjectWrapper<BreakerState> state = new ReadOnlyObjectWrapper<>(this, "state", BreakerState.CLOSED);
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText", HealthFormat.label(BreakerState.CLOSED));
    private final ReadOnlyObjectWrapper<Tone> stateTone = new ReadOnlyObjectWrapper<>(this, "stateTone", Tone.SUCCESS);
    private final ReadOnlyObjectWrapper<Instant> stateSince = new ReadOnlyObjectWrapper<>(this, "stateSince");
    private final ReadOnlyStringWrapper stateSinceText = new ReadOnlyStringWrapper(this, "stateSinceText", "");
    private final ReadOnlyBooleanWrapper canForceOpen = new ReadOnlyBooleanWrapper(this, "canForceOpen", true);
    private final ReadOnlyStringWrapper failureRateText = new ReadOnlyStringWrapper(this, "failureRateText", HealthFormat.NOT_AVAILABLE);
    private final ReadOnlyObjectWrapper<Tone> failureRateTone = new ReadOnlyObjectWrapper<>(this, "failureRateTone", Tone.MUTED);
    private final ReadOnlyStringWrapper slowCallRateText = new ReadOnlyStringWrapper(this, "slowCallRateText", HealthFormat.NOT_AVAILABLE);
    private final ReadOnlyObjectWrapper<Tone> slowCallRateTone = new ReadOnlyObjectWrapper<>(this, "slowCallRateTone", Tone.MUTED);
    private final ReadOnlyObjectWrapper<List<Double>> rateHistory = new ReadOnlyObjectWrapper<>(this, "rateHistory", List.of());
    private final ReadOnlyStringWrapper rateText = new ReadOnlyStringWrapper(this, "rateText", "–");
    private final ReadOnlyStringWrapper p50 = new ReadOnlyStringWrapper(this, "p50", "–");
    private final ReadOnlyStringWrapper p90 = new ReadOnlyStringWrapper(this, "p90", "–");
    private final ReadOnlyStringWrapper p99 = new ReadOnlyStringWrapper(this, "p99", "–");
    private final ReadOnlyLongWrapper successful = new ReadOnlyLongWrapper(this, "successful");
    private final ReadOnlyLongWrapper failed = new ReadOnlyLongWrapper(this, "failed");
    private final ReadOnlyLongWrapper slow = new ReadOnlyLongWrapper(this, "slow");
    private final ReadOnlyLongWrapper notPermitted = new ReadOnlyLongWrapper(this, "notPermitted");

    BreakerTileModel(EndpointGroup group, ZoneId zone) {
        this.group = Objects.requireNonNull(group, "group");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A state change reported by an event: more precise than the poll, so its timestamp wins. */
    void stateChanged(BreakerState to, Instant at) {
        if (to != state.get() || stateSince.get() == null || at.isBefore(stateSince.get())) {
            stateSince.set(at);
        }
        setState(to);
    }

    /**
     * One tick. {@code breaker} may be null (a feed that has no such breaker); {@code cumulative} is the
     * monotonic count the call rate is derived from.
     */
    void update(HealthSnapshot.Breaker breaker, HealthSnapshot.Latency latency, long cumulative, Instant now) {
        if (breaker != null) {
            if (breaker.state() != state.get() || stateSince.get() == null) {
                // Polled without an event (DISABLED and FORCED_OPEN publish none): first seen now.
                stateSince.set(now);
            }
            setState(breaker.state());
            showRates(breaker.failureRatePercent(), breaker.slowCallRatePercent());
            successful.set(Math.max(0, breaker.bufferedCalls() - breaker.failedCalls()));
            failed.set(breaker.failedCalls());
            slow.set(breaker.slowCalls());
            notPermitted.set(breaker.notPermittedCalls());
        }
        if (latency != null) {
            p50.set(HealthFormat.latency(latency.p50(), latency.count()));
            p90.set(HealthFormat.latency(latency.p90(), latency.count()));
            p99.set(HealthFormat.latency(latency.p99(), latency.count()));
        }
        recordRate(cumulative, now);
        Instant since = stateSince.get();
        stateSinceText.set(since == null ? ""
                : "since " + HealthFormat.time(since, zone) + " (" + HealthFormat.span(Duration.between(since, now)) + ")");
    }

    private void setState(BreakerState value) {
        state.set(value);
        stateText.set(HealthFormat.label(value));
        stateTone.set(Tone.of(value));
        canForceOpen.set(value != BreakerState.FORCED_OPEN);
    }

    private void showRates(OptionalDouble failure, OptionalDouble slowCalls) {
        failureRateText.set(HealthFormat.percent(failure));
        failureRateTone.set(Tone.ofRate(failure));
        slowCallRateText.set(HealthFormat.percent(slowCalls));
        slowCallRateTone.set(Tone.ofRate(slowCalls));
    }

    private void recordRate(long cumulative, Instant now) {
        if (lastCumulative != null) {
            long delta = Math.max(0, cumulative - lastCumulative); // a counter that went back was replaced: no negative rate
            double seconds = Duration.between(lastTickAt, now).toMillis() / 1000.0;
            double perSecond = seconds > 0 ? delta / seconds : delta;
            if (history.size() == HISTORY_POINTS) {
                history.removeFirst();
            }
            history.addLast(perSecond);
            // One new immutable list per tick: one change event, one sparkline redraw.
            rateHistory.set(List.copyOf(history));
            rateText.set(HealthFormat.rate(perSecond));
        }
        lastCumulative = cumulative;
        lastTickAt = now;
    }

    public EndpointGroup group() {
        return group;
    }

    /** "Orders", "Reads", "Stream". */
    public String title() {
        return HealthFormat.title(group);
    }

    /** What the rate counts: logical REST calls, or connections for the stream. */
    public String rateUnit() {
        return group == EndpointGroup.STREAM ? "connects/s" : "calls/s";
    }

    public ReadOnlyObjectProperty<BreakerState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> stateToneProperty() {
        return stateTone.getReadOnlyProperty();
    }

    /** When the current state was entered: the transition event's time, else when the poll first saw it. */
    public ReadOnlyObjectProperty<Instant> stateSinceProperty() {
        return stateSince.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateSinceTextProperty() {
        return stateSinceText.getReadOnlyProperty();
    }

    /** False while already forced open (the drill button's enablement). */
    public ReadOnlyBooleanProperty canForceOpenProperty() {
        return canForceOpen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureRateTextProperty() {
        return failureRateText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> failureRateToneProperty() {
        return failureRateTone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty slowCallRateTextProperty() {
        return slowCallRateText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> slowCallRateToneProperty() {
        return slowCallRateTone.getReadOnlyProperty();
    }

    /** Rates per second, oldest first, at most {@value #HISTORY_POINTS}; a new list each tick. */
    public ReadOnlyObjectProperty<List<Double>> rateHistoryProperty() {
        return rateHistory.getReadOnlyProperty();
    }

    /** The latest rate, "–" before the second tick. */
    public ReadOnlyStringProperty rateTextProperty() {
        return rateText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty p50Property() {
        return p50.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty p90Property() {
        return p90.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty p99Property() {
        return p99.getReadOnlyProperty();
    }

    /** Successful calls in the sliding window. */
    public ReadOnlyLongProperty successfulProperty() {
        return successful.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty slowProperty() {
        return slow.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty notPermittedProperty() {
        return notPermitted.getReadOnlyProperty();
    }
}
