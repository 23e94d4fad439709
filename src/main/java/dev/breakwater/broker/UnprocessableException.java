package dev.breakwater.broker;

/** HTTP 422: the broker did not accept the parameters (or the order is not cancelable). Not retried. */
public class UnprocessableException extends BrokerException {

    private static final long serialVersionUID = 1L;

    public UnprocessableException(Endpoint endpoint, int httpStatus, Integer code, String brokerMessage) {
        super(endpoint, httpStatus, code, brokerMessage, false, null);
    }
}
