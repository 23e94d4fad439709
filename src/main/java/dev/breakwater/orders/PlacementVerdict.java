package dev.breakwater.orders;

import dev.breakwater.broker.BadRequestException;
import dev.breakwater.broker.BrokerException;
import dev.breakwater.broker.ForbiddenException;
import dev.breakwater.broker.UnauthorizedException;
import dev.breakwater.broker.UnprocessableException;
import dev.breakwater.journal.IntentState;
import dev.breakwater.resilience.OrderNotSentException;
import dev.breakwater.resilience.OrderOutcomeUnknownException;
import dev.breakwater.resilience.RetriesExhaustedException;

/**
 * What a failed placement means for the intent: the state it goes to and the reason to show. The one
 * rule that matters: whatever may have reached the broker is UNKNOWN (to be looked up), never NOT_SENT.
 * A 422 duplicate client_order_id is not judged here: it means "exists", and the caller fetches it.
 *
 * @param state  {@link IntentState#NOT_SENT}, {@link IntentState#UNKNOWN} or {@link IntentState#REJECTED}
 * @param reason for the trader and the journal; built from the exception's message, which never holds a secret
 */
record PlacementVerdict(IntentState state, String reason) {

    static PlacementVerdict of(RuntimeException failure) {
        String text = describe(failure);
        if (failure instanceof OrderNotSentException) {
            return new PlacementVerdict(IntentState.NOT_SENT, text);
        }
        if (failure instanceof OrderOutcomeUnknownException) {
            return new PlacementVerdict(IntentState.UNKNOWN, text);
        }
        if (!(failure instanceof BrokerException broker)) {
            // A bug or an unexpected library failure: nothing proves the bytes did not leave.
            return new PlacementVerdict(IntentState.UNKNOWN, text);
        }
        if (broker.mayHaveTakenEffect()) {
            return new PlacementVerdict(IntentState.UNKNOWN, text);
        }
        if (broker instanceof RetriesExhaustedException) {
            // Only ends this way when no attempt can have created the order (all 429s, refused every time).
            return new PlacementVerdict(IntentState.NOT_SENT, text);
        }
        if (broker instanceof ForbiddenException || broker instanceof UnprocessableException
                || broker instanceof BadRequestException || broker instanceof UnauthorizedException) {
            return new PlacementVerdict(IntentState.REJECTED, rejection(broker));
        }
        // 429 without retries, connection refused, a breaker refusal: the broker did not act on it.
        return new PlacementVerdict(IntentState.NOT_SENT, text);
    }

    private static String rejection(BrokerException broker) {
        String message = broker.brokerMessage();
        String status = broker.httpStatus() > 0 ? "HTTP " + broker.httpStatus() : "refused";
        return message == null || message.isBlank() ? "broker rejected the order (" + status + ")"
                : "broker rejected the order (" + status + "): " + message;
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
