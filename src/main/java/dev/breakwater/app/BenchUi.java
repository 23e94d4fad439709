package dev.breakwater.app;

import static dev.breakwater.app.BenchUiToolkit.onFx;

import dev.breakwater.domain.TradeUpdate;
import dev.breakwater.live.LiveAccount;
import dev.breakwater.live.LiveAccountSettings;
import dev.breakwater.ui.LiveBlotterFeed;
import dev.breakwater.ui.OrderRow;
import dev.breakwater.ui.PulseExecutor;
import dev.breakwater.ui.blotter.BlotterView;
import dev.breakwater.ui.blotter.BlotterViewModel;
import dev.breakwater.ui.ExecutorBackgroundWork;
import dev.breakwater.ui.main.Themes;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The harness of {@code bench ui}: the console's live path from the model to the screen, on a shown stage.
 * A producer (the calling thread) applies trade updates to a {@link LiveAccount} at a fixed rate; the
 * {@link LiveBlotterFeed} parks them and drains once per pulse through the {@link PulseExecutor}; the real
 * {@link BlotterView} shows the rows. A warm-up at the same rate comes first (JIT, CSS, cells), then the
 * measured phase, then the blotter is filled to its final size at the same rate, and the heap is read
 * after GC.
 */
final class BenchUi {

    /** Orders working at once in the event mix. */
    static final int WORKING = 500;
    private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(120);

    /** JIT compile time per second of warm-up under which the JIT counts as quiet. */
    static final long JIT_QUIET_MS = 50;
    /** Quiet seconds in a row that end the warm-up (one quiet second was sometimes only a lull). */
    static final int JIT_QUIET_SECONDS = 3;
    /**
     * Events due within this much are applied at once: the producer waits per millisecond slot, not per event.
     * A timed wait every 50 µs cost the producer thread more CPU than the work it paced (on 2 cores, taken
     * from the FX thread); a stream's reader, too, hands over frames in bursts as it reads them.
     */
    private static final long SLOT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    /**
     * {@code warmupSeconds} is the least warm-up (0: none); it goes on a second at a time until the JIT compiled
     * less than {@link #JIT_QUIET_MS} in each of the last {@link #JIT_QUIET_SECONDS}, up to {@code maxWarmupSeconds}.
     */
    record Settings(int rate, int seconds, int warmupSeconds, int maxWarmupSeconds, int orders) {
    }

