package dev.breakwater.ui.chaos;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The fault plan in one line, for the panel's header and the log: what a trader would notice. */
final class ChaosSummary {

    private ChaosSummary() {
    }

    static String of(ChaosSettings s) {
        List<String> parts = new ArrayList<>();
        if (s.latencyMs() > 0) {
            parts.add("latency " + s.latencyMs() + " ms");
        }
        rate(parts, "errors", s.errorRate());
        rate(parts, "429", s.rate429());
        rate(parts, "accept-then-drop", s.dropAfterAccept());
        if (s.slowReplyRate() > 0) {
            parts.add("slow replies " + percent(s.slowReplyRate()) + " × " + s.slowReplyMs() + " ms");
        }
        rate(parts, "malformed", s.malformedRate());
        if (s.delayedVisibilityMs() > 0) {
            parts.add("visible after " + s.delayedVisibilityMs() + " ms");
        }
        if (s.streamDropEverySeconds() > 0) {
            parts.add("stream drop every " + s.streamDropEverySeconds() + " s");
        }
        if (s.streamSilenceAfterSeconds() > 0) {
            parts.add("stream silent after " + s.streamSilenceAfterSeconds() + " s");
        }
        if (s.outage()) {
            return "OUTAGE: the simulated broker refuses every connection"
                    + (parts.isEmpty() ? "" : " (then: " + String.join(", ", parts) + ")");
        }
        return parts.isEmpty() ? "Calm: no faults injected" : String.join(", ", parts);
    }

    static String percent(double rate) {
        return BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                + "%";
    }

    private static void rate(List<String> parts, String name, double rate) {
        if (rate > 0) {
            parts.add(name + " " + percent(rate));
        }
    }
}
