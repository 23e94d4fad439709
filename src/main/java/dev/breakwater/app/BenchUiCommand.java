package dev.breakwater.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code breakwater bench ui}: the blotter on a shown stage under a stream of trade updates; see
 * {@link BenchUi}. Prints the conditions, the figures and a last line {@code bench ui: key=value ...}.
 * Exits 1 only when the run cannot be trusted (rows differing from the model), not for a missed target.
 */
@Command(
        name = "ui",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        description = {
            "The live blotter under load: trade updates at --rate for --seconds from a producer thread into the",
            "live model -> LiveBlotterFeed -> pulse executor -> the real blotter on a shown stage. Reports the",
            "longest gap between FX pulses and FX runnables per pulse, then fills the blotter to --orders orders",
            "and reports the heap used after GC. Targets: max_gap_ms < 50, runnables_per_pulse <= 1, heap_mb < 256.",
            "Runs in a child JVM with the console launchers' JVM options unless --jvm-defaults."
        })
public final class BenchUiCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--rate", defaultValue = "20000", description = "Trade updates per second. Default: ${DEFAULT-VALUE}.")
    int rate;

    @Option(names = "--seconds", defaultValue = "10", description = "Length of the measured phase. Default: ${DEFAULT-VALUE}.")
    int seconds;

    @Option(names = "--warmup-seconds", defaultValue = "3",
            description = "Same load before measuring (JIT, CSS, table cells), at least this long (0: none), then "
                    + "on while the JIT still compiles. Default: ${DEFAULT-VALUE}.")
    int warmupSeconds;

    @Option(names = "--warmup-max-seconds", defaultValue = "30",
            description = "The longest warm-up. Default: ${DEFAULT-VALUE}.")
    int maxWarmupSeconds;

    @Option(names = "--orders", defaultValue = "100000",
            description = "Orders in the blotter when the heap is read. Default: ${DEFAULT-VALUE}.")
    int orders;

    @Option(names = "--jvm-defaults",
            description = "Measure in this JVM as it was started (java -jar: the JVM's defaults) instead of a child "
                    + "JVM started as the console's launchers start it.")
    boolean jvmDefaults;

    @Option(names = "--headless", arity = "0..1", defaultValue = "true", fallbackValue = "true",
            description = "Headless Monocle (true) or the display in DISPLAY, e.g. under xvfb-run (false). "
                    + "Default: ${DEFAULT-VALUE}.")
    boolean headless;

    @Override
    public Integer call() throws Exception {
        if (rate <= 0 || seconds <= 0 || warmupSeconds < 0 || maxWarmupSeconds < warmupSeconds || orders < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rate and --seconds must be "
                    + "positive, --warmup-seconds and --orders not negative, --warmup-max-seconds not below --warmup-seconds");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!jvmDefaults && !ConsoleJvm.isThisJvm()) {
            return inChildJvm(out);
        }
        if (headless) {
            BenchUiToolkit.useHeadlessMonocle();
        }
        out.printf("bench ui: %s, %d cores, Java %s, max heap %d MB, JVM options %s%n", headless
                ? "headless Monocle (sw)" : "display " + System.getenv("DISPLAY"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), jvmOptions());
        BenchUiResult result = new BenchUi(new BenchUi.Settings(rate, seconds, warmupSeconds, maxWarmupSeconds, orders), out).run();
        out.println(result.lastLine());
        out.flush();
        return result.mismatches() == 0 ? 0 : 1;
    }

    /** The same run in a child JVM with the console's JVM options; its output passed on, its exit code returned. */
    private int inChildJvm(PrintWriter out) throws IOException, InterruptedException {
        out.printf("bench ui: measured in a child JVM started as the console's launchers start it (%s);"
                + " --jvm-defaults measures this JVM as started%n", String.join(" ", ConsoleJvm.OPTIONS));
        out.flush();
        List<String> args = List.of("bench", "ui", "--rate=" + rate, "--seconds=" + seconds,
                "--warmup-seconds=" + warmupSeconds, "--warmup-max-seconds=" + maxWarmupSeconds, "--orders=" + orders,
                "--headless=" + headless);
        Process child = new ProcessBuilder(ConsoleJvm.command(List.of(), args)).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.println(line);
                out.flush();
            }
        }
        return child.waitFor();
    }

    /** The options this JVM was started with that tune it (-X...), or "defaults". */
    private static String jvmOptions() {
        List<String> tuning = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-X")).toList();
        return tuning.isEmpty() ? "defaults" : String.join(" ", tuning);
    }
}
