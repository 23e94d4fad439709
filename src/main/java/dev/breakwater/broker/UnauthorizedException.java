package dev.breakwater.broker;

/** HTTP 401: the keys are missing, wrong, or for the other environment (paper vs live). Not retried. */
public class UnauthorizedException extends BrokerException {

    private static final long serialVersionUID = 1L;

    public UnauthorizedException(Endpoint endpoint, int httpStatus, Integer code, String brokerMessage) {
        super(endpoint, httpStatus, code, brokerMessage, false, null);
    }
}
