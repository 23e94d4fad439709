package dev.breakwater.resilience;

import static dev.breakwater.broker.Endpoint.ACCOUNT;
import static dev.breakwater.broker.Endpoint.CANCEL_ALL_ORDERS;
import static dev.breakwater.broker.Endpoint.CANCEL_ORDER;
import static dev.breakwater.broker.Endpoint.CLOCK;
import static dev.breakwater.broker.Endpoint.GET_ORDER;
import static dev.breakwater.broker.Endpoint.LIST_ORDERS;
import static dev.breakwater.broker.Endpoint.POSITIONS;
import static dev.breakwater.broker.Endpoint.REPLACE_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.breakwater.broker.UnprocessableException;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.broker.BrokerException;
import dev.breakwater.broker.CancelResult;
import dev.breakwater.broker.OrderQuery;
import dev.breakwater.broker.TransportException;
import dev.breakwater.domain.Account;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.ReplaceRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads, cancels and replace: what is retried, what is not, and what comes out at the end. */
class IdempotentCallsTest {

    private final Harness h = new Harness();

    @Test
    void repeatedStatusChecksReturnTheSameOrder() {
        Order order = Fixtures.placed();
        h.raw.on(GET_ORDER).thenReturn(order).thenThrow(Fixtures.timeout(GET_ORDER)).thenReturn(order);

        Order first = h.broker.getOrder(order.id());
        Order second = h.broker.getOrder(order.id());

        assertThat(second).isEqualTo(first).isEqualTo(order);
        assertThat(h.raw.calls()).hasSize(3).allSatisfy(call -> assertThat(call.args()).containsExactly(order.id()));
    }

    @Test
    void accountInfoIsIdempotentAcrossRetries() {
        Account account = Fixtures.account();
        h.raw.on(ACCOUNT)
                .thenThrow(Fixtures.timeout(ACCOUNT))
                .thenThrow(Fixtures.serverError(ACCOUNT, 503))
                .thenReturn(account)
                .thenReturn(account);

        assertThat(h.broker.getAccount()).isEqualTo(account);
        assertThat(h.broker.getAccount()).isEqualTo(account);
        assertThat(h.raw.count(ACCOUNT)).isEqualTo(4);
        assertThat(h.sleeper.waits()).hasSize(2);
    }

