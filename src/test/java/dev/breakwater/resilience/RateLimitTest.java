package dev.breakwater.resilience;

import static dev.breakwater.broker.Endpoint.ACCOUNT;
import static dev.breakwater.broker.Endpoint.CANCEL_ORDER;
import static dev.breakwater.broker.Endpoint.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The shared local limiter. Its cycles run on real time, but a call over the limit only reserves a
 * permit and hands the wait to the recording sleeper, so nothing here waits.
 */
class RateLimitTest {

    private static Harness withLimit(int permits, Duration maxWait) {
        return new Harness(Harness.settings().withRateLimit(
                new RateLimitSettings(permits, Duration.ofSeconds(10), maxWait)));
    }

    @Test
    void aCallOverTheLimitWaitsForTheNextPermitThroughTheSleeper() {
        Harness h = withLimit(2, Duration.ofSeconds(10));
        h.raw.on(CLOCK).alwaysReturn(Fixtures.marketClock());

        h.broker.getClock();
        h.broker.getClock();
        assertThat(h.sleeper.waits()).isEmpty();
        h.broker.getClock();

        assertThat(h.sleeper.waits()).singleElement().satisfies(wait -> assertThat(wait)
                .isPositive().isLessThanOrEqualTo(Duration.ofSeconds(10)));
        assertThat(h.raw.count(CLOCK)).isEqualTo(3);
        assertThat(h.health.recentEvents()).filteredOn(HealthEvent.RateLimited.class::isInstance)
                .singleElement()
                .satisfies(event -> assertThat(((HealthEvent.RateLimited) event).source())
                        .isEqualTo(HealthEvent.RateLimited.Source.LOCAL));
    }

    @Test
    void aCallThatWouldWaitTooLongIsRefusedAndNotSent() {
        Harness h = withLimit(1, Duration.ZERO);
        h.raw.on(CLOCK).alwaysReturn(Fixtures.marketClock());
        h.broker.getClock();

        CallRejectedException rejected = catchThrowableOfType(CallRejectedException.class, h.broker::getClock);

        assertThat(rejected.reason()).isEqualTo(RejectionReason.RATE_LIMIT_TIMEOUT);
        assertThat(h.raw.count(CLOCK)).isEqualTo(1);
    }

    @Test
    void oneLimiterIsSharedByReadsAndOrders() {
        Harness h = withLimit(1, Duration.ZERO);
        h.raw.on(ACCOUNT).alwaysReturn(Fixtures.account());
        h.broker.getAccount();

        catchThrowableOfType(CallRejectedException.class, () -> h.broker.cancelOrder("o-1"));

        assertThat(h.raw.count(CANCEL_ORDER)).isZero();
    }

    @Test
    void aPlacementWithoutAPermitIsProvablyNotSent() {
        Harness h = withLimit(1, Duration.ZERO);
        h.raw.on(ACCOUNT).alwaysReturn(Fixtures.account());
        h.broker.getAccount();

        OrderNotSentException notSent = catchThrowableOfType(OrderNotSentException.class,
                () -> h.broker.placeOrder(Fixtures.buyRequest()));

        assertThat(notSent.reason()).isEqualTo(RejectionReason.RATE_LIMIT_TIMEOUT);
        assertThat(notSent.mayHaveTakenEffect()).isFalse();
        assertThat(h.raw.placedRequests()).isEmpty();
    }

    @Test
    void theDefaultBudgetStaysUnderAlpacas200PerMinute() {
        RateLimitSettings defaults = RateLimitSettings.defaults();

        assertThat(defaults.permitsPerMinute()).isEqualTo(180.0);
        assertThat(defaults.maxWait()).isEqualTo(Duration.ofSeconds(10));
    }
}
