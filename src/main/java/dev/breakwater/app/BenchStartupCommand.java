package dev.breakwater.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code breakwater bench startup}: process start to the console's main window shown, on the embedded
 * simulator; see {@link BenchStartup}. Prints every run and a last line {@code bench startup: key=value ...}
 * with the medians.
 */
@Command(
        name = "startup",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        description = {
            "Time from process start to the console's main window shown (startup_ms; target < 2500 on 2 cores)",
            "and to ready to trade (ready_ms), on the embedded simulator, in a fresh child JVM per run with",
            "empty config and data folders. Reports the median of --runs runs and every run."
        })
public final class BenchStartupCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--runs", defaultValue = "5", description = "Measured start-ups. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--warmup-runs", defaultValue = "1",
            description = "Start-ups before measuring (the OS file cache holds the jars afterwards, as after "
                    + "any first launch). Default: ${DEFAULT-VALUE}.")
    int warmupRuns;

    @Option(names = "--headless", arity = "0..1", defaultValue = "true", fallbackValue = "true",
            description = "Headless Monocle in the child (true) or the display in DISPLAY, e.g. under xvfb-run "
                    + "(false). Default: ${DEFAULT-VALUE}.")
    boolean headless;

    @Option(names = "--jvm-option", paramLabel = "OPTION",
            description = "An option for the child JVM, repeatable (e.g. -XX:SharedArchiveFile=app.jsa).")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--cds",
            description = "Also measure with an application class-data archive (AppCDS, as the installer's launcher "
                    + "could use): one training start-up writes it (-XX:ArchiveClassesAtExit), then the runs are "
                    + "repeated with -XX:SharedArchiveFile. startup_ms stays the figure without; the last line "
                    + "adds cds_startup_ms and cds_ready_ms.")
    boolean cds;

    @Option(names = "--timeout-seconds", defaultValue = "120", description = "Per start-up. Default: ${DEFAULT-VALUE}.")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        if (runs <= 0 || warmupRuns < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--runs must be positive and --warmup-runs not negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        BenchStartup bench = new BenchStartup(
                new BenchStartup.Settings(runs, warmupRuns, headless, List.copyOf(jvmOptions), timeoutSeconds), out);
        out.printf("bench startup: %s, %d cores, Java %s; child: %s%n",
                headless ? "headless Monocle (sw)" : "display " + System.getenv("DISPLAY"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                String.join(" ", bench.command(Path.of("<tmp>/config"))).replace(
                        System.getProperty("java.class.path"), "<class path>"));
        List<BenchStartup.Run> measured = bench.run();
        String last = lastLine(measured);
        if (cds) {
            List<BenchStartup.Run> shared = withArchive(out);
            last += String.format(Locale.ROOT, " cds_startup_ms=%d cds_ready_ms=%d",
                    median(shared, BenchStartup.Run::startupMs), median(shared, BenchStartup.Run::readyMs));
        }
        out.println(last);
        out.flush();
        return 0;
    }

    private List<BenchStartup.Run> withArchive(PrintWriter out) throws Exception {
        Path dir = Files.createTempDirectory("breakwater-cds-");
        Path archive = dir.resolve("breakwater.jsa");
        try {
            out.println("AppCDS: a training start-up writes " + archive);
            new BenchStartup(settings(1, 0, "-XX:ArchiveClassesAtExit=" + archive), out).run();
            out.println("AppCDS: the same runs with -XX:SharedArchiveFile=" + archive);
            return new BenchStartup(settings(runs, warmupRuns, "-XX:SharedArchiveFile=" + archive), out).run();
        } finally {
            Files.deleteIfExists(archive);
            Files.deleteIfExists(dir);
        }
    }

    private BenchStartup.Settings settings(int count, int warmups, String extraJvmOption) {
        List<String> options = new ArrayList<>(jvmOptions);
        options.add(extraJvmOption);
        return new BenchStartup.Settings(count, warmups, headless, List.copyOf(options), timeoutSeconds);
    }

    static String lastLine(List<BenchStartup.Run> runs) {
        return String.format(Locale.ROOT, "bench startup: startup_ms=%d ready_ms=%d startup_min_ms=%d startup_max_ms=%d"
                        + " ready_max_ms=%d runs=%d", median(runs, BenchStartup.Run::startupMs),
                median(runs, BenchStartup.Run::readyMs), min(runs, BenchStartup.Run::startupMs),
                max(runs, BenchStartup.Run::startupMs), max(runs, BenchStartup.Run::readyMs), runs.size());
    }

    static long median(List<BenchStartup.Run> runs, ToLongFunction<BenchStartup.Run> figure) {
        long[] values = runs.stream().mapToLong(figure).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static long min(List<BenchStartup.Run> runs, ToLongFunction<BenchStartup.Run> figure) {
        return runs.stream().mapToLong(figure).min().orElse(0);
    }

    private static long max(List<BenchStartup.Run> runs, ToLongFunction<BenchStartup.Run> figure) {
        return runs.stream().mapToLong(figure).max().orElse(0);
    }
}
