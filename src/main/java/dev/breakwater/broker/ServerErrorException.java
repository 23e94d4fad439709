package dev.breakwater.broker;

/** HTTP 5xx. For a placement the outcome is ambiguous: the order may exist. */
public class ServerErrorException extends BrokerException {

    private static final long serialVersionUID = 1L;

    public ServerErrorException(Endpoint endpoint, int httpStatus, Integer code, String brokerMessage) {
        super(endpoint, httpStatus, code, brokerMessage, true, null);
    }
}
