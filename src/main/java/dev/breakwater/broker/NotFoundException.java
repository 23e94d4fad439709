package dev.breakwater.broker;

/** HTTP 404: no such order or position. For a lookup by client_order_id after a lost reply this is the proof the order was not placed (allowing for delayed visibility). */
public class NotFoundException extends BrokerException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(Endpoint endpoint, int httpStatus, Integer code, String brokerMessage) {
        super(endpoint, httpStatus, code, brokerMessage, false, null);
    }
}
