package dev.breakwater.broker;

/**
 * HTTP 422 "client_order_id must be unique" (code 40010001): an order with this client_order_id already
 * exists at the broker. After a lost reply this is good news (the first attempt landed): fetch the
 * order by its client_order_id, never treat it as a failure.
 */
public class DuplicateClientOrderIdException extends UnprocessableException {

    private static final long serialVersionUID = 1L;

    public DuplicateClientOrderIdException(Endpoint endpoint, Integer code, String brokerMessage) {
        super(endpoint, 422, code, brokerMessage);
    }
}
