package dev.breakwater.resilience;

import dev.breakwater.broker.BrokerException;
import dev.breakwater.broker.Endpoint;

/**
 * The order was provably not placed by this call: the attempt was refused on this side (breaker open,
 * no rate-limit permit, interrupted) before anything was sent, and no earlier attempt can have created
 * it. Safe to submit again later with the same client_order_id. {@link #mayHaveTakenEffect()} is false.
 *
 * <p>A refusal by the breaker or the rate limiter is an expected outcome, not a bug, and comes in storms
 * while the broker is down: it carries no stack trace of its own (filling one in was the largest cost of
 * a rejected call in a JFR profile of {@code bench breaker}); message and cause say what happened. An
 * interrupt keeps its stack trace.
 */
public class OrderNotSentException extends BrokerException {

    private static final long serialVersionUID = 1L;

    private final String clientOrderId;
    private final RejectionReason reason;
    private final int attempts;

    public OrderNotSentException(String clientOrderId, RejectionReason reason, int attempts, Throwable cause) {
        super(Endpoint.PLACE_ORDER, 0, null,
                "order " + clientOrderId + " not sent: " + reason.label() + " (attempt " + attempts + ")",
                false, cause);
        this.clientOrderId = clientOrderId;
        this.reason = reason;
        this.attempts = attempts;
        if (!reason.isRefusal()) {
            super.fillInStackTrace();
        }
    }

    /** Filled in by the constructor, and only when the reason is not a refusal; see the class comment. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    public String clientOrderId() {
        return clientOrderId;
    }

    public RejectionReason reason() {
        return reason;
    }

    /** Attempts started, the refused one included. */
    public int attempts() {
        return attempts;
    }
}
