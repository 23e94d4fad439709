package dev.breakwater.broker;

/** HTTP 403: the broker refused the request, e.g. insufficient buying power (code 40310000) or a permission problem. A user error: not retried, and it does not count against the broker's health. */
public class ForbiddenException extends BrokerException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(Endpoint endpoint, int httpStatus, Integer code, String brokerMessage) {
        super(endpoint, httpStatus, code, brokerMessage, false, null);
    }
}
