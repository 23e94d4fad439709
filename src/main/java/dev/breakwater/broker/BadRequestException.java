package dev.breakwater.broker;

/** HTTP 400, or any other 4xx without a type of its own: the request itself is wrong. Not retried. */
public class BadRequestException extends BrokerException {

    private static final long serialVersionUID = 1L;

    public BadRequestException(Endpoint endpoint, int httpStatus, Integer code, String brokerMessage) {
        super(endpoint, httpStatus, code, brokerMessage, false, null);
    }
}
