package dev.breakwater.resilience;

import static dev.breakwater.broker.Endpoint.ACCOUNT;
import static dev.breakwater.broker.Endpoint.CLOCK;
import static dev.breakwater.broker.Endpoint.PLACE_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.EndpointGroup;
import dev.breakwater.broker.ForbiddenException;
import dev.breakwater.broker.RateLimitStatus;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class BrokerHealthTest {

    private final Harness h = new Harness();

    @Test
    void aFreshSnapshotShowsEveryBreakerClosedWithRatesNotAvailable() {
        HealthSnapshot snapshot = h.health.snapshot();

        assertThat(snapshot.takenAt()).isEqualTo(Harness.START);
        assertThat(snapshot.breakers()).containsOnlyKeys(EndpointGroup.values());
        assertThat(snapshot.breakers().values()).allSatisfy(breaker -> {
            assertThat(breaker.state()).isEqualTo(BreakerState.CLOSED);
            assertThat(breaker.failureRate()).isEqualTo(-1f);
            assertThat(breaker.failureRatePercent()).isEmpty();
            assertThat(breaker.slowCallRatePercent()).isEmpty();
            assertThat(breaker.bufferedCalls()).isZero();
        });
        assertThat(snapshot.retries()).containsOnlyKeys(Endpoint.values());
        assertThat(snapshot.latencies()).containsOnlyKeys(EndpointGroup.values());
        assertThat(snapshot.latency(EndpointGroup.READS).count()).isZero();
    }

    @Test
    void theSnapshotReflectsBreakerStatesAndCounts() {
        h.raw.on(ACCOUNT).alwaysThrow(Fixtures.refused(ACCOUNT));
        assertThatThrownBy(h.broker::getAccount).isInstanceOf(RetriesExhaustedException.class);
        assertThatThrownBy(h.broker::getAccount).isInstanceOf(CallRejectedException.class);
        assertThatThrownBy(h.broker::getAccount).isInstanceOf(CallRejectedException.class);
        h.health.forceOpen(EndpointGroup.ORDERS);

        HealthSnapshot snapshot = h.health.snapshot();

        HealthSnapshot.Breaker reads = snapshot.breaker(EndpointGroup.READS);
        assertThat(reads.state()).isEqualTo(BreakerState.OPEN);
        assertThat(reads.failureRatePercent()).hasValue(100.0);
        assertThat(reads.bufferedCalls()).isEqualTo(5);
        assertThat(reads.failedCalls()).isEqualTo(5);
        assertThat(reads.slowCalls()).isZero();
        assertThat(reads.notPermittedCalls()).isEqualTo(2);
        assertThat(snapshot.breaker(EndpointGroup.ORDERS).state()).isEqualTo(BreakerState.FORCED_OPEN);
        assertThat(snapshot.breaker(EndpointGroup.ORDERS).state().rejectsCalls()).isTrue();
        assertThat(snapshot.breaker(EndpointGroup.STREAM).state()).isEqualTo(BreakerState.CLOSED);
    }

    @Test
    void theSnapshotCountsRetryOutcomesAndAttemptsPerEndpoint() {
        h.raw.on(CLOCK)
                .thenReturn(Fixtures.marketClock())
                .thenThrow(Fixtures.timeout(CLOCK)).thenReturn(Fixtures.marketClock())
                .thenThrow(Fixtures.forbidden(CLOCK));
        h.broker.getClock();
        h.broker.getClock();
        assertThatThrownBy(h.broker::getClock).isInstanceOf(ForbiddenException.class);

        HealthSnapshot.Retries clock = h.health.snapshot().retries(CLOCK);

        assertThat(clock.successfulWithoutRetry()).isEqualTo(1);
        assertThat(clock.successfulWithRetry()).isEqualTo(1);
        assertThat(clock.failedWithoutRetry()).isEqualTo(1);
        assertThat(clock.failedWithRetry()).isZero();
        assertThat(clock.attemptsByNumber()).containsExactlyEntriesOf(new TreeMap<>(Map.of(1, 3L, 2, 1L)));
        assertThat(h.health.snapshot().retries(ACCOUNT).calls()).isZero();
    }

    @Test
    void theSnapshotShowsLatencyPercentilesPerGroup() {
        MockClock meterClock = new MockClock();
        Harness timed = new Harness(Harness.settings(), new SimpleMeterRegistry(SimpleConfig.DEFAULT, meterClock));
        AtomicInteger call = new AtomicInteger();
        timed.raw.on(CLOCK).always(args -> {
            meterClock.add(Duration.ofMillis(10L * call.incrementAndGet())); // 10 ms, 20 ms, ... 1000 ms
            return Fixtures.marketClock();
        });
        for (int i = 0; i < 100; i++) {
            timed.broker.getClock();
        }

        HealthSnapshot.Latency reads = timed.health.snapshot().latency(EndpointGroup.READS);

        assertThat(reads.count()).isEqualTo(100);
        // Micrometer's client-side percentiles are approximations (HdrHistogram, 1 significant digit).
        assertThat(reads.p50().toMillis()).isBetween(400L, 600L);
        assertThat(reads.p90().toMillis()).isBetween(800L, 1000L);
        assertThat(reads.p99().toMillis()).isBetween(900L, 1100L);
        assertThat(timed.health.snapshot().latency(EndpointGroup.ORDERS).p99()).isZero();
    }

    @Test
    void theSnapshotShowsTheBrokersAndTheLocalRateLimit() {
        assertThat(h.health.snapshot().rateLimit().broker()).isEmpty();
        RateLimitStatus seen = new RateLimitStatus(200, 143, Harness.START.plusSeconds(40));
        h.lastRateLimit.set(seen);

        HealthSnapshot.RateLimit rateLimit = h.health.snapshot().rateLimit();

        assertThat(rateLimit.broker()).contains(seen);
        assertThat(rateLimit.localPermitsPerPeriod()).isEqualTo(100_000);
        assertThat(rateLimit.localAvailablePermissions()).isEqualTo(100_000);
        assertThat(rateLimit.localPeriod()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void listenersReceiveEventsAndAThrowingListenerDisturbsNothing() {
        List<HealthEvent> received = new ArrayList<>();
        h.health.addListener(event -> {
            throw new IllegalStateException("a broken listener");
        });
        h.health.addListener(received::add);
        h.raw.on(ACCOUNT).thenThrow(Fixtures.timeout(ACCOUNT)).thenReturn(Fixtures.account());

        assertThat(h.broker.getAccount()).isEqualTo(Fixtures.account());

        assertThat(received).singleElement().isInstanceOfSatisfying(HealthEvent.RetryScheduled.class, retry -> {
            assertThat(retry.endpoint()).isEqualTo(ACCOUNT);
            assertThat(retry.nextAttempt()).isEqualTo(2);
            assertThat(retry.delay()).isEqualTo(h.sleeper.waits().get(0));
            assertThat(retry.timestamp()).isEqualTo(Harness.START);
            assertThat(retry.description()).contains("account", "attempt 2", "read timed out");
        });
    }

    @Test
    void aRemovedListenerHearsNoMore() {
        List<HealthEvent> received = new ArrayList<>();
        Consumer<HealthEvent> listener = received::add;
        h.health.addListener(listener);
        h.health.removeListener(listener);

        h.health.forceOpen(EndpointGroup.READS);
        assertThatThrownBy(h.broker::getClock).isInstanceOf(CallRejectedException.class);

        assertThat(received).isEmpty();
        assertThat(h.health.recentEvents()).isNotEmpty();
    }

    @Test
    void drillsShowUpAsStateChanges() {
        h.health.forceOpen(EndpointGroup.ORDERS);
        h.health.reset(EndpointGroup.ORDERS);

        assertThat(h.health.recentEvents()).filteredOn(HealthEvent.BreakerStateChanged.class::isInstance)
                .extracting(event -> ((HealthEvent.BreakerStateChanged) event).to())
                .containsExactly(BreakerState.FORCED_OPEN, BreakerState.CLOSED);
    }

    @Test
    void theEventRingKeepsTheLast500() {
        h.health.forceOpen(EndpointGroup.ORDERS);
        for (int i = 0; i < 600; i++) {
            assertThatThrownBy(() -> h.broker.placeOrder(Fixtures.buyRequest()))
                    .isInstanceOf(OrderNotSentException.class);
        }

        List<HealthEvent> recent = h.health.recentEvents();

        assertThat(recent).hasSize(500).allSatisfy(event -> assertThat(event)
                .isEqualTo(new HealthEvent.CallRejected(Harness.START, PLACE_ORDER, RejectionReason.CIRCUIT_OPEN)));
        assertThat(h.raw.calls()).isEmpty();
    }
}
