package dev.breakwater.app;

import java.util.Locale;

/**
 * What {@code bench ui} measured.
 *
 * @param events            trade updates applied to the live model in the measured phase
 * @param eventsPerS        the rate the producer actually reached
 * @param gaps              FX pulse gaps during the measured phase
 * @param tasksRun          pulse-executor tasks run in the measured phase
 * @param pulsesWithWork    pulses in which at least one of them ran
 * @param fillGaps          FX pulse gaps while the blotter was filled to its size
 * @param rows              rows in the blotter's All tab at the end
 * @param mismatches        rows whose order differs from the model's version (must be 0)
 * @param heapBaseMb        heap used after GC with the empty blotter shown
 * @param heapMb            heap used after GC with {@code rows} rows
 */
record BenchUiResult(long events, double eventsPerS, BenchUiPulseGaps.Figures gaps, long tasksRun,
                     long pulsesWithWork, BenchUiPulseGaps.Figures fillGaps, int rows, int mismatches,
                     double heapBaseMb, double heapMb, int warmupSeconds, long jitMs) {

    double runnablesPerPulse() {
        return pulsesWithWork == 0 ? 0 : (double) tasksRun / pulsesWithWork;
    }

    String lastLine() {
        return String.format(Locale.ROOT, "bench ui: max_gap_ms=%.1f runnables_per_pulse=%.2f heap_mb=%.1f"
                        + " p99_gap_ms=%.1f max_cpu_gap_ms=%.1f fill_max_gap_ms=%.1f events=%d events_per_s=%.0f rows=%d"
                        + " mismatches=%d median_gap_ms=%.1f median_cpu_gap_ms=%.1f max_gap_cpu_ms=%.1f max_gap_gc_ms=%.1f max_gap_wait_ms=%.1f fx_cpu_ms=%.0f"
                        + " warmup_s=%d jit_ms=%d",
                gaps.maxMs(), runnablesPerPulse(), heapMb, gaps.p99Ms(), gaps.cpuMaxMs(), fillGaps.maxMs(), events,
                eventsPerS, rows, mismatches, gaps.medianMs(), gaps.cpuMedianMs(), gaps.longestCpuMs(),
                gaps.longestGcMs(), gaps.longestWaitMs(), gaps.cpuMs(), warmupSeconds, jitMs);
    }
}