    @Test
    void aTimeoutThenSuccessReturnsTheResultAfterOneBackoff() {
        h.raw.on(POSITIONS).thenThrow(Fixtures.timeout(POSITIONS)).thenReturn(List.of());

        assertThat(h.broker.getPositions()).isEmpty();
        assertThat(h.raw.count(POSITIONS)).isEqualTo(2);
        assertThat(h.sleeper.waits()).singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ZERO, Duration.ofMillis(500)));
    }

    @Test
    void whenAllRetriesFailTheErrorCarriesTheAttemptCountAndTheLastCause() {
        TransportException last = Fixtures.refused(CLOCK);
        h.raw.on(CLOCK)
                .thenThrow(Fixtures.timeout(CLOCK))
                .thenThrow(Fixtures.serverError(CLOCK, 502))
                .thenThrow(Fixtures.malformed(CLOCK))
                .thenThrow(last);

        RetriesExhaustedException exhausted = catchThrowableOfType(RetriesExhaustedException.class, h.broker::getClock);

        assertThat(exhausted.attempts()).isEqualTo(4);
        assertThat(exhausted.lastFailure()).isSameAs(last);
        assertThat(exhausted.endpoint()).isEqualTo(CLOCK);
        assertThat(exhausted.getMessage()).contains("4 attempts");
        assertThat(h.raw.count(CLOCK)).isEqualTo(4);
        assertThat(h.sleeper.waits()).hasSize(3);
    }

    static Stream<Arguments> notRetried() {
        return Stream.of(
                Arguments.of("400", Fixtures.badRequest(GET_ORDER)),
                Arguments.of("401", Fixtures.unauthorized(GET_ORDER)),
                Arguments.of("403", Fixtures.forbidden(GET_ORDER)),
                Arguments.of("404", Fixtures.notFound(GET_ORDER)),
                Arguments.of("422", Fixtures.unprocessable(GET_ORDER)),
                Arguments.of("501 (not in the retryable set)", Fixtures.serverError(GET_ORDER, 501)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notRetried")
    void userErrorsAreNotRetried(String name, BrokerException failure) {
        h.raw.on(GET_ORDER).thenThrow(failure);

        assertThatThrownBy(() -> h.broker.getOrder("o-1")).isSameAs(failure);
        assertThat(h.raw.count(GET_ORDER)).isEqualTo(1);
        assertThat(h.sleeper.waits()).isEmpty();
    }

    @Test
    void anUnreadableReplyIsRetriedForReads() {
        h.raw.on(LIST_ORDERS).thenThrow(Fixtures.malformed(LIST_ORDERS)).thenReturn(List.of(Fixtures.placed()));

        assertThat(h.broker.listOrders(OrderQuery.open())).containsExactly(Fixtures.placed());
        assertThat(h.raw.count(LIST_ORDERS)).isEqualTo(2);
    }

    @Test
    void a429WaitsUntilTheRateLimitResets() {
        h.raw.on(ACCOUNT)
                .thenThrow(Fixtures.rateLimited(ACCOUNT, Harness.START.plusSeconds(7)))
                .thenReturn(Fixtures.account());

        assertThat(h.broker.getAccount()).isEqualTo(Fixtures.account());
        assertThat(h.sleeper.waits()).containsExactly(Duration.ofSeconds(7));
        assertThat(h.health.recentEvents()).anySatisfy(event -> assertThat(event)
                .isEqualTo(new HealthEvent.RateLimited(Harness.START, ACCOUNT,
                        HealthEvent.RateLimited.Source.BROKER, Duration.ofSeconds(7))));
    }

    @Test
    void a429ResetBeyondTheCapWaitsTheCap() {
        h.raw.on(ACCOUNT)
                .thenThrow(Fixtures.rateLimited(ACCOUNT, Harness.START.plusSeconds(600)))
                .thenReturn(Fixtures.account());

        h.broker.getAccount();

        assertThat(h.sleeper.waits()).containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void cancelIsRetried() {
        h.raw.on(CANCEL_ORDER).thenThrow(Fixtures.serverError(CANCEL_ORDER, 503)).thenReturn(null);

        h.broker.cancelOrder("o-1");

        assertThat(h.raw.count(CANCEL_ORDER)).isEqualTo(2);
    }

    @Test
    void cancelAllIsRetried() {
        List<CancelResult> results = List.of(new CancelResult("o-1", 200));
        h.raw.on(CANCEL_ALL_ORDERS).thenThrow(Fixtures.timeout(CANCEL_ALL_ORDERS)).thenReturn(results);

        assertThat(h.broker.cancelAllOrders()).isEqualTo(results);
        assertThat(h.raw.count(CANCEL_ALL_ORDERS)).isEqualTo(2);
    }

    @Test
    void aCancelWhoseLostFirstAttemptLandedSucceedsWhenTheRetryFindsTheOrderCanceled() {
        h.raw.on(CANCEL_ORDER).thenThrow(Fixtures.timeout(CANCEL_ORDER))
                .thenThrow(Fixtures.unprocessable(CANCEL_ORDER));
        h.raw.on(GET_ORDER).alwaysReturn(withStatus(Fixtures.placed(), OrderStatus.CANCELED));

        h.broker.cancelOrder("o-1");

        assertThat(h.raw.count(CANCEL_ORDER)).isEqualTo(2);
        assertThat(h.raw.count(GET_ORDER)).isEqualTo(1);
    }

    @Test
    void notCancelableAfterALostAttemptIsStillAnErrorWhenTheOrderFilled() {
        h.raw.on(CANCEL_ORDER).thenThrow(Fixtures.timeout(CANCEL_ORDER))
                .thenThrow(Fixtures.unprocessable(CANCEL_ORDER));
        h.raw.on(GET_ORDER).alwaysReturn(withStatus(Fixtures.placed(), OrderStatus.FILLED));

        assertThat(catchThrowable(() -> h.broker.cancelOrder("o-1"))).isInstanceOf(UnprocessableException.class);
    }

    @Test
    void notCancelableOnTheFirstAttemptIsNotLookedUp() {
        h.raw.on(CANCEL_ORDER).thenThrow(Fixtures.unprocessable(CANCEL_ORDER));

        assertThat(catchThrowable(() -> h.broker.cancelOrder("o-1"))).isInstanceOf(UnprocessableException.class);
        assertThat(h.raw.count(GET_ORDER)).isZero();
    }

    private static Order withStatus(Order order, OrderStatus status) {
        return new Order(order.id(), order.clientOrderId(), order.createdAt(), order.updatedAt(), order.submittedAt(),
                order.filledAt(), order.expiredAt(), order.canceledAt(), order.failedAt(), order.replacedAt(),
                order.replacedBy(), order.replaces(), order.assetId(), order.symbol(), order.assetClass(),
                order.notional(), order.qty(), order.filledQty(), order.filledAvgPrice(), order.orderClass(),
                order.type(), order.side(), order.timeInForce(), order.limitPrice(), order.stopPrice(), status,
                order.extendedHours(), order.legs(), order.trailPercent(), order.trailPrice(), order.hwm());
    }

    @Test
    void aCancelThatRanOutAfterAnUnclearAttemptSaysItMayHaveTakenEffect() {
        h.raw.on(CANCEL_ORDER).thenThrow(Fixtures.timeout(CANCEL_ORDER)).alwaysThrow(Fixtures.refused(CANCEL_ORDER));

        RetriesExhaustedException exhausted = catchThrowableOfType(RetriesExhaustedException.class,
                () -> h.broker.cancelOrder("o-1"));

        assertThat(exhausted.mayHaveTakenEffect()).isTrue();
        assertThat(exhausted.lastFailure().mayHaveTakenEffect()).isFalse();
    }

    @Test
    void replaceIsNotRetriedEvenOnATimeout() {
        TransportException timeout = Fixtures.timeout(REPLACE_ORDER);
        h.raw.on(REPLACE_ORDER).thenThrow(timeout);
        ReplaceRequest change = new ReplaceRequest(null, null, new BigDecimal("188.00"), null, null, "bw-r-1");

        assertThatThrownBy(() -> h.broker.replaceOrder("o-1", change)).isSameAs(timeout);
        assertThat(timeout.mayHaveTakenEffect()).isTrue();
        assertThat(h.raw.count(REPLACE_ORDER)).isEqualTo(1);
        assertThat(h.sleeper.waits()).isEmpty();
        assertThat(h.health.snapshot().retries(REPLACE_ORDER).failedWithoutRetry()).isEqualTo(1);
    }

    @Test
    void aSuccessfulReplaceReturnsTheNewOrder() {
        Order replacement = Fixtures.order("o-2", "bw-r-1");
        h.raw.on(REPLACE_ORDER).thenReturn(replacement);

        assertThat(h.broker.replaceOrder("o-1", new ReplaceRequest(null, null, null, null, null, "bw-r-1")))
                .isEqualTo(replacement);
    }
}
