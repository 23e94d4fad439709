package dev.breakwater.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The harness of {@code bench startup}: starts the console as a user would ({@code java -cp … Main}) in
 * a child JVM with empty config and data folders (XDG_CONFIG_HOME, XDG_DATA_HOME), no
 * Alpaca keys in its environment, and {@link BenchStartupProbe} switched on; the child prints when its
 * window was shown and when it was ready to trade, and exits. Start-up is counted from the moment just
 * before the parent spawns the child, so JVM boot is included.
 */
final class BenchStartup {

    record Settings(int runs, int warmupRuns, boolean headless, List<String> jvmOptions, long timeoutSeconds) {
    }

    /** One start-up: ms from spawn to window shown / ready, and the same counted by the child from JVM start. */
    record Run(long startupMs, long readyMs, long jvmShownMs, long jvmReadyMs) {
    }

    private final Settings settings;
    private final PrintWriter out;

    BenchStartup(Settings settings, PrintWriter out) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.out = Objects.requireNonNull(out, "out");
    }

    List<Run> run() throws IOException, InterruptedException {
        for (int i = 1; i <= settings.warmupRuns(); i++) {
            Run run = once();
            say("warm-up %d: window shown %d ms, ready %d ms (not counted)", i, run.startupMs(), run.readyMs());
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 1; i <= settings.runs(); i++) {
            Run run = once();
            runs.add(run);
            say("run %d: startup_ms=%d ready_ms=%d (counted by the child from JVM start: shown %d ms, ready %d ms)",
                    i, run.startupMs(), run.readyMs(), run.jvmShownMs(), run.jvmReadyMs());
        }
        return runs;
    }

    /**
     * The command line of the child: the console as its launchers start it ({@link ConsoleJvm}), with the probe,
     * on the simulator.
     */
    List<String> command(Path configDir) {
        List<String> options = new ArrayList<>(settings.jvmOptions());
        options.add("-D" + BenchStartupProbe.PROPERTY + "=true");
        if (settings.headless()) {
            BenchUiToolkit.HEADLESS.forEach((key, value) -> options.add("-D" + key + "=" + value));
        }
        // No --broker: picocli reads its value "sim" as the sim subcommand; no keys and no settings mean sim.
        return ConsoleJvm.command(options, List.of("--config-dir=" + configDir));
    }

    private Run once() throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("breakwater-startup-");
        try {
            Path log = home.resolve("console.log");
            ProcessBuilder builder = new ProcessBuilder(command(home.resolve("config")))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(name -> name.startsWith("APCA_"));
            env.put("XDG_CONFIG_HOME", home.resolve("config-home").toString());
            env.put("XDG_DATA_HOME", home.resolve("data-home").toString());
            long spawnedAt = System.currentTimeMillis();
            Process child = builder.start();
            if (!child.waitFor(settings.timeoutSeconds(), TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                throw new IOException("the console did not report within " + settings.timeoutSeconds()
                        + " s; its output:\n" + tail(log));
            }
            Map<String, String> probe = probeLine(log);
            if (!"READY".equals(probe.get("phase"))) {
                throw new IOException("the console did not become ready (" + probe.getOrDefault("phase", "no probe line")
                        + ", exit " + child.exitValue() + "); its output:\n" + tail(log));
            }
            return new Run(Long.parseLong(probe.get("window-shown-at")) - spawnedAt,
                    Long.parseLong(probe.get("ready-at")) - spawnedAt,
                    Long.parseLong(probe.get("window-shown-ms")), Long.parseLong(probe.get("ready-ms")));
        } finally {
            deleteTree(home);
        }
    }

    /** The probe's key=value pairs, empty when the child printed no probe line. */
    static Map<String, String> probeLine(Path log) throws IOException {
        Map<String, String> values = new HashMap<>();
        try (Stream<String> lines = Files.lines(log)) {
            lines.filter(line -> line.startsWith(BenchStartupProbe.PREFIX)).findFirst().ifPresent(line -> {
                for (String pair : line.substring(BenchStartupProbe.PREFIX.length()).trim().split("\\s+")) {
                    int equals = pair.indexOf('=');
                    if (equals > 0) {
                        values.put(pair.substring(0, equals), pair.substring(equals + 1));
                    }
                }
            });
        }
        return values;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private void say(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }
}
