package dev.breakwater.ui.health;

import static dev.breakwater.resilience.BreakerState.CLOSED;
import static dev.breakwater.resilience.BreakerState.DISABLED;
import static dev.breakwater.resilience.BreakerState.FORCED_OPEN;
import static dev.breakwater.resilience.BreakerState.HALF_OPEN;
import static dev.breakwater.resilience.BreakerState.OPEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.StreamState;
import dev.breakwater.broker.StreamStatus;
import dev.breakwater.resilience.BreakerState;
import dev.breakwater.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderChannelBannerTest {

    private static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final MutableClock clock = new MutableClock(T0);
    private final OrderChannelBanner banner = new OrderChannelBanner(clock);

    private void at(long millis, BreakerState orders, Instant since) {
        clock.set(T0.plusMillis(millis));
        banner.update(orders, since, WAIT, null);
    }

    private void streamAt(long millis, StreamStatus stream) {
        clock.set(T0.plusMillis(millis));
        banner.update(CLOSED, T0, WAIT, stream);
    }

    private static StreamStatus reconnecting(int attempt, Instant nextTryAt) {
        return new StreamStatus(StreamState.RECONNECTING, "connection reset", attempt, nextTryAt, T0, 3, 0);
    }

    private static StreamStatus live() {
        return new StreamStatus(StreamState.LIVE, null, 0, null, T0, 4, 0);
    }

    @Test
    void startsHiddenAndEmpty() {
        assertThat(banner.isVisible()).isFalse();
        assertThat(banner.getText()).isEmpty();
    }

    @Test
    void anOpenBreakerIsHiddenAt2900MsAndShownAt3s() {
        at(0, OPEN, T0);
        assertThat(banner.isVisible()).isFalse();
        at(2_900, OPEN, T0);
        assertThat(banner.isVisible()).isFalse();
        assertThat(banner.getText()).isEmpty();

        at(3_000, OPEN, T0);

        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).isEqualTo("Orders paused: broker unreachable, retrying in 12 s");
    }

    @Test
    void theCountdownRunsFromTheOpenWaitAndTheTimeItOpened() {
        at(0, OPEN, T0);
        at(7_000, OPEN, T0);
        assertThat(banner.getText()).isEqualTo("Orders paused: broker unreachable, retrying in 8 s");
        at(7_500, OPEN, T0);
        assertThat(banner.getText()).as("rounded up: time remains").isEqualTo("Orders paused: broker unreachable, retrying in 8 s");
        at(14_001, OPEN, T0);
        assertThat(banner.getText()).isEqualTo("Orders paused: broker unreachable, retrying in 1 s");
        at(15_000, OPEN, T0);
        assertThat(banner.getText()).isEqualTo("Orders paused: broker unreachable, retrying now");
        at(20_000, OPEN, T0);
        assertThat(banner.getText()).as("never negative").isEqualTo("Orders paused: broker unreachable, retrying now");
    }

    @Test
    void clearsAtTheFirstUpdateThatFindsTheBreakerClosed() {
        at(0, OPEN, T0);
        at(5_000, OPEN, T0);
        assertThat(banner.isVisible()).isTrue();

        at(5_001, CLOSED, T0.plusMillis(5_001));

        assertThat(banner.isVisible()).isFalse();
        assertThat(banner.getText()).isEmpty();
    }

    @Test
    void flappingUnderThreeSecondsNeverShows() {
        for (int cycle = 0; cycle < 10; cycle++) {
            long start = cycle * 3_000L;
            Instant opened = T0.plusMillis(start);
            for (long t = 0; t <= 2_900; t += 100) {
                at(start + t, OPEN, opened);
                assertThat(banner.isVisible()).as("cycle %d at +%d ms", cycle, t).isFalse();
            }
            at(start + 2_950, CLOSED, opened.plusMillis(2_950));
            assertThat(banner.isVisible()).isFalse();
        }
    }

    @Test
    void theOutageRunsOnAcrossOpenAndHalfOpenAndSaysWhatIsHappening() {
        at(0, OPEN, T0);
        at(2_000, HALF_OPEN, T0.plusSeconds(2));
        assertThat(banner.isVisible()).isFalse();

        at(3_000, HALF_OPEN, T0.plusSeconds(2));

        assertThat(banner.isVisible()).as("down since 0 s, in whichever not-closed state").isTrue();
        assertThat(banner.getText()).isEqualTo("Orders: trying the broker again — the next orders are trial calls");

        at(4_000, OPEN, T0.plusSeconds(4));
        assertThat(banner.getText()).isEqualTo("Orders paused: broker unreachable, retrying in 15 s");
    }

    @Test
    void aForcedOpenBreakerSaysItIsADrill() {
        at(0, FORCED_OPEN, T0);
        at(3_000, FORCED_OPEN, T0);

        assertThat(banner.getText())
                .isEqualTo("Orders paused: breaker forced open (drill) — reset it on the Health panel");
    }

    @Test
    void aStateEnteredBeforeTheFirstUpdateCountsFromItsEntry() {
        at(3_500, OPEN, T0);

        assertThat(banner.isVisible()).as("open for 3.5 s when first seen").isTrue();
        assertThat(banner.getText()).isEqualTo("Orders paused: broker unreachable, retrying in 12 s");
    }

    @Test
    void aDisabledBreakerLetsOrdersThroughAndShowsNothing() {
        at(0, DISABLED, T0);
        at(60_000, DISABLED, T0);

        assertThat(banner.isVisible()).isFalse();
    }

    @Test
    void aReconnectingStreamShowsItsOwnTextAfterThreeSeconds() {
        streamAt(0, reconnecting(3, T0.plusSeconds(7)));
        streamAt(2_999, reconnecting(3, T0.plusSeconds(7)));
        assertThat(banner.isVisible()).isFalse();

        streamAt(3_000, reconnecting(3, T0.plusSeconds(7)));

        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).isEqualTo("Live updates interrupted: reconnecting (attempt 3) in 4 s");

        streamAt(7_000, reconnecting(3, T0.plusSeconds(7)));
        assertThat(banner.getText()).isEqualTo("Live updates interrupted: reconnecting (attempt 3) now");

        streamAt(7_100, live());
        assertThat(banner.isVisible()).isFalse();
    }

    @Test
    void streamTextsForTheOtherStates() {
        streamAt(0, new StreamStatus(StreamState.STALE, "no frame for 30 s", 0, null, T0, 1, 0));
        streamAt(3_000, new StreamStatus(StreamState.STALE, "no frame for 30 s", 0, null, T0, 1, 0));
        assertThat(banner.getText()).isEqualTo("Live updates interrupted: no message from the broker, reconnecting");

        streamAt(4_000, new StreamStatus(StreamState.CONNECTING, null, 2, null, T0, 1, 0));
        assertThat(banner.getText()).isEqualTo("Live updates interrupted: connecting (attempt 2)…");

        streamAt(5_000, new StreamStatus(StreamState.STOPPED, "unauthorized", 0, null, T0, 1, 0));
        assertThat(banner.getText()).isEqualTo("Live updates stopped: unauthorized");
    }

    @Test
    void bothChannelsDownShowBothOrdersFirst() {
        clock.set(T0);
        banner.update(OPEN, T0, WAIT, reconnecting(1, T0.plusSeconds(10)));
        clock.set(T0.plusSeconds(3));
        banner.update(OPEN, T0, WAIT, reconnecting(1, T0.plusSeconds(10)));

        assertThat(banner.getText()).isEqualTo("Orders paused: broker unreachable, retrying in 12 s"
                + OrderChannelBanner.SEPARATOR + "Live updates interrupted: reconnecting (attempt 1) in 7 s");

        clock.set(T0.plusSeconds(4));
        banner.update(CLOSED, T0.plusSeconds(4), WAIT, reconnecting(1, T0.plusSeconds(10)));
        assertThat(banner.getText()).isEqualTo("Live updates interrupted: reconnecting (attempt 1) in 6 s");
    }

    @Test
    void aStreamNotStartedShowsNothing() {
        streamAt(0, null);
        streamAt(60_000, null);

        assertThat(banner.isVisible()).isFalse();
    }
}