    private final Settings settings;
    private final PrintWriter out;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bench-ui-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService workers = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bench-ui-work");
        thread.setDaemon(true);
        return thread;
    });
    private final LiveAccount live = new LiveAccount(new BenchUiBroker(), scheduler, Clock.systemUTC(),
            LiveAccountSettings.defaults(), null);
    private final BenchUiEvents events = new BenchUiEvents(WORKING);
    // FX-thread state, set up by show().
    private Stage stage;
    private PulseExecutor pulse;
    private LiveBlotterFeed feed;
    private BlotterViewModel blotter;
    private BenchUiPulseGaps gaps;

    BenchUi(Settings settings, PrintWriter out) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.out = Objects.requireNonNull(out, "out");
    }

    BenchUiResult run() throws Exception {
        BenchUiToolkit.start();
        onFx(this::show);
        double heapBase = heapAfterGcMb();
        Runnable unsubscribe = feed.connect(live);
        try {
            int warmupSeconds = warmUp();
            settle();

            onFx(this::resetGaps);
            long tasksBefore = pulse.tasksRun();
            long pulsesBefore = pulse.pulsesWithWork();
            long drainsBefore = feed.drainsScheduled();
            long measured = (long) settings.rate() * settings.seconds();
            say("measured: %,d events at %,d/s into %d working orders", measured, settings.rate(), WORKING);
            long jitBefore = jitMillis();
            long producerCpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long nanos = produce(measured, events::next);
            long producerCpuMs = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - producerCpuBefore)
                    / 1_000_000;
            settle();
            long jitMs = jitMillis() - jitBefore;
            BenchUiPulseGaps.Figures figures = onFx(gaps::figures);
            long tasks = pulse.tasksRun() - tasksBefore;
            long pulses = pulse.pulsesWithWork() - pulsesBefore;
            double perS = measured * 1e9 / nanos;
            say("  %,d events in %.2f s (%,.0f/s) -> %,d drains (the feed's only FX hand-off; no runLater per event)",
                    measured, nanos / 1e9, perS, feed.drainsScheduled() - drainsBefore);
            say("  %,d pulses: gap median %.1f ms, p99 %.1f ms, max %.1f ms (FX thread CPU in a gap: median %.1f ms,"
                    + " p99 %.1f ms, max %.1f ms); %,d tasks in %,d pulses with work", figures.pulses(),
                    figures.medianMs(), figures.p99Ms(), figures.maxMs(), figures.cpuMedianMs(), figures.cpuP99Ms(),
                    figures.cpuMaxMs(), tasks, pulses);
            say("  the longest gap: %.1f ms = FX thread CPU %.1f ms + GC %.1f ms + FX thread waiting (renderer, idle)"
                    + " %.1f ms + ready without a core %.1f ms; GC in all gaps: %.1f ms", figures.maxMs(),
                    figures.longestCpuMs(), figures.longestGcMs(), figures.longestWaitMs(),
                    figures.longestDescheduledMs(), figures.gcMs());
            say("  FX thread CPU over the phase: %.0f ms (%.1f%% of one core); producer thread CPU: %,d ms;"
                    + " JIT compile time: %,d ms", figures.cpuMs(), figures.cpuMs() * 1e6 / nanos * 100, producerCpuMs,
                    jitMs);

            onFx(this::resetGaps);
            int fresh = Math.max(0, settings.orders() - events.ordersShown());
            say("fill: %,d new orders at %,d/s (blotter to %,d orders)", fresh, settings.rate(), settings.orders());
            produce(fresh, events::fresh);
            settle();
            BenchUiPulseGaps.Figures fill = onFx(gaps::figures);
            int[] shown = onFx(() -> new int[] {blotter.allShownProperty().get(), blotter.workingShownProperty().get(),
                blotter.filledShownProperty().get(), mismatches()});
            say("  pulse gap while filling: p99 %.1f ms, max %.1f ms (FX thread CPU: max %.1f ms)", fill.p99Ms(),
                    fill.maxMs(), fill.cpuMaxMs());
            say("  model %,d orders; blotter rows: all %,d, working %,d, filled %,d; rows differing from the model: %d",
                    live.orders().size(), shown[0], shown[1], shown[2], shown[3]);

            double heap = heapAfterGcMb();
            say("heap used after GC: %.1f MB with %,d rows (%.1f MB with the empty blotter shown)", heap, shown[0],
                    heapBase);
            return new BenchUiResult(measured, perS, figures, tasks, pulses, fill, shown[0], shown[3], heapBase, heap,
                    warmupSeconds, jitMs);
        } finally {
            unsubscribe.run();
            onFx(this::close);
            live.close();
            scheduler.shutdownNow();
            workers.shutdownNow();
        }
    }

    private Void show() {
        pulse = new PulseExecutor().start();
        feed = new LiveBlotterFeed(pulse);
        blotter = new BlotterViewModel(feed.orderRows(), new BenchUiBroker(),
                new ExecutorBackgroundWork(workers, Platform::runLater));
        Scene scene = new Scene(BlotterView.create(blotter).root(), 1440, 900);
        Themes.style(scene);
        Themes.apply(true);
        stage = new Stage();
        stage.setTitle("Breakwater bench ui");
        stage.setScene(scene);
        stage.show();
        gaps = new BenchUiPulseGaps();
        gaps.start();
        return null;
    }

    private Void resetGaps() {
        gaps.reset();
        return null;
    }

    private Void close() {
        gaps.stop();
        pulse.stop();
        stage.hide();
        return null;
    }

    /**
     * The same load as measured, for the least warm-up and then while the JIT still compiles (its work on 2 cores
     * takes a core from the FX thread and leaves the FX code half compiled); returns the seconds it took.
     */
    private int warmUp() {
        int seconds = settings.warmupSeconds();
        produce((long) settings.rate() * seconds, events::next);
        long lastSecondJitMs = 0;
        int quiet = 0;
        while (seconds > 0 && seconds < settings.maxWarmupSeconds() && quiet < JIT_QUIET_SECONDS) {
            long before = jitMillis();
            produce(settings.rate(), events::next);
            seconds++;
            lastSecondJitMs = jitMillis() - before;
            quiet = lastSecondJitMs < JIT_QUIET_MS ? quiet + 1 : 0;
        }
        say("warm-up: %,d events in %d s at %,d/s (at least %d s, then until the JIT compiled under %d ms in each of"
                + " %d seconds in a row, at most %d s; in the last second: %d ms)", (long) settings.rate() * seconds,
                seconds, settings.rate(), settings.warmupSeconds(), JIT_QUIET_MS, JIT_QUIET_SECONDS,
                settings.maxWarmupSeconds(), lastSecondJitMs);
        return seconds;
    }

    /** The JIT's compile time so far, all compiler threads; 0 where the JVM does not tell. */
    private static long jitMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /**
     * Applies {@code count} events at the set rate on this thread, a millisecond's worth at a time; returns the
     * nanoseconds it took.
     */
    private long produce(long count, Supplier<TradeUpdate> next) {
        long start = System.nanoTime();
        double interval = 1e9 / settings.rate();
        for (long i = 0; i < count; i++) {
            long wait = start + (long) (i * interval) - System.nanoTime();
            if (wait > SLOT_NANOS) {
                LockSupport.parkNanos(wait);
            }
            live.onTradeUpdate(next.get());
        }
        return System.nanoTime() - start;
    }

    /** Waits until every drain handed to the FX thread has run, and the FX thread is past it. */
    private void settle() throws Exception {
        long deadline = System.nanoTime() + SETTLE_NANOS;
        long drains;
        do {
            drains = feed.drainsScheduled();
            while (pulse.tasksRun() < drains) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("the FX thread did not catch up with the feed");
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
            onFx(() -> null);
        } while (feed.drainsScheduled() != drains);
    }

    /** Rows whose version is not the model's, plus orders of the model without a row. FX thread. */
    private int mismatches() {
        int differing = 0;
        for (OrderRow row : feed.orderRows()) {
            if (!live.order(row.id()).map(order -> order.equals(row.order())).orElse(false)) {
                differing++;
            }
        }
        return differing + Math.max(0, live.orders().size() - feed.orderRows().size());
    }

    private static double heapAfterGcMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    private void say(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }
}
