package dev.breakwater.domain;

import java.math.BigDecimal;

/**
 * The fields {@code PATCH /v2/orders/{id}} may change; null means "leave as it is". A replace creates a
 * new order with a new id, so it carries a client_order_id of its own.
 */
public record ReplaceRequest(
        BigDecimal qty,
        TimeInForce timeInForce,
        BigDecimal limitPrice,
        BigDecimal stopPrice,
        BigDecimal trail,
        String clientOrderId) {
}
