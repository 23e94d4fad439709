package dev.breakwater.ui.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A chaos control that keeps the settings it was given, with two presets; records every apply. */
final class FakeChaosControl implements ChaosControl {

    static final ChaosSettings FLAKY = new ChaosSettings(20, 0.05, 0.02, 0.02, 0, 0, 0, 100, false, 0, 0);
    static final ChaosSettings OUTAGE = ChaosSettings.CALM.withOutage(true);

    private final Map<String, ChaosSettings> presets = Map.of("none", ChaosSettings.CALM, "flaky", FLAKY,
            "outage", OUTAGE);
    final List<ChaosSettings> applied = new ArrayList<>();
    ChaosSettings current = ChaosSettings.CALM;

    @Override
    public ChaosSettings current() {
        return current;
    }

    @Override
    public void apply(ChaosSettings settings) {
        if (settings.errorRate() > 1) {
            throw new IllegalArgumentException("fault setting error_rate must be from 0.0 to 1.0, got " + settings.errorRate());
        }
        applied.add(settings);
        current = settings;
    }

    @Override
    public List<String> presets() {
        return List.of("none", "flaky", "outage");
    }

    @Override
    public ChaosSettings preset(String name) {
        ChaosSettings preset = presets.get(name);
        if (preset == null) {
            throw new IllegalArgumentException("unknown fault preset: " + name);
        }
        return preset;
    }
}
