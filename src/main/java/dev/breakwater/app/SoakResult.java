package dev.breakwater.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.orders.LedgerAudit;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * What a soak found: the ledger audit, the clicks and their outcomes, and (for an in-process simulator)
 * what the simulator injected.
 *
 * @param simulatorStats the simulator's {@code /_sim/stats} JSON, or null for an external broker
 */
record SoakResult(LedgerAudit.Result audit, StreamFigures stream, int clicks, Map<String, Integer> outcomes,
                  Duration elapsed, String simulatorStats) {

    /**
     * The {@code --stream} figures.
     *
     * @param maxConcurrent the broker's peak of simultaneous stream connections, -1 where it does not say
     */
    record StreamFigures(long connects, int maxConcurrent, int missedFinalStates) {

        boolean clean() {
            return missedFinalStates == 0 && maxConcurrent <= 1;
        }
    }

    boolean clean() {
        return audit.clean() && (stream == null || stream.clean());
    }

    /** The line scripts read: the keys first, more after. */
    String finalLine() {
        return String.format(Locale.ROOT,
                "soak: tickets=%d broker_orders=%d duplicates=%d lost=%d unknown=%d not_sent=%d rejected=%d"
                        + " accepted=%d clicks=%d elapsed_s=%.1f",
                audit.tickets(), audit.brokerOrders(), audit.duplicates(), audit.lost(), audit.unknown(),
                audit.notSent(), audit.rejected(), audit.accepted(), clicks, elapsed.toMillis() / 1000.0)
                + (stream == null ? "" : String.format(Locale.ROOT,
                        " stream_connects=%d max_concurrent_streams=%d missed_final_states=%d",
                        stream.connects(), stream.maxConcurrent(), stream.missedFinalStates()));
    }

    void writeJson(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("tickets", audit.tickets());
        root.put("intents", audit.intents());
        root.put("broker_orders", audit.brokerOrders());
        root.put("foreign_orders", audit.foreign());
        root.put("duplicates", audit.duplicates());
        root.put("lost", audit.lost());
        root.put("unknown", audit.unknown());
        root.put("not_sent", audit.notSent());
        root.put("rejected", audit.rejected());
        root.put("accepted", audit.accepted());
        root.put("clicks", clicks);
        root.put("elapsed_s", elapsed.toMillis() / 1000.0);
        if (stream != null) {
            root.put("stream_connects", stream.connects());
            root.put("max_concurrent_streams", stream.maxConcurrent());
            root.put("missed_final_states", stream.missedFinalStates());
        }
        root.put("clean", clean());
        ObjectNode outcomeNode = root.putObject("outcomes");
        outcomes.forEach(outcomeNode::put);
        if (simulatorStats != null) {
            root.set("simulator", mapper.readTree(simulatorStats));
        }
        mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }
}
