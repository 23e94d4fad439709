package dev.breakwater.app;

import dev.breakwater.broker.Broker;
import dev.breakwater.broker.alpaca.StreamMessage;
import dev.breakwater.broker.alpaca.TradeUpdateMessages;
import dev.breakwater.live.LiveAccount;
import dev.breakwater.live.LiveAccountSettings;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * {@code bench stream}: {@code trade_updates} frames decoded ({@link TradeUpdateMessages}, as the stream
 * client does) and applied to the live account model, on one thread, no network. The frames are one
 * account's trading day ({@link BenchStreamFrames}: a bounded set of orders with their whole lifecycles),
 * made once before anything is timed and replayed day after day, each day into a fresh model as a new
 * session would start: the model stays the size a real day gives it instead of growing without bound.
 * Only decode + apply is timed. The model's REST reads (the refresh a fill schedules) go to a broker that
 * answers nothing, so they change nothing and cost next to nothing.
 */
final class BenchStream {

    private final BenchStreamCommand options;
    private final BenchReport report;
    private final Broker silent = (Broker) Proxy.newProxyInstance(Broker.class.getClassLoader(),
            new Class<?>[] {Broker.class}, (proxy, method, args) -> null);
    private final ScheduledThreadPoolExecutor scheduler = newScheduler();
    private List<byte[]> day;
    private int position;
    private LiveAccount live;
    private int largestModel;

    BenchStream(BenchStreamCommand options, BenchReport report) {
        this.options = options;
        this.report = report;
    }

    void run() {
        try {
            day = new BenchStreamFrames().day(options.orders);
            long dayBytes = 0;
            for (byte[] frame : day) {
                dayBytes += frame.length;
            }
            report.conditions(String.format(Locale.ROOT, "%d events warm-up, %d measured, single thread; one "
                    + "account's day of %d orders (%d frames, mean %d B, events of all orders interleaved by time) "
                    + "made once and replayed, each replay into a fresh model", options.warmup, options.events,
                    options.orders, day.size(), dayBytes / day.size()));
            live = newModel();
            replay(options.warmup, new ArrayList<>());
            List<Double> rates = new ArrayList<>();
            long cpuStart = BenchReport.threadCpuNanos();
            long nanos = replay(options.events, rates);
            long cpu = BenchReport.threadCpuNanos() - cpuStart;
            double[] sorted = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int measured = options.events;
            report.line("%d events decoded and applied in %.1f ms; the model held up to %d orders (one day)",
                    measured, nanos / 1e6, largestModel);
            report.line("events/s per day replayed (or part of one): min %.0f median %.0f max %.0f", sorted[0],
                    sorted[sorted.length / 2], sorted[sorted.length - 1]);
            report.line("on this thread's CPU time: %.1f ms, %.0f events per CPU second", cpu / 1e6,
                    measured / (cpu / 1e9));
            report.key("events_per_s", measured / (nanos / 1e9)).key("events_per_cpu_s", measured / (cpu / 1e9))
                    .key("median_chunk_events_per_s", sorted[sorted.length / 2])
                    .key("us_per_event", nanos / 1e3 / measured);
        } finally {
            if (live != null) {
                live.close();
            }
            scheduler.shutdownNow();
        }
    }

    /**
     * Applies the next {@code events} frames of the day, starting the next day (and model) where one ends;
     * returns the nanoseconds decode + apply took. Adds each day's (or part day's) events/s to {@code rates}.
     */
    private long replay(int events, List<Double> rates) {
        long total = 0;
        while (events > 0) {
            if (position == day.size()) {
                largestModel = Math.max(largestModel, live.orders().size());
                live.close();
                live = newModel();
                position = 0;
            }
            int end = Math.min(day.size(), position + events);
            long took = apply(live, day, position, end);
            total += took;
            rates.add((end - position) / (took / 1e9));
            events -= end - position;
            position = end;
        }
        largestModel = Math.max(largestModel, live.orders().size());
        return total;
    }

    /**
     * Drops what a closed model cancelled (its 2 s fill refresh) from the queue at once: a day replays in
     * about a tenth of a second, and queued tasks would keep a dozen finished days' models on the heap.
     */
    private static ScheduledThreadPoolExecutor newScheduler() {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "bench-live-account");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }

    private LiveAccount newModel() {
        return new LiveAccount(silent, scheduler, Clock.systemUTC(), LiveAccountSettings.defaults(), null);
    }

    /** Decodes and applies frames {@code from} to {@code to}; returns the nanoseconds it took. */
    private static long apply(LiveAccount live, List<byte[]> frames, int from, int to) {
        long start = System.nanoTime();
        for (int i = from; i < to; i++) {
            if (TradeUpdateMessages.parse(frames.get(i)) instanceof StreamMessage.Update update) {
                live.onTradeUpdate(update.update());
            } else {
                throw new IllegalStateException("a benchmark frame did not decode as a trade update");
            }
        }
        return System.nanoTime() - start;
    }
}
