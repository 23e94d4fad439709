package dev.breakwater.ui.chaos;

import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The chaos panel's state: one editable property per {@link ChaosSettings} field, applied together by
 * {@link #apply()}; presets and {@link #calm()} apply at once; the {@link #outageProperty() outage} switch
 * applies at once too, on top of the plan in force (edits not applied yet stay edits).
 *
 * <p>{@link ChaosControl} calls are quick local calls, so they run on the caller's thread.
 */
public final class ChaosViewModel {

    private final ChaosControl control;

    private final IntegerProperty latencyMs = new SimpleIntegerProperty(this, "latencyMs");
    private final DoubleProperty errorRate = new SimpleDoubleProperty(this, "errorRate");
    private final DoubleProperty rate429 = new SimpleDoubleProperty(this, "rate429");
    private final DoubleProperty dropAfterAccept = new SimpleDoubleProperty(this, "dropAfterAccept");
    private final DoubleProperty slowReplyRate = new SimpleDoubleProperty(this, "slowReplyRate");
    private final IntegerProperty slowReplyMs = new SimpleIntegerProperty(this, "slowReplyMs");
    private final DoubleProperty malformedRate = new SimpleDoubleProperty(this, "malformedRate");
    private final IntegerProperty delayedVisibilityMs = new SimpleIntegerProperty(this, "delayedVisibilityMs");
    private final IntegerProperty streamDropEverySeconds = new SimpleIntegerProperty(this, "streamDropEverySeconds");
    private final IntegerProperty streamSilenceAfterSeconds = new SimpleIntegerProperty(this, "streamSilenceAfterSeconds");
    private final BooleanProperty outage = new SimpleBooleanProperty(this, "outage");

    private final ReadOnlyObjectWrapper<ChaosSettings> applied = new ReadOnlyObjectWrapper<>(this, "applied");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper calm = new ReadOnlyBooleanWrapper(this, "calm");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private boolean showing; // true while fields are being filled from the plan in force

    public ChaosViewModel(ChaosControl control) {
        this.control = Objects.requireNonNull(control, "control");
        Observable[] edits = {latencyMs, errorRate, rate429, dropAfterAccept, slowReplyRate, slowReplyMs,
                malformedRate, delayedVisibilityMs, streamDropEverySeconds, streamSilenceAfterSeconds, applied};
        dirty.bind(Bindings.createBooleanBinding(
                () -> applied.get() != null && !edited().equals(applied.get()), edits));
        calm.bind(Bindings.createBooleanBinding(() -> ChaosSettings.CALM.equals(applied.get()), applied));
        summary.bind(Bindings.createStringBinding(
                () -> applied.get() == null ? "" : ChaosSummary.of(applied.get()), applied));
        outage.addListener((o, was, now) -> {
            if (!showing) {
                switchOutage(now);
            }
        });
        reload();
    }

    public IntegerProperty latencyMsProperty() {
        return latencyMs;
    }

    /** Share of requests answered 5xx, 0 to 1. */
    public DoubleProperty errorRateProperty() {
        return errorRate;
    }

    public DoubleProperty rate429Property() {
        return rate429;
    }

    /** Share of placements placed and then cut without a reply. */
    public DoubleProperty dropAfterAcceptProperty() {
        return dropAfterAccept;
    }

    public DoubleProperty slowReplyRateProperty() {
        return slowReplyRate;
    }

    public IntegerProperty slowReplyMsProperty() {
        return slowReplyMs;
    }

    public DoubleProperty malformedRateProperty() {
        return malformedRate;
    }

    public IntegerProperty delayedVisibilityMsProperty() {
        return delayedVisibilityMs;
    }

    public IntegerProperty streamDropEverySecondsProperty() {
        return streamDropEverySeconds;
    }

    public IntegerProperty streamSilenceAfterSecondsProperty() {
        return streamSilenceAfterSeconds;
    }

    /** The outage switch: setting it applies at once. */
    public BooleanProperty outageProperty() {
        return outage;
    }

    /** The plan in force, as last read from the control. */
    public ReadOnlyObjectProperty<ChaosSettings> appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    /** The plan in force in one line ("Calm: no faults injected", "latency 30 ms, errors 10%, …"). */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True while the fields differ from the plan in force: Apply's enablement. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** True while no fault is in force: Calm's disablement. */
    public ReadOnlyBooleanProperty calmProperty() {
        return calm.getReadOnlyProperty();
    }

    /** The outcome of the last command. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public List<String> presets() {
        return control.presets();
    }

    /** Applies the fields (with the outage as it is in force). */
    public void apply() {
        put(edited());
    }

    /** Applies a named preset at once ({@link #presets()}). */
    public void applyPreset(String name) {
        ChaosSettings preset;
        try {
            preset = control.preset(name);
        } catch (RuntimeException unknown) {
            message.set("Not applied: " + unknown.getMessage());
            return;
        }
        put(preset);
    }

    /** No faults at all, outage off. */
    public void calm() {
        put(ChaosSettings.CALM);
    }

    /** Shows the plan in force again, dropping edits not applied (the simulator may be driven from elsewhere too). */
    public void reload() {
        show(control.current());
    }

    private void switchOutage(boolean on) {
        ChaosSettings inForce = control.current();
        if (put(inForce.withOutage(on))) {
            return;
        }
        showing = true;
        try {
            outage.set(!on);
        } finally {
            showing = false;
        }
    }

    private boolean put(ChaosSettings settings) {
        try {
            control.apply(settings);
        } catch (RuntimeException refused) {
            message.set("Not applied: " + refused.getMessage());
            return false;
        }
        show(control.current());
        message.set("Applied: " + summary.get());
        return true;
    }

    private void show(ChaosSettings settings) {
        showing = true;
        try {
            latencyMs.set(toInt(settings.latencyMs()));
            errorRate.set(settings.errorRate());
            rate429.set(settings.rate429());
            dropAfterAccept.set(settings.dropAfterAccept());
            slowReplyRate.set(settings.slowReplyRate());
            slowReplyMs.set(toInt(settings.slowReplyMs()));
            malformedRate.set(settings.malformedRate());
            delayedVisibilityMs.set(toInt(settings.delayedVisibilityMs()));
            streamDropEverySeconds.set(toInt(settings.streamDropEverySeconds()));
            streamSilenceAfterSeconds.set(toInt(settings.streamSilenceAfterSeconds()));
            outage.set(settings.outage());
            applied.set(settings);
        } finally {
            showing = false;
        }
    }

    /** The fields as settings; the outage as in force, since its switch applies on its own. */
    private ChaosSettings edited() {
        ChaosSettings inForce = applied.get();
        return new ChaosSettings(latencyMs.get(), rate(errorRate), rate(rate429), rate(dropAfterAccept),
                rate(slowReplyRate), slowReplyMs.get(), rate(malformedRate), delayedVisibilityMs.get(),
                inForce != null && inForce.outage(), streamDropEverySeconds.get(), streamSilenceAfterSeconds.get());
    }

    /** Slider values to 4 decimals: 0.05, not 0.05000000000000001. */
    private static double rate(DoubleProperty value) {
        return Math.round(value.get() * 10_000) / 10_000.0;
    }

    private static int toInt(long value) {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }
}
