package dev.breakwater.ui.chaos;

/**
 * The simulated broker's fault plan as the chaos panel edits it. Rates are shares from 0 to 1; times are
 * milliseconds or seconds as named; 0 is off. The app maps it to the simulator's own fault plan (the UI
 * never imports the simulator).
 */
public record ChaosSettings(long latencyMs, double errorRate, double rate429, double dropAfterAccept,
                            double slowReplyRate, long slowReplyMs, double malformedRate, long delayedVisibilityMs,
                            boolean outage, long streamDropEverySeconds, long streamSilenceAfterSeconds) {

    public static final ChaosSettings CALM = new ChaosSettings(0, 0, 0, 0, 0, 0, 0, 0, false, 0, 0);

    /** These settings with the outage switched on or off, everything else as it is. */
    public ChaosSettings withOutage(boolean value) {
        return new ChaosSettings(latencyMs, errorRate, rate429, dropAfterAccept, slowReplyRate, slowReplyMs,
                malformedRate, delayedVisibilityMs, value, streamDropEverySeconds, streamSilenceAfterSeconds);
    }
}
