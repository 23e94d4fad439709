package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code bench ui} with tiny sizes, so it cannot rot: it runs, checks itself and ends with numeric keys. */
class BenchUiCommandTest {

    @Test
    void aTinyRunPrintsItsFiguresAndALastLineOfNumbers() {
        StringWriter text = new StringWriter();
        CommandLine command = new CommandLine(new BenchUiCommand());
        command.setOut(new PrintWriter(text));

        int exit = command.execute("--rate", "2000", "--seconds", "1", "--warmup-seconds", "0", "--orders", "800");

        List<String> lines = text.toString().lines().toList();
        assertThat(exit).as(text.toString()).isZero();
        assertThat(lines).as("measured in a JVM started as the launchers start the console")
                .anyMatch(line -> line.contains("JVM options " + String.join(" ", ConsoleJvm.OPTIONS)));
        String last = lines.get(lines.size() - 1);
        Map<String, String> keys = keys(last, "bench ui: ");
        assertThat(keys).containsKeys("max_gap_ms", "runnables_per_pulse", "heap_mb", "events", "rows", "mismatches",
                "warmup_s", "jit_ms");
        assertThat(keys.get("warmup_s")).as("--warmup-seconds 0: no warm-up").isEqualTo("0");
        keys.forEach((key, value) -> assertThat(Double.parseDouble(value)).as(key).isNotNaN());
        assertThat(keys.get("events")).isEqualTo("2000");
        assertThat(keys.get("rows")).isEqualTo("800");
        assertThat(keys.get("mismatches")).isEqualTo("0");
        assertThat(Double.parseDouble(keys.get("runnables_per_pulse"))).isBetween(0.0, 1.0);
    }

    /** The key=value pairs of a last line that starts with {@code prefix}. */
    static Map<String, String> keys(String line, String prefix) {
        assertThat(line).startsWith(prefix);
        Map<String, String> keys = new LinkedHashMap<>();
        Arrays.stream(line.substring(prefix.length()).trim().split("\\s+")).forEach(pair -> {
            String[] parts = pair.split("=", 2);
            assertThat(parts).as(pair).hasSize(2);
            keys.put(parts[0], parts[1]);
        });
        return keys;
    }
}
