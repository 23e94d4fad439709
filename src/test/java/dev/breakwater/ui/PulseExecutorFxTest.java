package dev.breakwater.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The coalescer with the pulse-gated executor on the real FX thread (headless Monocle): 50,000 events
 * from another thread reach the blotter rows in at most one drain per pulse, and the rows end equal to
 * the model.
 */
class PulseExecutorFxTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aBurstIsAppliedAtMostOncePerPulse() throws Exception {
        Burst burst = new Burst();
        AtomicLong pulses = new AtomicLong();
        AtomicReference<AnimationTimer> counter = new AtomicReference<>();
        PulseExecutor pulse = WaitForAsyncUtils.asyncFx(() -> {
            AnimationTimer timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulses.incrementAndGet();
                }
            };
            timer.start();
            counter.set(timer);
            return new PulseExecutor().start();
        }).get(10, TimeUnit.SECONDS);
        LiveBlotterFeed feed = WaitForAsyncUtils.asyncFx(() -> new LiveBlotterFeed(pulse)).get(10, TimeUnit.SECONDS);
        long pulsesBefore = pulses.get();
        feed.connect(burst.live);

        burst.start(50_000).join();
        long drainsScheduled = feed.drainsScheduled();
        while (pulse.tasksRun() < drainsScheduled) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        long pulsesDuring = pulses.get() - pulsesBefore;
        WaitForAsyncUtils.asyncFx(() -> {
            pulse.stop();
            counter.get().stop();
        }).get(10, TimeUnit.SECONDS);

        System.out.printf("coalescer, pulse-gated: 50000 events -> %d drains in %d pulses with work (%d pulses)%n",
                pulse.tasksRun(), pulse.pulsesWithWork(), pulsesDuring);
        assertThat(pulse.tasksRun()).as("one drain per pulse with work").isEqualTo(pulse.pulsesWithWork());
        assertThat(pulse.pulsesWithWork()).isLessThanOrEqualTo(pulsesDuring + 1);
        WaitForAsyncUtils.asyncFx(() -> LiveBlotterFeedTest.assertRowsMatchModel(feed, burst))
                .get(10, TimeUnit.SECONDS);
    }
}
