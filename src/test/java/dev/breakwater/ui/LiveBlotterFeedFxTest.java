package dev.breakwater.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The coalescer on the real FX thread (headless Monocle): {@code Platform::runLater} as the UI executor. */
class LiveBlotterFeedFxTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void burstThroughPlatformRunLaterEndsWithTheModelsLatestState() throws Exception {
        Burst burst = new Burst();
        CountingExecutor ui = new CountingExecutor(Platform::runLater);
        LiveBlotterFeed feed = WaitForAsyncUtils.asyncFx(() -> new LiveBlotterFeed(ui)).get(10, TimeUnit.SECONDS);
        feed.connect(burst.live);

        burst.start(50_000).join();
        WaitForAsyncUtils.waitForFxEvents();

        System.out.printf("coalescer, Platform::runLater: 50000 events -> %d UI runnables (max queued %d)%n",
                ui.executed.get(), ui.maxPending.get());
        assertThat(ui.maxPending.get()).isLessThanOrEqualTo(1);
        WaitForAsyncUtils.asyncFx(() -> LiveBlotterFeedTest.assertRowsMatchModel(feed, burst))
                .get(10, TimeUnit.SECONDS);
    }
}
