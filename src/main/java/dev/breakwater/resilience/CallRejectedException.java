package dev.breakwater.resilience;

import dev.breakwater.broker.BrokerException;
import dev.breakwater.broker.Endpoint;

/**
 * A read, cancel or replace that this side refused to send: the breaker was open, the rate limiter had
 * no permit in time, or the thread was interrupted. The refused attempt never left the process;
 * {@link #mayHaveTakenEffect()} is true only when an <em>earlier</em> attempt of the same call may have
 * (a cancel that timed out, then met an open breaker).
 *
 * <p>Like {@link OrderNotSentException}, a refusal by the breaker or the rate limiter carries no stack
 * trace of its own (an expected outcome that comes in storms); an interrupt keeps its stack trace.
 */
public class CallRejectedException extends BrokerException {

    private static final long serialVersionUID = 1L;

    private final RejectionReason reason;
    private final int attempts;

    public CallRejectedException(Endpoint endpoint, RejectionReason reason, int attempts,
                                 boolean earlierAttemptMayHaveTakenEffect, Throwable cause) {
        super(endpoint, 0, null, "not sent: " + reason.label() + " (attempt " + attempts + ")",
                earlierAttemptMayHaveTakenEffect, cause);
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

    public RejectionReason reason() {
        return reason;
    }

    /** Attempts started, the refused one included. */
    public int attempts() {
        return attempts;
    }
}
