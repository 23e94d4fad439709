package dev.breakwater.ui.health;

import dev.breakwater.resilience.BreakerState;
import java.util.OptionalDouble;

/**
 * How a value should be coloured, independent of the theme: the view maps each tone to AtlantaFX style
 * classes, so view models stay free of style strings and dark and light themes both work.
 */
public enum Tone {
    SUCCESS,
    WARNING,
    DANGER,
    /** Danger that a person caused on purpose (a drill): drawn striped so it is not mistaken for an outage. */
    FORCED,
    ACCENT,
    MUTED;

    /** Below this failure or slow-call percentage a breaker is healthy (Hystrix's first gradient stop). */
    static final double RATE_WARNING_FROM = 10;
    /** From here a rate is red: the breakers' default failure threshold, where they open. */
    static final double RATE_DANGER_FROM = 50;

    public static Tone of(BreakerState state) {
        return switch (state) {
            case CLOSED -> SUCCESS;
            case HALF_OPEN -> WARNING;
            case OPEN -> DANGER;
            case FORCED_OPEN -> FORCED;
            case DISABLED -> MUTED;
            case METRICS_ONLY -> ACCENT;
        };
    }

    /** Muted while n/a, then green, amber, red by the thresholds above. */
    public static Tone ofRate(OptionalDouble percent) {
        if (percent.isEmpty()) {
            return MUTED;
        }
        double value = percent.getAsDouble();
        if (value >= RATE_DANGER_FROM) {
            return DANGER;
        }
        return value >= RATE_WARNING_FROM ? WARNING : SUCCESS;
    }

    /** Headroom as a share from 0 to 1: red under 10 %, amber under 25 %. */
    static Tone ofHeadroom(double share) {
        if (share < 0.10) {
            return DANGER;
        }
        return share < 0.25 ? WARNING : SUCCESS;
    }
}
