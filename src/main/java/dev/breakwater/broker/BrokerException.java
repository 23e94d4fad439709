package dev.breakwater.broker;

/**
 * Base of every failure a {@link Broker} call reports. It carries what is known of the exchange with the
 * broker: the endpoint, the HTTP status (0 when no reply arrived), Alpaca's numeric {@code code} and
 * {@code message} when the body had them, and whether the request may have taken effect at the broker.
 *
 * <p>Messages are built from those parts only, never from request headers, so a key cannot leak
 * through an exception.
 */
public abstract class BrokerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Endpoint endpoint;
    private final int httpStatus;
    private final Integer code;
    private final String brokerMessage;
    private final boolean mayHaveTakenEffect;

    protected BrokerException(Endpoint endpoint, int httpStatus, Integer code, String brokerMessage,
                              boolean mayHaveTakenEffect, Throwable cause) {
        super(describe(endpoint, httpStatus, code, brokerMessage), cause);
        this.endpoint = endpoint;
        this.httpStatus = httpStatus;
        this.code = code;
        this.brokerMessage = brokerMessage;
        this.mayHaveTakenEffect = mayHaveTakenEffect;
    }

    private static String describe(Endpoint endpoint, int httpStatus, Integer code, String brokerMessage) {
        StringBuilder text = new StringBuilder(endpoint == null ? "broker" : endpoint.tag());
        if (httpStatus > 0) {
            text.append(": HTTP ").append(httpStatus);
        }
        if (code != null) {
            text.append(" code ").append(code);
        }
        if (brokerMessage != null && !brokerMessage.isBlank()) {
            text.append(": ").append(brokerMessage);
        }
        return text.toString();
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    /** The reply's HTTP status, or 0 when no reply arrived. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Alpaca's numeric error code (e.g. 40010001), or null when the body had none. */
    public Integer code() {
        return code;
    }

    /** Alpaca's error message, or a description of the transport failure. */
    public String brokerMessage() {
        return brokerMessage;
    }

    /**
     * True when the request may have been acted on by the broker although no good reply came back (a
     * timeout after sending, a 5xx, an unreadable 200). For an order placement this means the order may
     * exist: it must be looked up by client_order_id, never blindly sent again.
     */
    public boolean mayHaveTakenEffect() {
        return mayHaveTakenEffect;
    }
}
