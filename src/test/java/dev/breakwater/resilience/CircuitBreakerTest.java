package dev.breakwater.resilience;

import static dev.breakwater.broker.Endpoint.ACCOUNT;
import static dev.breakwater.broker.Endpoint.CLOCK;
import static dev.breakwater.broker.Endpoint.GET_ORDER;
import static dev.breakwater.broker.Endpoint.PLACE_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.breakwater.broker.BrokerException;
import dev.breakwater.broker.EndpointGroup;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CircuitBreakerTest {

    private final Harness h = new Harness();

    private CircuitBreaker reads() {
        return h.resilience.breaker(EndpointGroup.READS);
    }

    /** Five failed attempts: the minimum number of calls, all failed, so the reads breaker opens. */
    private void failFiveReads() {
        h.raw.on(ACCOUNT).alwaysThrow(Fixtures.refused(ACCOUNT));
        for (int i = 0; i < 5; i++) {
            try {
                h.broker.getAccount();
            } catch (BrokerException expected) {
                // counted below
            }
            if (reads().getState() == CircuitBreaker.State.OPEN) {
                return;
            }
        }
    }

    @Test
    void sustainedFailuresOpenTheBreakerWhichThenRejectsWithoutCallingTheBroker() {
        failFiveReads();

        assertThat(reads().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(h.raw.count(ACCOUNT)).as("4 attempts of the first read, 1 of the second").isEqualTo(5);
        int sleepsSoFar = h.sleeper.waits().size();

        CallRejectedException rejected = catchThrowableOfType(CallRejectedException.class, h.broker::getClock);

        assertThat(rejected.reason()).isEqualTo(RejectionReason.CIRCUIT_OPEN);
        assertThat(rejected.mayHaveTakenEffect()).isFalse();
        assertThat(rejected.attempts()).isEqualTo(1);
        assertThat(h.raw.count(CLOCK)).isZero();
        assertThat(h.sleeper.waits()).as("an open breaker is not retried").hasSize(sleepsSoFar);
        assertThat(h.health.recentEvents()).contains(new HealthEvent.BreakerStateChanged(Harness.START,
                EndpointGroup.READS, BreakerState.CLOSED, BreakerState.OPEN));
    }

    @Test
    void theOrdersBreakerIsIndependentOfTheReadsBreaker() {
        failFiveReads();
        h.raw.on(PLACE_ORDER).thenReturn(Fixtures.placed());

        assertThat(h.broker.placeOrder(Fixtures.buyRequest())).isEqualTo(Fixtures.placed());
    }

    /**
     * Half-open by the clock: the breakers read the injected clock for their OPEN wait, so stepping it
     * past 15 s lets the next call through as a HALF_OPEN trial, without any real waiting.
     */
    @Test
    void afterTheOpenWaitTrialCallsCloseTheBreakerAgain() {
        failFiveReads();
        h.raw.on(CLOCK).alwaysReturn(Fixtures.marketClock());

        h.clock.advance(Duration.ofSeconds(16));
        h.broker.getClock();
        assertThat(reads().getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        h.broker.getClock();
        h.broker.getClock();

        assertThat(reads().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(h.health.recentEvents()).filteredOn(HealthEvent.BreakerStateChanged.class::isInstance)
                .extracting(event -> ((HealthEvent.BreakerStateChanged) event).to())
                .containsExactly(BreakerState.OPEN, BreakerState.HALF_OPEN, BreakerState.CLOSED);
    }

    @Test
    void beforeTheOpenWaitIsOverCallsAreStillRejected() {
        failFiveReads();

        h.clock.advance(Duration.ofSeconds(14));

        assertThatThrownBy(h.broker::getClock).isInstanceOf(CallRejectedException.class);
        assertThat(reads().getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void aFailingTrialCallOpensTheBreakerAgain() {
        failFiveReads();
        h.clock.advance(Duration.ofSeconds(16));
        h.raw.on(CLOCK).alwaysThrow(Fixtures.serverError(CLOCK, 503));

        for (int i = 0; i < 3 && reads().getState() != CircuitBreaker.State.OPEN; i++) {
            assertThatThrownBy(h.broker::getClock).isInstanceOf(BrokerException.class);
        }

        assertThat(reads().getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    /**
     * Half-open by Resilience4j's own timer (automaticTransitionFromOpenToHalfOpenEnabled), which runs on
     * real time: a 50 ms open wait, and the test waits on the health event, not a fixed sleep.
     */
    @Test
    void theBreakerGoesHalfOpenOnItsOwnAfterTheOpenWait() throws InterruptedException {
        Harness quick = new Harness(Harness.settings().withBreaker(EndpointGroup.READS,
                BreakerSettings.defaults().withWaitDurationInOpenState(Duration.ofMillis(50))));
        CountDownLatch halfOpen = new CountDownLatch(1);
        quick.health.addListener(event -> {
            if (event instanceof HealthEvent.BreakerStateChanged changed && changed.to() == BreakerState.HALF_OPEN) {
                halfOpen.countDown();
            }
        });

        quick.resilience.breaker(EndpointGroup.READS).transitionToOpenState();

        assertThat(halfOpen.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(quick.health.snapshot().breaker(EndpointGroup.READS).state()).isEqualTo(BreakerState.HALF_OPEN);
    }

    static Stream<Arguments> userErrors() {
        return Stream.of(
                Arguments.of("400", (Supplier<BrokerException>) () -> Fixtures.badRequest(PLACE_ORDER)),
                Arguments.of("401", (Supplier<BrokerException>) () -> Fixtures.unauthorized(PLACE_ORDER)),
                Arguments.of("403", (Supplier<BrokerException>) () -> Fixtures.forbidden(PLACE_ORDER)),
                Arguments.of("422", (Supplier<BrokerException>) () -> Fixtures.unprocessable(PLACE_ORDER)));
    }

    @ParameterizedTest(name = "20 x {0}")
    @MethodSource("userErrors")
    void userErrorsDoNotOpenTheOrdersBreaker(String name, Supplier<BrokerException> userError) {
        h.raw.on(PLACE_ORDER).alwaysThrow(userError.get());

        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> h.broker.placeOrder(Fixtures.buyRequest())).isInstanceOf(BrokerException.class);
        }

        CircuitBreaker orders = h.resilience.breaker(EndpointGroup.ORDERS);
        assertThat(orders.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(orders.getMetrics().getNumberOfBufferedCalls()).as("ignored, not counted as success").isZero();
        assertThat(h.raw.count(PLACE_ORDER)).isEqualTo(20);
    }

    @Test
    void notFoundReadsDoNotOpenTheReadsBreaker() {
        h.raw.on(GET_ORDER).alwaysThrow(Fixtures.notFound(GET_ORDER));

        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> h.broker.getOrder("gone")).isInstanceOf(BrokerException.class);
        }

        assertThat(reads().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void slowCallsOpenTheBreakerToo() {
        MockClock meterClock = new MockClock();
        Harness slow = new Harness(Harness.settings(), new SimpleMeterRegistry(SimpleConfig.DEFAULT, meterClock));
        slow.raw.on(CLOCK).always(args -> {
            meterClock.add(Duration.ofSeconds(3)); // the broker takes 3 s to answer
            return Fixtures.marketClock();
        });

        for (int i = 0; i < 5; i++) {
            slow.broker.getClock();
        }

        HealthSnapshot.Breaker reads = slow.health.snapshot().breaker(EndpointGroup.READS);
        assertThat(reads.state()).isEqualTo(BreakerState.OPEN);
        assertThat(reads.slowCallRatePercent()).hasValue(100.0);
        assertThat(reads.failureRatePercent()).hasValue(0.0);
    }

    @Test
    void aForcedOpenDrillRefusesOrdersUntilReset() {
        h.raw.on(PLACE_ORDER).alwaysReturn(Fixtures.placed());

        h.health.forceOpen(EndpointGroup.ORDERS);
        assertThatThrownBy(() -> h.broker.placeOrder(Fixtures.buyRequest())).isInstanceOf(OrderNotSentException.class);
        assertThat(h.raw.calls()).isEmpty();

        h.health.reset(EndpointGroup.ORDERS);
        assertThat(h.broker.placeOrder(Fixtures.buyRequest())).isEqualTo(Fixtures.placed());
    }

    @Test
    void theStreamBreakerExistsForTheStreamClient() {
        CircuitBreaker stream = h.resilience.breaker(EndpointGroup.STREAM);

        assertThat(stream.getName()).isEqualTo("stream");
        assertThat(stream.getCircuitBreakerConfig().getSlidingWindowSize()).isEqualTo(20);
        assertThat(stream.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
