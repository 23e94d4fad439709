package dev.breakwater.broker;

/**
 * No usable reply: the connection was refused, cut, or timed out. {@link #mayHaveTakenEffect()} is false
 * only when the request provably never left (connection refused, unknown host); after the request was
 * written a cut or a timeout leaves the outcome unknown.
 */
public class TransportException extends BrokerException {

    private static final long serialVersionUID = 1L;

    public TransportException(Endpoint endpoint, String description, boolean mayHaveTakenEffect, Throwable cause) {
        super(endpoint, 0, null, description, mayHaveTakenEffect, cause);
    }
}
