package dev.breakwater.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.BadRequestException;
import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.ForbiddenException;
import dev.breakwater.broker.MalformedReplyException;
import dev.breakwater.broker.RateLimitedException;
import dev.breakwater.broker.ServerErrorException;
import dev.breakwater.broker.TransportException;
import dev.breakwater.broker.UnauthorizedException;
import dev.breakwater.broker.UnprocessableException;
import dev.breakwater.journal.IntentState;
import dev.breakwater.resilience.OrderNotSentException;
import dev.breakwater.resilience.OrderOutcomeUnknownException;
import dev.breakwater.resilience.RejectionReason;
import dev.breakwater.resilience.RetriesExhaustedException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a placement can fail, and the intent state it leads to. Whatever may have arrived is UNKNOWN. */
class PlacementVerdictTest {

    private static final Endpoint PLACE = Endpoint.PLACE_ORDER;
    private static final String ID = "bw-01JDZ7Q8M5T2V3W4X5Y6Z7A8B9";

    static Stream<Arguments> failures() {
        TransportException timeout = new TransportException(PLACE, "timed out after the request was sent", true, null);
        TransportException refused = new TransportException(PLACE, "connection refused", false, null);
        RateLimitedException tooMany = new RateLimitedException(PLACE, null, "too many requests", null);
        return Stream.of(
                Arguments.of(new OrderNotSentException(ID, RejectionReason.values()[0], 1, null), IntentState.NOT_SENT),
                Arguments.of(new OrderOutcomeUnknownException(ID, 4, timeout), IntentState.UNKNOWN),
                Arguments.of(new RetriesExhaustedException(PLACE, 4, tooMany, false), IntentState.NOT_SENT),
                Arguments.of(new RetriesExhaustedException(PLACE, 4, timeout, true), IntentState.UNKNOWN),
                Arguments.of(timeout, IntentState.UNKNOWN),
                Arguments.of(new ServerErrorException(PLACE, 503, null, "unavailable"), IntentState.UNKNOWN),
                Arguments.of(new MalformedReplyException(PLACE, 200, "truncated JSON", null), IntentState.UNKNOWN),
                Arguments.of(refused, IntentState.NOT_SENT),
                Arguments.of(tooMany, IntentState.NOT_SENT),
                Arguments.of(new ForbiddenException(PLACE, 403, 40310000, "insufficient buying power"), IntentState.REJECTED),
                Arguments.of(new UnprocessableException(PLACE, 422, 40010001, "qty must be > 0"), IntentState.REJECTED),
                Arguments.of(new BadRequestException(PLACE, 400, null, "bad request"), IntentState.REJECTED),
                Arguments.of(new UnauthorizedException(PLACE, 401, null, "unauthorized"), IntentState.REJECTED),
                Arguments.of(new IllegalStateException("a bug"), IntentState.UNKNOWN));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void mapsFailureToState(RuntimeException failure, IntentState expected) {
        assertThat(PlacementVerdict.of(failure).state()).isEqualTo(expected);
    }

    @Test
    void aRejectionCarriesTheBrokersReason() {
        PlacementVerdict verdict = PlacementVerdict.of(
                new ForbiddenException(PLACE, 403, 40310000, "insufficient buying power"));

        assertThat(verdict.reason()).isEqualTo("broker rejected the order (HTTP 403): insufficient buying power");
    }
}
