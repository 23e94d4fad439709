package dev.breakwater.app;

import dev.breakwater.sim.FaultPlan;
import dev.breakwater.sim.SimulatedBroker;
import dev.breakwater.ui.chaos.ChaosControl;
import dev.breakwater.ui.chaos.ChaosSettings;
import java.util.List;
import java.util.Objects;

/**
 * The chaos panel's handle on the embedded simulator: {@link ChaosSettings} to and from its
 * {@link FaultPlan}.
 *
 * <p>The panel has no latency jitter: an applied plan keeps the simulator's current jitter while latency is
 * on, and drops it with latency 0 (jitter alone would still delay requests, and Calm must be calm). Settings
 * equal to a preset's apply that preset whole, jitter included, so presets round-trip.
 */
public final class SimChaosControl implements ChaosControl {

    private static final List<String> PRESETS = List.of("none", "flaky", "chaos", "outage");

    private final SimulatedBroker simulator;

    public SimChaosControl(SimulatedBroker simulator) {
        this.simulator = Objects.requireNonNull(simulator, "simulator");
    }

    @Override
    public ChaosSettings current() {
        return settings(simulator.faults());
    }

    @Override
    public void apply(ChaosSettings settings) {
        Objects.requireNonNull(settings, "settings");
        simulator.setFaults(plan(settings, simulator.faults()));
    }

    @Override
    public List<String> presets() {
        return PRESETS;
    }

    @Override
    public ChaosSettings preset(String name) {
        return settings(FaultPlan.preset(name));
    }

    static ChaosSettings settings(FaultPlan plan) {
        return new ChaosSettings(plan.latencyMs(), plan.errorRate(), plan.rate429(), plan.dropAfterAccept(),
                plan.slowReplyRate(), plan.slowReplyMs(), plan.malformedRate(), plan.delayedVisibilityMs(),
                plan.outage(), plan.streamDropEverySeconds(), plan.streamSilenceAfterSeconds());
    }

    /** The plan for {@code settings}; what the settings lack (latency jitter) comes from {@code current}. */
    static FaultPlan plan(ChaosSettings settings, FaultPlan current) {
        for (String name : PRESETS) {
            FaultPlan preset = FaultPlan.preset(name);
            if (settings(preset).equals(settings)) {
                return preset;
            }
        }
        long jitter = settings.latencyMs() == 0 ? 0 : current.latencyJitterMs();
        return new FaultPlan(settings.latencyMs(), jitter, settings.errorRate(), settings.rate429(),
                settings.dropAfterAccept(), settings.slowReplyRate(), settings.slowReplyMs(),
                settings.delayedVisibilityMs(), settings.malformedRate(), settings.outage(),
                settings.streamDropEverySeconds(), settings.streamSilenceAfterSeconds());
    }
}
