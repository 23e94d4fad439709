package dev.breakwater.app;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * The time between consecutive FX pulses, as an {@link AnimationTimer} sees it ({@code now - last}). A
 * running timer makes the toolkit pulse every frame, so at 60 Hz a gap is ~16.7 ms and anything longer
 * is time the FX thread spent on something else (applying updates, layout, rendering, GC). Beside each
 * wall-clock gap it records what the gap was made of: the FX thread's own CPU time over it and the GC time
 * the JVM reported in it, and the time the thread spent parked or waiting (for the renderer to finish the
 * previous frame, or idle until the next pulse). The rest of a gap is time the thread was ready to run but
 * had no core: on a machine shared with other work, it was descheduled. Used on the FX thread only.
 */
final class BenchUiPulseGaps extends AnimationTimer {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private long[] gaps = new long[4096];
    private long[] cpuGaps = new long[4096];
    private long[] gcGaps = new long[4096];
    private long[] waitGaps = new long[4096];
    private int count;
    private long last;
    private long lastCpu;
    private long lastGc;
    private long lastWait;

    BenchUiPulseGaps() {
        if (threads.isThreadContentionMonitoringSupported()) {
            threads.setThreadContentionMonitoringEnabled(true);
        }
    }

    @Override
    public void handle(long now) {
        long cpu = threads.getCurrentThreadCpuTime();
        long gc = gcMillis();
        long wait = waitedMillis();
        if (last != 0) {
            if (count == gaps.length) {
                gaps = Arrays.copyOf(gaps, count * 2);
                cpuGaps = Arrays.copyOf(cpuGaps, count * 2);
                gcGaps = Arrays.copyOf(gcGaps, count * 2);
                waitGaps = Arrays.copyOf(waitGaps, count * 2);
            }
            gaps[count] = now - last;
            cpuGaps[count] = cpu - lastCpu;
            waitGaps[count] = (wait - lastWait) * 1_000_000;
            gcGaps[count++] = (gc - lastGc) * 1_000_000;
        }
        last = now;
        lastCpu = cpu;
        lastGc = gc;
        lastWait = wait;
    }

    /** Milliseconds this thread spent blocked, waiting or parked so far; 0 where the JVM does not count them. */
    private long waitedMillis() {
        ThreadInfo info = threads.getThreadInfo(Thread.currentThread().getId());
        return info == null ? 0 : Math.max(0, info.getWaitedTime()) + Math.max(0, info.getBlockedTime());
    }

    private long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : collectors) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }

    /** Forgets what was measured; the next pulse starts a new series. */
    void reset() {
        count = 0;
        last = 0;
    }

    /** The gaps measured since the last reset. */
    Figures figures() {
        int longest = 0;
        for (int i = 1; i < count; i++) {
            longest = gaps[i] > gaps[longest] ? i : longest;
        }
        long[] sorted = Arrays.copyOf(gaps, count);
        Arrays.sort(sorted);
        long[] cpu = Arrays.copyOf(cpuGaps, count);
        Arrays.sort(cpu);
        return new Figures(count, millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.99)),
                millis(percentile(sorted, 1.0)), millis(percentile(cpu, 0.50)), millis(percentile(cpu, 0.99)),
                millis(percentile(cpu, 1.0)), count == 0 ? 0 : millis(cpuGaps[longest]),
                count == 0 ? 0 : millis(gcGaps[longest]), count == 0 ? 0 : millis(waitGaps[longest]),
                millis(Arrays.stream(gcGaps, 0, count).sum()), millis(Arrays.stream(cpuGaps, 0, count).sum()));
    }

    private static long percentile(long[] sorted, double fraction) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    /**
     * Pulses measured, their wall-clock gaps and the FX thread's CPU time over a gap, in ms; what the longest
     * gap held of FX CPU, of GC and of the FX thread waiting; the GC time and the FX thread's CPU time over
     * all gaps (the latter does not depend on how the thread was scheduled: the FX work the load costs).
     */
    record Figures(int pulses, double medianMs, double p99Ms, double maxMs, double cpuMedianMs, double cpuP99Ms,
                   double cpuMaxMs, double longestCpuMs, double longestGcMs, double longestWaitMs, double gcMs,
                   double cpuMs) {

        /** What the longest gap held besides FX CPU, GC and waiting: the thread ready to run, without a core. */
        double longestDescheduledMs() {
            return Math.max(0, maxMs - longestCpuMs - longestGcMs - longestWaitMs);
        }
    }
}
