package dev.breakwater.ui.chaos;

import java.util.List;

/** The chaos panel's handle on the simulated broker. Calls are quick local calls (no network). */
public interface ChaosControl {

    ChaosSettings current();

    void apply(ChaosSettings settings);

    /** The simulator's named presets ("none", "flaky", "chaos", "outage"). */
    List<String> presets();

    /** The settings a preset stands for. */
    ChaosSettings preset(String name);
}
