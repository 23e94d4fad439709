package dev.breakwater.app;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What every benchmark prints: the conditions it ran under (these machines are noisy, so a figure
 * without them means little), its figures as it goes, and a last line {@code bench <name>: key=value …}
 * with the headline keys, which scripts and the smoke test read.
 */
final class BenchReport {

    private final PrintWriter out;
    private final String name;
    private final Map<String, String> keys = new LinkedHashMap<>();

    BenchReport(PrintWriter out, String name) {
        this.out = out;
        this.name = name;
    }

    /** Prints the machine and JVM, then what this benchmark adds (sizes, warm-up, faults). */
    void conditions(String details) {
        Runtime runtime = Runtime.getRuntime();
        String gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).collect(Collectors.joining("+"));
        // Other processes share these cores: the load average tells how far wall-clock figures can be trusted.
        line("conditions: cores=%d load_avg_1m=%.2f jvm=%s (%s) heap_max_mb=%d gc=%s; %s",
                runtime.availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.vm.version"), System.getProperty("java.vm.vendor"),
                runtime.maxMemory() >> 20, gc, details);
    }

    /**
     * CPU time of the calling thread in nanoseconds: for single-threaded CPU-bound benchmarks, the figure
     * that holds when other processes take turns on the cores (wall time then counts their turns too).
     */
    static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** One line of figures, prefixed with the benchmark's name. */
    void line(String format, Object... args) {
        out.println("bench " + name + ": " + String.format(Locale.ROOT, format, args));
        out.flush();
    }

    /** A headline figure for the last line, in the order added. */
    BenchReport key(String key, double value) {
        keys.put(key, number(value));
        return this;
    }

    BenchReport key(String key, long value) {
        keys.put(key, Long.toString(value));
        return this;
    }

    /** Prints the last line: {@code bench <name>: key=value key=value}. */
    void finish() {
        out.println("bench " + name + ": " + keys.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ")));
        out.flush();
    }

    /** Three decimals, a dot whatever the locale, so scripts can read it. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
