package dev.breakwater.app;

import dev.breakwater.broker.Broker;
import dev.breakwater.broker.alpaca.StreamMessage;
import dev.breakwater.broker.alpaca.TradeUpdateMessages;
import dev.breakwater.live.LiveAccount;
import dev.breakwater.live.LiveAccountSettings;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * {@code bench stream}: {@code trade_updates} frames decoded ({@link TradeUpdateMessages}, as the stream
 * client does) and applied to the live account model, on one thread, no network. Frames are made in
 * chunks outside the timed part; only decode + apply is timed. The model's REST reads (the refresh a
 * fill schedules) go to a broker that answers nothing, so they change nothing and cost next to nothing.
 */
final class BenchStream {

    private static final int CHUNK = 20_000;

    private final BenchStreamCommand options;
    private final BenchReport report;

    BenchStream(BenchStreamCommand options, BenchReport report) {
        this.options = options;
        this.report = report;
    }

    void run() {
        int chunk = Math.min(CHUNK, options.events);
        report.conditions(String.format(Locale.ROOT, "%d events warm-up, %d measured, single thread, chunks of %d "
                + "frames (~1.2 KB) made before each timed chunk", options.warmup, options.events, chunk));
        Broker silent = (Broker) Proxy.newProxyInstance(Broker.class.getClassLoader(), new Class<?>[] {Broker.class},
                (proxy, method, args) -> null);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bench-live-account");
            thread.setDaemon(true);
            return thread;
        });
        BenchStreamFrames frames = new BenchStreamFrames();
        try (LiveAccount live = new LiveAccount(silent, scheduler, Clock.systemUTC(), LiveAccountSettings.defaults(), null)) {
            long bytes = 0;
            int warmed = 0;
            while (warmed < options.warmup) {
                List<byte[]> batch = frames.next(Math.min(chunk, options.warmup - warmed));
                apply(live, batch);
                warmed += batch.size();
            }
            int measured = 0;
            long nanos = 0;
            long making = 0;
            long cpuStart = BenchReport.threadCpuNanos();
            double[] rates = new double[(options.events + chunk - 1) / chunk];
            int chunks = 0;
            while (measured < options.events) {
                long makeStart = BenchReport.threadCpuNanos();
                List<byte[]> batch = frames.next(Math.min(chunk, options.events - measured));
                making += BenchReport.threadCpuNanos() - makeStart;
                for (byte[] frame : batch) {
                    bytes += frame.length;
                }
                long took = apply(live, batch);
                nanos += took;
                measured += batch.size();
                if (chunks < rates.length) {
                    rates[chunks++] = batch.size() / (took / 1e9);
                }
            }
            // Frame making ran on this thread between the timed chunks: it is timed alone and taken off.
            long cpu = BenchReport.threadCpuNanos() - cpuStart - making;
            double[] sorted = Arrays.copyOf(rates, chunks);
            Arrays.sort(sorted);
            double perSecond = measured / (nanos / 1e9);
            report.line("%d events (%d KB, mean frame %d B) decoded and applied in %.1f ms; model holds %d orders",
                    measured, bytes >> 10, bytes / measured, nanos / 1e6, live.orders().size());
            report.line("events/s per chunk: min %.0f median %.0f max %.0f", sorted[0], sorted[sorted.length / 2],
                    sorted[sorted.length - 1]);
            report.line("on this thread's CPU time: %.1f ms, %.0f events per CPU second", cpu / 1e6, measured / (cpu / 1e9));
            report.key("events_per_s", perSecond).key("events_per_cpu_s", measured / (cpu / 1e9))
                    .key("median_chunk_events_per_s", sorted[sorted.length / 2])
                    .key("us_per_event", nanos / 1e3 / measured);
        } finally {
            scheduler.shutdownNow();
        }
    }

    /** Decodes and applies every frame; returns the nanoseconds it took. */
    private static long apply(LiveAccount live, List<byte[]> frames) {
        long start = System.nanoTime();
        for (byte[] frame : frames) {
            if (TradeUpdateMessages.parse(frame) instanceof StreamMessage.Update update) {
                live.onTradeUpdate(update.update());
            } else {
                throw new IllegalStateException("a benchmark frame did not decode as a trade update");
            }
        }
        return System.nanoTime() - start;
    }
}
