package dev.breakwater.ui.health;

import static dev.breakwater.broker.EndpointGroup.ORDERS;
import static dev.breakwater.broker.EndpointGroup.READS;
import static dev.breakwater.broker.EndpointGroup.STREAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.EndpointGroup;
import dev.breakwater.broker.StreamState;
import dev.breakwater.broker.StreamStatus;
import dev.breakwater.resilience.BreakerState;
import dev.breakwater.resilience.HealthEvent;
import dev.breakwater.resilience.HealthSnapshot;
import dev.breakwater.resilience.RejectionReason;
import dev.breakwater.testing.MutableClock;
import dev.breakwater.ui.SameThreadWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthViewModelTest {

    private static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final FakeHealthFeed feed = new FakeHealthFeed(clock);
    private final QueuedExecutor ui = new QueuedExecutor();
    private final SameThreadWork work = new SameThreadWork();
    private HealthViewModel vm;

    private HealthViewModel vm() {
        if (vm == null) {
            vm = new HealthViewModel(feed, clock, ui, work);
        }
        return vm;
    }

    private void tickAfter(Duration step) {
        clock.advance(step);
        vm().tick();
    }

    private static HealthEvent transition(Instant at, EndpointGroup group, BreakerState from,
                                          BreakerState to) {
        return new HealthEvent.BreakerStateChanged(at, group, from, to);
    }

    private static HealthEvent retry(int n) {
        return new HealthEvent.RetryScheduled(T0.plusMillis(n), Endpoint.ACCOUNT, 2, Duration.ofMillis(100), "e" + n);
    }

    // --- tiles ---

    @Test
    void tileBadgesAndColoursFollowTheSnapshots() {
        Map<BreakerState, Tone> expected = Map.of(BreakerState.CLOSED, Tone.SUCCESS, BreakerState.HALF_OPEN, Tone.WARNING,
                BreakerState.OPEN, Tone.DANGER, BreakerState.FORCED_OPEN, Tone.FORCED, BreakerState.DISABLED, Tone.MUTED,
                BreakerState.METRICS_ONLY, Tone.ACCENT);
        for (BreakerState state : BreakerState.values()) {
            feed.state(READS, state);
            tickAfter(Duration.ofSeconds(1));

            BreakerTileModel tile = vm().tile(READS);
            assertThat(tile.stateProperty().get()).isEqualTo(state);
            assertThat(tile.stateTextProperty().get()).isEqualTo(state.name().replace('_', ' '));
            assertThat(tile.stateToneProperty().get()).as("%s", state).isEqualTo(expected.get(state));
            assertThat(tile.canForceOpenProperty().get()).isEqualTo(state != BreakerState.FORCED_OPEN);
        }
        assertThat(vm().tile(ORDERS).stateToneProperty().get()).isEqualTo(Tone.SUCCESS);
    }

    @Test
    void ratesReadNotAvailableBelowTheMinimumCallsThenColourByThreshold() {
        vm().tick();
        BreakerTileModel tile = vm().tile(ORDERS);
        assertThat(tile.failureRateTextProperty().get()).isEqualTo("n/a");
        assertThat(tile.failureRateToneProperty().get()).isEqualTo(Tone.MUTED);
        assertThat(tile.slowCallRateTextProperty().get()).isEqualTo("n/a");

        float[] rates = {0f, 9.9f, 10f, 49.9f, 50f, 100f};
        Tone[] tones = {Tone.SUCCESS, Tone.SUCCESS, Tone.WARNING, Tone.WARNING, Tone.DANGER, Tone.DANGER};
        for (int i = 0; i < rates.length; i++) {
            feed.breaker(ORDERS, BreakerState.CLOSED, rates[i], rates[i], 10, 0, 0, 0);
            tickAfter(Duration.ofSeconds(1));
            assertThat(tile.failureRateToneProperty().get()).as("%s %%", rates[i]).isEqualTo(tones[i]);
            assertThat(tile.slowCallRateToneProperty().get()).isEqualTo(tones[i]);
        }
        assertThat(tile.failureRateTextProperty().get()).isEqualTo("100.0 %");
        feed.breaker(ORDERS, BreakerState.CLOSED, 12.5f, -1f, 10, 0, 0, 0);
        tickAfter(Duration.ofSeconds(1));
        assertThat(tile.failureRateTextProperty().get()).isEqualTo("12.5 %");
        assertThat(tile.slowCallRateTextProperty().get()).isEqualTo("n/a");
    }

    @Test
    void callsPerSecondComeFromTheDeltaOfTheGroupsCumulativeCalls() {
        feed.calls(Endpoint.PLACE_ORDER, 6).calls(Endpoint.CANCEL_ORDER, 4).calls(Endpoint.ACCOUNT, 100);
        vm().tick();
        BreakerTileModel orders = vm().tile(ORDERS);
        assertThat(orders.rateHistoryProperty().get()).as("no baseline before the first tick").isEmpty();
        assertThat(orders.rateTextProperty().get()).isEqualTo("–");

        feed.calls(Endpoint.PLACE_ORDER, 9).calls(Endpoint.CANCEL_ORDER, 7); // +6 orders calls; reads unchanged
        tickAfter(Duration.ofSeconds(1));
        feed.calls(Endpoint.PLACE_ORDER, 19); // +10 over two seconds
        tickAfter(Duration.ofSeconds(2));
        feed.calls(Endpoint.PLACE_ORDER, 0).calls(Endpoint.CANCEL_ORDER, 0); // replaced counters: no negative rate
        tickAfter(Duration.ofSeconds(1));

        assertThat(orders.rateHistoryProperty().get()).containsExactly(6.0, 5.0, 0.0);
        assertThat(orders.rateTextProperty().get()).isEqualTo("0.0");
        assertThat(vm().tile(READS).rateHistoryProperty().get()).containsExactly(0.0, 0.0, 0.0);
        assertThat(orders.rateUnit()).isEqualTo("calls/s");
    }

    @Test
    void theStreamTileCountsConnects() {
        feed.stream = new StreamStatus(StreamState.LIVE, null, 0, null, T0, 1, 0);
        vm().tick();
        feed.stream = new StreamStatus(StreamState.LIVE, null, 0, null, T0, 3, 0);
        tickAfter(Duration.ofSeconds(1));

        assertThat(vm().tile(STREAM).rateHistoryProperty().get()).containsExactly(2.0);
        assertThat(vm().tile(STREAM).rateUnit()).isEqualTo("connects/s");
    }

    @Test
    void theHistoryKeepsTheLast120Points() {
        vm().tick();
        for (int i = 1; i <= 130; i++) {
            feed.calls(Endpoint.ACCOUNT, (long) i * (i + 1) / 2); // the i-th second has i calls
            tickAfter(Duration.ofSeconds(1));
        }

        List<Double> history = vm().tile(READS).rateHistoryProperty().get();
        assertThat(history).hasSize(BreakerTileModel.HISTORY_POINTS);
        assertThat(history.get(0)).isEqualTo(11.0);
        assertThat(history.get(119)).isEqualTo(130.0);
    }

    @Test
    void latencyAndCountsAreShown() {
        feed.latencies.put(READS, new HealthSnapshot.Latency(READS, 40, Duration.ofMillis(87), Duration.ofMillis(420),
                Duration.ofMillis(1250)));
        feed.breaker(READS, BreakerState.CLOSED, 25f, 10f, 20, 5, 2, 7);
        vm().tick();

        BreakerTileModel tile = vm().tile(READS);
        assertThat(tile.p50Property().get()).isEqualTo("87 ms");
        assertThat(tile.p90Property().get()).isEqualTo("420 ms");
        assertThat(tile.p99Property().get()).isEqualTo("1.25 s");
        assertThat(tile.successfulProperty().get()).isEqualTo(15);
        assertThat(tile.failedProperty().get()).isEqualTo(5);
        assertThat(tile.slowProperty().get()).isEqualTo(2);
        assertThat(tile.notPermittedProperty().get()).isEqualTo(7);
        assertThat(vm().tile(ORDERS).p99Property().get()).as("no calls yet").isEqualTo("–");
    }

    @Test
    void theStateIsDatedByItsTransitionEventElseByWhenItWasFirstSeen() {
        feed.recent.add(transition(T0.minusSeconds(30), ORDERS, BreakerState.CLOSED, BreakerState.OPEN));
        feed.state(ORDERS, BreakerState.OPEN);
        vm().tick();
        assertThat(vm().tile(ORDERS).stateSinceProperty().get()).isEqualTo(T0.minusSeconds(30));
        assertThat(vm().tile(ORDERS).stateSinceTextProperty().get()).isEqualTo("since 14:59:30 (30 s)");
        assertThat(vm().tile(READS).stateSinceProperty().get()).as("no event: first seen").isEqualTo(T0);

        feed.state(READS, BreakerState.FORCED_OPEN); // forced open by someone else: seen by polling only
        tickAfter(Duration.ofSeconds(1));
        assertThat(vm().tile(READS).stateSinceProperty().get()).isEqualTo(T0.plusSeconds(1));

        feed.publish(transition(T0.plusMillis(1_500), ORDERS, BreakerState.OPEN, BreakerState.HALF_OPEN));
        ui.runAll();
        assertThat(vm().tile(ORDERS).stateProperty().get()).as("moved by the event, before the tick")
                .isEqualTo(BreakerState.HALF_OPEN);
        assertThat(vm().tile(ORDERS).stateSinceProperty().get()).isEqualTo(T0.plusMillis(1_500));
    }

    // --- events ---

    @Test
    void eventsFromAnotherThreadAreParkedAndDrainedInOneRunnable() throws Exception {
        vm();
        Thread producer = new Thread(() -> {
            for (int i = 0; i < 1_000; i++) {
                feed.publish(retry(i));
            }
        });
        producer.start();
        producer.join();

        assertThat(ui.executed.get()).as("one drain for the whole burst").isEqualTo(1);
        assertThat(vm().eventLog()).as("nothing applied before the drain runs").isEmpty();

        ui.runAll();

        assertThat(vm().eventLog()).hasSize(500);
        assertThat(vm().eventLog().get(0).text()).endsWith("after e999");
        assertThat(vm().eventLog().get(499).text()).endsWith("after e500");
        assertThat(vm().drainsScheduled()).isEqualTo(1);

        feed.publish(retry(1_000));
        assertThat(ui.executed.get()).as("the next event schedules the next drain").isEqualTo(2);
        ui.runAll();
        assertThat(vm().eventLog().get(0).text()).endsWith("after e1000");
    }

    @Test
    void theLogIsSeededNewestFirstThenLiveEventsGoOnTopCappedAt500() {
        for (int i = 0; i < 300; i++) {
            feed.recent.add(retry(i));
        }
        vm();
        assertThat(vm().eventLog()).hasSize(300);
        assertThat(vm().eventLog().get(0).text()).endsWith("after e299");

        for (int i = 300; i < 600; i++) {
            feed.publish(retry(i));
        }
        ui.runAll();

        assertThat(vm().eventLog()).hasSize(500);
        assertThat(vm().eventLog().get(0).text()).endsWith("after e599");
        assertThat(vm().eventLog().get(499).text()).endsWith("after e100");
        for (int i = 1; i < 500; i++) {
            assertThat(vm().eventLog().get(i - 1).time()).isAfter(vm().eventLog().get(i).time());
        }
    }

    @Test
    void anEventSeenInTheBacklogAndParkedIsLoggedOnce() {
        HealthEvent both = new HealthEvent.CallRejected(T0, Endpoint.PLACE_ORDER, RejectionReason.values()[0]);
        feed.recent.add(both);
        vm();
        feed.publish(both); // published between subscribe() and recentEvents()
        feed.publish(retry(1));
        ui.runAll();

        assertThat(vm().eventLog()).extracting(EventLogEntry::kind).containsExactly("retry", "rejected");
    }

    @Test
    void eventKindsAndTones() {
        vm();
        feed.publish(transition(T0, ORDERS, BreakerState.CLOSED, BreakerState.OPEN));
        feed.publish(new HealthEvent.RateLimited(T0, Endpoint.ACCOUNT, HealthEvent.RateLimited.Source.BROKER,
                Duration.ofSeconds(2)));
        feed.publish(new HealthEvent.RetriesExhausted(T0, Endpoint.PLACE_ORDER, 4, true, "timeout"));
        feed.publish(transition(T0, ORDERS, BreakerState.HALF_OPEN, BreakerState.CLOSED));
        ui.runAll();

        assertThat(vm().eventLog()).extracting(EventLogEntry::kind, EventLogEntry::tone).containsExactly(
                tuple("breaker", Tone.SUCCESS),
                tuple("gave-up", Tone.DANGER),
                tuple("rate-limit", Tone.WARNING),
                tuple("breaker", Tone.DANGER));
        assertThat(vm().eventLog().get(1).text()).contains("order outcome unknown");
    }

    @Test
    void theShellsLinesGoOnTop() {
        vm().log("reconcile", "3 orders reconciled after reconnect");

        assertThat(vm().eventLog().get(0)).isEqualTo(
                new EventLogEntry(T0, "reconcile", "3 orders reconciled after reconnect", Tone.ACCENT));
    }

    @Test
    void afterCloseEventsNoLongerArrive() {
        vm().close();
        feed.publish(retry(1));

        assertThat(ui.executed.get()).isZero();
        assertThat(feed.listeners).isEmpty();
    }

    // --- stream ---

    @Test
    void theStreamBoxShowsAgeAndTurnsStaleAfter30Seconds() {
        vm().tick();
        assertThat(vm().stream().stateTextProperty().get()).isEqualTo("NOT STARTED");

        feed.stream = new StreamStatus(StreamState.LIVE, null, 0, null, T0, 1, 2);
        tickAfter(Duration.ofSeconds(30));
        StreamModel stream = vm().stream();
        assertThat(stream.stateTextProperty().get()).isEqualTo("LIVE");
        assertThat(stream.lastMessageAgeTextProperty().get()).isEqualTo("30 s ago");
        assertThat(stream.staleProperty().get()).isFalse();
        assertThat(stream.toneProperty().get()).isEqualTo(Tone.SUCCESS);
        assertThat(stream.malformedProperty().get()).isEqualTo(2);

        tickAfter(Duration.ofSeconds(1));
        assertThat(stream.staleProperty().get()).isTrue();
        assertThat(stream.toneProperty().get()).isEqualTo(Tone.WARNING);
        assertThat(vm().statusStrip().live().tooltipProperty().get()).contains("31 s ago (stale)");
    }

    @Test
    void aReconnectingStreamShowsAttemptAndCountdown() {
        feed.stream = new StreamStatus(StreamState.RECONNECTING, "connection reset", 3, T0.plusMillis(3_200), T0, 2, 0);
        vm().tick();

        assertThat(vm().stream().attemptTextProperty().get()).isEqualTo("attempt 3");
        assertThat(vm().stream().nextTryTextProperty().get()).isEqualTo("next try in 4 s");
        assertThat(vm().stream().reasonProperty().get()).isEqualTo("connection reset");
        assertThat(vm().stream().toneProperty().get()).isEqualTo(Tone.DANGER);
    }

    @Test
    void theTickLogsStreamStateChangesAndReconnects() {
        feed.stream = new StreamStatus(StreamState.LIVE, null, 0, null, T0, 1, 0);
        vm().tick();
        assertThat(vm().eventLog()).as("the first status is a baseline").isEmpty();

        feed.stream = new StreamStatus(StreamState.RECONNECTING, "connection reset", 1, T0.plusSeconds(2), T0, 1, 0);
        tickAfter(Duration.ofSeconds(1));
        feed.stream = new StreamStatus(StreamState.LIVE, null, 0, null, T0.plusSeconds(3), 2, 0);
        tickAfter(Duration.ofSeconds(2));
        tickAfter(Duration.ofSeconds(1));

        assertThat(vm().eventLog()).extracting(EventLogEntry::kind, EventLogEntry::text).containsExactly(
                tuple("stream", "Stream RECONNECTING -> LIVE"),
                tuple("reconnect", "Stream connection #2 opened"),
                tuple("stream", "Stream LIVE -> RECONNECTING (attempt 1): connection reset"));
    }

    // --- retry table, rate limit ---

    @Test
    void theRetryTableHasOneRowPerEndpointWithCallsUpdatedInPlace() {
        feed.retries(Endpoint.ACCOUNT, 5, 2, 1, 0, Map.of(1, 8L, 2, 3L, 3, 1L, 4, 1L, 5, 2L));
        vm().tick();
        assertThat(vm().retryRows()).extracting(RetryRow::name).containsExactly("account");
        RetryRow account = vm().retryRows().get(0);
        assertThat(account.firstAttemptsProperty().get()).isEqualTo(8);
        assertThat(account.secondAttemptsProperty().get()).isEqualTo(3);
        assertThat(account.thirdAttemptsProperty().get()).isEqualTo(1);
        assertThat(account.laterAttemptsProperty().get()).as("4 and 5 together").isEqualTo(3);
        assertThat(account.successfulWithoutRetryProperty().get()).isEqualTo(5);
        assertThat(account.successfulWithRetryProperty().get()).isEqualTo(2);
        assertThat(account.failedWithRetryProperty().get()).isEqualTo(1);
        assertThat(account.failedWithoutRetryProperty().get()).isZero();

        feed.calls(Endpoint.PLACE_ORDER, 1).retries(Endpoint.ACCOUNT, 6, 2, 1, 0, Map.of(1, 9L));
        tickAfter(Duration.ofSeconds(1));

        assertThat(vm().retryRows()).extracting(RetryRow::name).containsExactly("place_order", "account");
        assertThat(vm().retryRows().get(1)).as("same row object").isSameAs(account);
        assertThat(account.successfulWithoutRetryProperty().get()).isEqualTo(6);
    }

    @Test
    void rateLimitHeadroomFromTheBrokerAndTheLocalLimiter() {
        vm().tick();
        RateLimitModel limit = vm().rateLimit();
        assertThat(limit.brokerKnownProperty().get()).isFalse();
        assertThat(limit.brokerTextProperty().get()).isEqualTo("broker quota not seen yet");
        assertThat(limit.localTextProperty().get()).isEqualTo("30 of 30 permits per 10 s");
        assertThat(limit.localHeadroomProperty().get()).isEqualTo(1.0);

        feed.brokerLimit(200, 30, Instant.parse("2026-03-02T15:01:00Z"));
        feed.rateLimit = new HealthSnapshot.RateLimit(feed.rateLimit.broker(), -3, 30, Duration.ofSeconds(10));
        tickAfter(Duration.ofSeconds(1));

        assertThat(limit.brokerKnownProperty().get()).isTrue();
        assertThat(limit.brokerTextProperty().get()).isEqualTo("30 of 200 left, resets 15:01:00");
        assertThat(limit.brokerHeadroomProperty().get()).isEqualTo(0.15);
        assertThat(limit.brokerPercentProperty().get()).isEqualTo("15 %");
        assertThat(limit.brokerToneProperty().get()).isEqualTo(Tone.WARNING);
        assertThat(limit.localHeadroomProperty().get()).as("never negative: a bar reads that as indeterminate").isZero();
        assertThat(limit.localTextProperty().get()).isEqualTo("0 of 30 permits per 10 s (3 calls waiting)");
        assertThat(limit.localToneProperty().get()).isEqualTo(Tone.DANGER);
    }

    @Test
    void aLocalLimitSwitchedOffSaysSo() {
        feed.rateLimit = new HealthSnapshot.RateLimit(Optional.empty(), Integer.MAX_VALUE / 2, Integer.MAX_VALUE / 2,
                Duration.ofSeconds(1));
        vm().tick();

        assertThat(vm().rateLimit().localTextProperty().get()).isEqualTo("local limit off");
    }

    // --- drills, banner, strip, export ---

    @Test
    void drillsGoToTheFeedAndIntoTheLog() {
        vm().forceOpen(ORDERS);
        vm().reset(READS);

        assertThat(feed.drills).containsExactly("forceOpen ORDERS", "reset READS");
        assertThat(vm().eventLog()).extracting(EventLogEntry::text)
                .containsExactly("Reads breaker reset by hand", "Orders breaker forced open by hand");
    }

    @Test
    void theBannerShowsAfterThreeSecondsOfOpenOrdersAndClearsOnTheClosingEvent() {
        feed.openWait = Duration.ofSeconds(10);
        vm().tick();
        feed.state(ORDERS, BreakerState.OPEN);
        feed.publish(transition(T0, ORDERS, BreakerState.CLOSED, BreakerState.OPEN));
        ui.runAll();
        tickAfter(Duration.ofSeconds(2));
        assertThat(vm().banner().isVisible()).isFalse();

        tickAfter(Duration.ofSeconds(1));
        assertThat(vm().banner().isVisible()).isTrue();
        assertThat(vm().banner().getText()).isEqualTo("Orders paused: broker unreachable, retrying in 7 s");

        clock.advance(Duration.ofMillis(300));
        feed.publish(transition(clock.instant(), ORDERS, BreakerState.OPEN, BreakerState.CLOSED));
        ui.runAll();
        assertThat(vm().banner().isVisible()).as("cleared by the event, no tick needed").isFalse();
    }

    @Test
    void theStatusStripHasADotPerBreakerAndOneForTheStream() {
        feed.state(ORDERS, BreakerState.FORCED_OPEN).state(READS, BreakerState.HALF_OPEN);
        feed.stream = new StreamStatus(StreamState.RECONNECTING, "reset", 2, T0.plusSeconds(5), T0, 1, 0);
        vm().tick();

        assertThat(vm().statusStrip().dots()).extracting(StatusDot::id).containsExactly("orders", "reads", "stream", "live");
        assertThat(vm().statusStrip().dots()).extracting(dot -> dot.toneProperty().get())
                .containsExactly(Tone.DANGER, Tone.WARNING, Tone.SUCCESS, Tone.DANGER);
        assertThat(vm().statusStrip().breaker(ORDERS).tooltipProperty().get()).startsWith("Orders breaker FORCED OPEN");
        assertThat(vm().statusStrip().live().tooltipProperty().get())
                .startsWith("Trade stream RECONNECTING, attempt 2, next try in 5 s");
    }

    @Test
    void exportWritesTheLogAsCsvThroughBackgroundWork(@TempDir Path dir) throws Exception {
        vm().log("reconcile", "first");
        clock.advance(Duration.ofSeconds(1));
        vm().log("reconcile", "second");
        Path target = dir.resolve("health.csv");

        vm().exportLog(target);

        assertThat(work.runs()).isEqualTo(1);
        assertThat(Files.readString(target)).isEqualTo("time,kind,text\r\n"
                + "2026-03-02T15:00:00Z,reconcile,first\r\n"
                + "2026-03-02T15:00:01Z,reconcile,second\r\n");
        assertThat(vm().exportStatusProperty().get()).isEqualTo("Exported 2 events to health.csv");
        assertThat(vm().exportingProperty().get()).isFalse();
    }

    @Test
    void aFailedExportSaysWhy(@TempDir Path dir) {
        vm().log("reconcile", "first");

        vm().exportLog(dir.resolve("missing-folder").resolve("health.csv"));

        assertThat(vm().exportStatusProperty().get()).startsWith("Export failed: ");
        assertThat(vm().exportingProperty().get()).isFalse();
    }
}
