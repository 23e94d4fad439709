package dev.breakwater.resilience;

import dev.breakwater.broker.BrokerException;
import dev.breakwater.broker.Endpoint;

/**
 * Placement stopped while an order with this client_order_id may exist at the broker: some POST may
 * have taken effect (timeout after sending, 5xx, unreadable 2xx, a duplicate that could not be fetched)
 * and no lookup has settled it. This is deliberately not a guess either way: the console must show the
 * order as "unknown" and settle it later with {@code getOrderByClientOrderId}, the trade stream or a
 * reconcile, never by sending a new order with a new id. {@link #mayHaveTakenEffect()} is true.
 */
public class OrderOutcomeUnknownException extends BrokerException {

    private static final long serialVersionUID = 1L;

    private final String clientOrderId;
    private final int attempts;

    public OrderOutcomeUnknownException(String clientOrderId, int attempts, Throwable lastFailure) {
        super(Endpoint.PLACE_ORDER, statusOf(lastFailure), codeOf(lastFailure),
                "outcome of order " + clientOrderId + " unknown after " + attempts + " attempts; last: "
                        + lastFailure.getMessage(),
                true, lastFailure);
        this.clientOrderId = clientOrderId;
        this.attempts = attempts;
    }

    private static int statusOf(Throwable failure) {
        return failure instanceof BrokerException brokerFailure ? brokerFailure.httpStatus() : 0;
    }

    private static Integer codeOf(Throwable failure) {
        return failure instanceof BrokerException brokerFailure ? brokerFailure.code() : null;
    }

    public String clientOrderId() {
        return clientOrderId;
    }

    /** Placement attempts made, the first one included. */
    public int attempts() {
        return attempts;
    }
}
