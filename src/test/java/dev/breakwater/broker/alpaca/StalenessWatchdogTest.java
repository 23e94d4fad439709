package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StalenessWatchdogTest {

    private static final Instant T0 = Instant.parse("2026-03-02T14:30:00Z");
    private final StalenessWatchdog watchdog = new StalenessWatchdog(Duration.ofSeconds(30));

    @Test
    void aConnectionWithoutAnyFrameIsStaleThirtySecondsAfterItWasOpened() {
        watchdog.reset(T0);

        assertThat(watchdog.check(T0.plusSeconds(29), 0)).isEmpty();
        assertThat(watchdog.check(T0.plusSeconds(30), 0)).contains(Duration.ofSeconds(30));
        assertThat(watchdog.lastSign()).isNull();
    }

    @Test
    void aFrameRestartsTheCount() {
        watchdog.reset(T0);
        watchdog.frameArrived(T0.plusSeconds(20));

        assertThat(watchdog.check(T0.plusSeconds(49), 0)).isEmpty();
        assertThat(watchdog.check(T0.plusSeconds(50), 0)).isPresent();
        assertThat(watchdog.lastSign()).isEqualTo(T0.plusSeconds(20));
    }

    @Test
    void aGrowingPongCountIsASignOfLifeAtTheCheck() {
        watchdog.reset(T0);

        assertThat(watchdog.check(T0.plusSeconds(10), 1)).isEmpty();
        assertThat(watchdog.check(T0.plusSeconds(39), 1)).isEmpty();
        assertThat(watchdog.check(T0.plusSeconds(40), 1)).as("no new pong since 10 s").isPresent();
        assertThat(watchdog.check(T0.plusSeconds(41), 2)).isEmpty();
        assertThat(watchdog.lastSign()).isEqualTo(T0.plusSeconds(41));
    }

    @Test
    void anUnknownPongCountLeavesOnlyTheFrames() {
        watchdog.reset(T0);

        assertThat(watchdog.check(T0.plusSeconds(30), -1)).isPresent();
    }
}
