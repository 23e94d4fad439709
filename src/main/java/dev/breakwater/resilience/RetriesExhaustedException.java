package dev.breakwater.resilience;

import dev.breakwater.broker.BrokerException;
import dev.breakwater.broker.Endpoint;

/**
 * Every attempt failed with a retryable failure. The last failure is the cause and its HTTP status and
 * broker code are copied here; {@link #mayHaveTakenEffect()} is true when any attempt may have been
 * acted on (matters for cancels, not for reads).
 *
 * <p>A placement only ends this way when no attempt can have created the order (all 429s, or connection
 * refused every time); otherwise it ends with {@link OrderOutcomeUnknownException}.
 */
public class RetriesExhaustedException extends BrokerException {

    private static final long serialVersionUID = 1L;

    private final int attempts;

    public RetriesExhaustedException(Endpoint endpoint, int attempts, BrokerException lastFailure,
                                     boolean anyAttemptMayHaveTakenEffect) {
        super(endpoint, lastFailure.httpStatus(), lastFailure.code(),
                "gave up after " + attempts + " attempts; last: " + lastFailure.getMessage(),
                anyAttemptMayHaveTakenEffect, lastFailure);
        this.attempts = attempts;
    }

    /** Attempts made, the first one included. */
    public int attempts() {
        return attempts;
    }

    /** The failure of the last attempt. */
    public BrokerException lastFailure() {
        return (BrokerException) getCause();
    }
}
