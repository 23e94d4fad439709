package dev.breakwater.app;

import java.util.Arrays;

/** Order statistics of measured durations (nanoseconds), reported in milliseconds. */
final class BenchStats {

    private final long[] sorted;

    BenchStats(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    /** The nearest-rank percentile, {@code p} in (0, 100], in milliseconds. */
    double percentileMs(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile out of (0, 100]: " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double medianMs() {
        return percentileMs(50);
    }

    double maxMs() {
        return sorted[sorted.length - 1] / 1e6;
    }

    int count() {
        return sorted.length;
    }

    /** {@code p50=… p90=… p99=… max=…} in ms. */
    String summary() {
        return String.format(java.util.Locale.ROOT, "n=%d p50=%.3f p90=%.3f p99=%.3f max=%.3f ms", count(),
                medianMs(), percentileMs(90), percentileMs(99), maxMs());
    }
}
