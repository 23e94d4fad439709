package dev.breakwater.resilience;

import static dev.breakwater.broker.Endpoint.GET_ORDER_BY_CLIENT_ID;
import static dev.breakwater.broker.Endpoint.PLACE_ORDER;
import static dev.breakwater.resilience.Fixtures.CLIENT_ORDER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.breakwater.broker.BrokerException;
import dev.breakwater.broker.EndpointGroup;
import dev.breakwater.broker.ForbiddenException;
import dev.breakwater.broker.TransportException;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrderPlacementTest {

    private final Harness h = new Harness();
    private final OrderRequest request = Fixtures.buyRequest();

    @Test
    void aSuccessfulPostIsSentOnce() {
        h.raw.on(PLACE_ORDER).thenReturn(Fixtures.placed());

        assertThat(h.broker.placeOrder(request)).isEqualTo(Fixtures.placed());
        assertThat(h.raw.endpointsCalled()).containsExactly(PLACE_ORDER);
        assertThat(h.sleeper.waits()).isEmpty();
    }

    @Test
    void afterATimeoutTheOrderIsLookedUpAndNotPostedAgain() {
        h.raw.on(PLACE_ORDER).thenThrow(Fixtures.timeout(PLACE_ORDER));
        h.raw.on(GET_ORDER_BY_CLIENT_ID).thenReturn(Fixtures.placed());

        Order order = h.broker.placeOrder(request);

        assertThat(order).isEqualTo(Fixtures.placed());
        assertThat(h.raw.endpointsCalled()).containsExactly(PLACE_ORDER, GET_ORDER_BY_CLIENT_ID);
        assertThat(h.raw.calls().get(1).args()).containsExactly(CLIENT_ORDER_ID);
        assertThat(h.sleeper.waits()).singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ZERO, Duration.ofMillis(500)));
    }

    @Test
    void aTimeoutRetryKeepsTheClientOrderIdAndLooksUpBeforeResending() {
        h.raw.on(PLACE_ORDER).thenThrow(Fixtures.timeout(PLACE_ORDER)).thenReturn(Fixtures.placed());
        h.raw.on(GET_ORDER_BY_CLIENT_ID).thenThrow(Fixtures.notFound(GET_ORDER_BY_CLIENT_ID));

        assertThat(h.broker.placeOrder(request)).isEqualTo(Fixtures.placed());

        assertThat(h.raw.endpointsCalled()).containsExactly(PLACE_ORDER, GET_ORDER_BY_CLIENT_ID, PLACE_ORDER);
        assertThat(h.raw.placedRequests()).hasSize(2).allSatisfy(sent -> {
            assertThat(sent.clientOrderId()).isEqualTo(CLIENT_ORDER_ID);
            assertThat(sent).isEqualTo(request);
        });
    }

    static Stream<Arguments> ambiguousFailures() {
        return Stream.of(
                Arguments.of("timeout", (Supplier<BrokerException>) () -> Fixtures.timeout(PLACE_ORDER)),
                Arguments.of("500", (Supplier<BrokerException>) () -> Fixtures.serverError(PLACE_ORDER, 500)),
                Arguments.of("502", (Supplier<BrokerException>) () -> Fixtures.serverError(PLACE_ORDER, 502)),
                Arguments.of("503", (Supplier<BrokerException>) () -> Fixtures.serverError(PLACE_ORDER, 503)),
                Arguments.of("504", (Supplier<BrokerException>) () -> Fixtures.serverError(PLACE_ORDER, 504)),
                Arguments.of("unreadable 200", (Supplier<BrokerException>) () -> Fixtures.malformed(PLACE_ORDER)),
                Arguments.of("429", (Supplier<BrokerException>) () -> Fixtures.rateLimited(PLACE_ORDER, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ambiguousFailures")
    void everyRetryableFailureIsSettledByALookupFirst(String name, Supplier<BrokerException> failure) {
        h.raw.on(PLACE_ORDER).thenThrow(failure.get()).thenReturn(Fixtures.placed());
        h.raw.on(GET_ORDER_BY_CLIENT_ID).thenThrow(Fixtures.notFound(GET_ORDER_BY_CLIENT_ID));

        assertThat(h.broker.placeOrder(request)).isEqualTo(Fixtures.placed());
        assertThat(h.raw.endpointsCalled()).containsExactly(PLACE_ORDER, GET_ORDER_BY_CLIENT_ID, PLACE_ORDER);
    }

    @Test
    void aDuplicateClientOrderIdIsResolvedByLookupWithoutASecondPost() {
        h.raw.on(PLACE_ORDER).thenThrow(Fixtures.duplicate());
        h.raw.on(GET_ORDER_BY_CLIENT_ID).thenReturn(Fixtures.placed());

        assertThat(h.broker.placeOrder(request)).isEqualTo(Fixtures.placed());
        assertThat(h.raw.endpointsCalled()).containsExactly(PLACE_ORDER, GET_ORDER_BY_CLIENT_ID);
        assertThat(h.sleeper.waits()).isEmpty();
    }

    @Test
    void aDuplicateOnTheResendMeansTheFirstPostLanded() {
        h.raw.on(PLACE_ORDER).thenThrow(Fixtures.timeout(PLACE_ORDER)).thenThrow(Fixtures.duplicate());
        h.raw.on(GET_ORDER_BY_CLIENT_ID)
                .thenThrow(Fixtures.notFound(GET_ORDER_BY_CLIENT_ID)) // not visible yet
                .thenReturn(Fixtures.placed());

        assertThat(h.broker.placeOrder(request)).isEqualTo(Fixtures.placed());
        assertThat(h.raw.endpointsCalled())
                .containsExactly(PLACE_ORDER, GET_ORDER_BY_CLIENT_ID, PLACE_ORDER, GET_ORDER_BY_CLIENT_ID);
    }

    @Test
    void aDuplicateNotYetVisibleIsLookedUpAgainNotPostedAgain() {
        h.raw.on(PLACE_ORDER).thenThrow(Fixtures.duplicate());
        h.raw.on(GET_ORDER_BY_CLIENT_ID)
                .thenThrow(Fixtures.notFound(GET_ORDER_BY_CLIENT_ID))
                .thenReturn(Fixtures.placed());

        assertThat(h.broker.placeOrder(request)).isEqualTo(Fixtures.placed());
        assertThat(h.raw.count(PLACE_ORDER)).isEqualTo(1);
        assertThat(h.raw.count(GET_ORDER_BY_CLIENT_ID)).isEqualTo(2);
    }

    @Test
    void aFailedLookupIsRepeatedOnTheNextAttempt() {
        h.raw.on(PLACE_ORDER).thenThrow(Fixtures.timeout(PLACE_ORDER));
        h.raw.on(GET_ORDER_BY_CLIENT_ID)
                .thenThrow(Fixtures.serverError(GET_ORDER_BY_CLIENT_ID, 503))
                .thenReturn(Fixtures.placed());

        assertThat(h.broker.placeOrder(request)).isEqualTo(Fixtures.placed());
        assertThat(h.raw.endpointsCalled()).containsExactly(PLACE_ORDER, GET_ORDER_BY_CLIENT_ID, GET_ORDER_BY_CLIENT_ID);
        assertThat(h.sleeper.waits()).hasSize(2);
    }

    static Stream<Arguments> userErrors() {
        return Stream.of(
                Arguments.of("400", Fixtures.badRequest(PLACE_ORDER)),
                Arguments.of("401", Fixtures.unauthorized(PLACE_ORDER)),
                Arguments.of("403", Fixtures.forbidden(PLACE_ORDER)),
                Arguments.of("422", Fixtures.unprocessable(PLACE_ORDER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("userErrors")
    void aUserErrorIsThrownAsItIsAfterOnePost(String name, BrokerException userError) {
        h.raw.on(PLACE_ORDER).thenThrow(userError);

        assertThatThrownBy(() -> h.broker.placeOrder(request)).isSameAs(userError);
        assertThat(h.raw.endpointsCalled()).containsExactly(PLACE_ORDER);
        assertThat(h.sleeper.waits()).isEmpty();
    }

    @Test
    void whenEveryAttemptIsUnclearTheOutcomeIsReportedUnknownNotGuessed() {
        h.raw.on(PLACE_ORDER).alwaysThrow(Fixtures.timeout(PLACE_ORDER));
        h.raw.on(GET_ORDER_BY_CLIENT_ID).alwaysThrow(Fixtures.notFound(GET_ORDER_BY_CLIENT_ID));

        OrderOutcomeUnknownException unknown = catchThrowableOfType(OrderOutcomeUnknownException.class,
                () -> h.broker.placeOrder(request));

        assertThat(unknown.clientOrderId()).isEqualTo(CLIENT_ORDER_ID);
        assertThat(unknown.attempts()).isEqualTo(4);
        assertThat(unknown.mayHaveTakenEffect()).isTrue();
        assertThat(unknown.getCause()).isInstanceOf(TransportException.class);
        assertThat(h.raw.endpointsCalled()).containsExactly(
                PLACE_ORDER,
                GET_ORDER_BY_CLIENT_ID, PLACE_ORDER,
                GET_ORDER_BY_CLIENT_ID, PLACE_ORDER,
                GET_ORDER_BY_CLIENT_ID, PLACE_ORDER);
        assertThat(h.raw.placedRequests()).extracting(OrderRequest::clientOrderId).containsOnly(CLIENT_ORDER_ID);
        assertThat(h.sleeper.waits()).hasSize(3);
        assertThat(h.health.recentEvents()).filteredOn(HealthEvent.RetriesExhausted.class::isInstance)
                .singleElement()
                .satisfies(event -> assertThat(((HealthEvent.RetriesExhausted) event).outcomeUnknown()).isTrue());
    }

    @Test
    void whenNoAttemptCanHaveTakenEffectRunningOutGivesRetriesExhausted() {
        h.raw.on(PLACE_ORDER).alwaysThrow(Fixtures.rateLimited(PLACE_ORDER, null));
        h.raw.on(GET_ORDER_BY_CLIENT_ID).alwaysThrow(Fixtures.notFound(GET_ORDER_BY_CLIENT_ID));

        RetriesExhaustedException exhausted = catchThrowableOfType(RetriesExhaustedException.class,
                () -> h.broker.placeOrder(request));

        assertThat(exhausted.attempts()).isEqualTo(4);
        assertThat(exhausted.mayHaveTakenEffect()).isFalse();
        assertThat(exhausted.httpStatus()).isEqualTo(429);
        assertThat(h.raw.count(PLACE_ORDER)).isEqualTo(4);
    }

    @Test
    void aUserErrorOnTheResendAfterAnUnclearPostIsStillAnUnknownOutcome() {
        // The first POST may have landed (and used the buying power) even though the lookup missed it.
        h.raw.on(PLACE_ORDER).thenThrow(Fixtures.timeout(PLACE_ORDER)).thenThrow(Fixtures.forbidden(PLACE_ORDER));
        h.raw.on(GET_ORDER_BY_CLIENT_ID).thenThrow(Fixtures.notFound(GET_ORDER_BY_CLIENT_ID));

        OrderOutcomeUnknownException unknown = catchThrowableOfType(OrderOutcomeUnknownException.class,
                () -> h.broker.placeOrder(request));

        assertThat(unknown.getCause()).isInstanceOf(ForbiddenException.class);
        assertThat(unknown.httpStatus()).isEqualTo(403);
        assertThat(h.raw.count(PLACE_ORDER)).isEqualTo(2);
    }

    @Test
    void withTheOrdersBreakerOpenTheOrderIsProvablyNotSent() {
        h.resilience.breaker(EndpointGroup.ORDERS).transitionToOpenState();

        OrderNotSentException notSent = catchThrowableOfType(OrderNotSentException.class,
                () -> h.broker.placeOrder(request));

        assertThat(notSent.mayHaveTakenEffect()).isFalse();
        assertThat(notSent.reason()).isEqualTo(RejectionReason.CIRCUIT_OPEN);
        assertThat(notSent.clientOrderId()).isEqualTo(CLIENT_ORDER_ID);
        assertThat(notSent.getCause()).isInstanceOf(CallNotPermittedException.class);
        assertThat(h.raw.calls()).isEmpty();
        assertThat(h.sleeper.waits()).isEmpty();
    }

    @Test
    void aBreakerOpeningAfterAnUnclearPostGivesUnknownNotNotSent() {
        h.raw.on(PLACE_ORDER).thenThrow(Fixtures.timeout(PLACE_ORDER));
        h.raw.on(GET_ORDER_BY_CLIENT_ID).thenThrow(Fixtures.notFound(GET_ORDER_BY_CLIENT_ID));
        h.sleeper.onSleep(() -> h.resilience.breaker(EndpointGroup.ORDERS).transitionToOpenState());

        OrderOutcomeUnknownException unknown = catchThrowableOfType(OrderOutcomeUnknownException.class,
                () -> h.broker.placeOrder(request));

        assertThat(unknown.attempts()).isEqualTo(2);
        assertThat(h.raw.endpointsCalled()).containsExactly(PLACE_ORDER, GET_ORDER_BY_CLIENT_ID);
    }

    @Test
    void anOrderWithoutClientOrderIdIsRefusedBeforeAnythingIsSent() {
        OrderRequest anonymous = request.withClientOrderId(null);

        assertThatThrownBy(() -> h.broker.placeOrder(anonymous)).isInstanceOf(IllegalArgumentException.class);
        assertThat(h.raw.calls()).isEmpty();
    }

    @Test
    void theRetryMetricsCountThePlacementOnce() {
        h.raw.on(PLACE_ORDER).thenThrow(Fixtures.timeout(PLACE_ORDER));
        h.raw.on(GET_ORDER_BY_CLIENT_ID).thenReturn(Fixtures.placed());

        h.broker.placeOrder(request);

        HealthSnapshot.Retries retries = h.health.snapshot().retries(PLACE_ORDER);
        assertThat(retries.successfulWithRetry()).isEqualTo(1);
        assertThat(retries.calls()).isEqualTo(1);
        assertThat(retries.attemptsByNumber()).containsExactlyEntriesOf(
                new TreeMap<>(Map.of(1, 1L, 2, 1L)));
        assertThat(h.health.snapshot().retries(GET_ORDER_BY_CLIENT_ID).calls())
                .as("lookups inside a placement are part of it, not separate reads")
                .isZero();
        assertThat(h.raw.count(PLACE_ORDER)).isEqualTo(1);
    }
}
