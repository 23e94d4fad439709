package dev.breakwater.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.Endpoint;
import org.junit.jupiter.api.Test;

/** Refusals are expected outcomes: no stack trace of their own, message and cause kept; interrupts keep theirs. */
class RejectionExceptionsTest {

    private final IllegalStateException cause = new IllegalStateException("breaker open");

    @Test
    void aRefusedPlacementKeepsItsMessageAndCauseButHasNoStackTrace() {
        OrderNotSentException refused = new OrderNotSentException("bw-1", RejectionReason.CIRCUIT_OPEN, 1, cause);

        assertThat(refused.getStackTrace()).isEmpty();
        assertThat(refused.getMessage()).isEqualTo("place_order: order bw-1 not sent: circuit_open (attempt 1)");
        assertThat(refused.getCause()).isSameAs(cause);
        assertThat(refused.mayHaveTakenEffect()).isFalse();
        assertThat(new OrderNotSentException("bw-1", RejectionReason.RATE_LIMIT_TIMEOUT, 2, cause).getStackTrace())
                .isEmpty();
    }

    @Test
    void anInterruptedPlacementKeepsItsStackTrace() {
        OrderNotSentException interrupted = new OrderNotSentException("bw-1", RejectionReason.INTERRUPTED, 2, cause);

        assertThat(interrupted.getStackTrace()).isNotEmpty();
        assertThat(interrupted.getStackTrace()[0].getMethodName())
                .isEqualTo("anInterruptedPlacementKeepsItsStackTrace");
    }

    @Test
    void aRefusedCallHasNoStackTraceAndAnInterruptedOneKeepsIt() {
        CallRejectedException refused = new CallRejectedException(Endpoint.CANCEL_ORDER, RejectionReason.CIRCUIT_OPEN,
                2, true, cause);
        CallRejectedException interrupted = new CallRejectedException(Endpoint.CANCEL_ORDER,
                RejectionReason.INTERRUPTED, 1, false, cause);

        assertThat(refused.getStackTrace()).isEmpty();
        assertThat(refused.getMessage()).contains("not sent: circuit_open (attempt 2)");
        assertThat(refused.getCause()).isSameAs(cause);
        assertThat(refused.mayHaveTakenEffect()).isTrue();
        assertThat(interrupted.getStackTrace()).isNotEmpty();
    }
}
