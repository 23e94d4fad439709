package dev.breakwater.broker;

/**
 * The broker answered, but the body could not be read (invalid or truncated JSON, a missing field the
 * call needs). For a 2xx placement the order very likely exists, so the outcome counts as unknown.
 */
public class MalformedReplyException extends BrokerException {

    private static final long serialVersionUID = 1L;

    public MalformedReplyException(Endpoint endpoint, int httpStatus, String description, Throwable cause) {
        super(endpoint, httpStatus, null, description, true, cause);
    }
}
