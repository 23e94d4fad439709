package dev.breakwater.sim;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * The body of {@code PATCH /v2/orders/{id}}: every field optional, a {@code null} keeps the old order's
 * value. {@code trail} is the new trail_price or trail_percent of a trailing stop, whichever the order
 * uses. A {@code null} client order id means "generate one" (a replacement never inherits the old id,
 * because ids are unique forever).
 */
public record SimReplaceRequest(
        BigDecimal qty,
        SimTimeInForce timeInForce,
        BigDecimal limitPrice,
        BigDecimal stopPrice,
        BigDecimal trail,
        String clientOrderId) {

    /** Checks the values that need no order to judge; a blank client order id means "generate one". */
    public SimReplaceRequest {
        if (clientOrderId != null && clientOrderId.isBlank()) {
            clientOrderId = null;
        }
        if (qty != null && (qty.signum() <= 0 || !SimOrderRules.isWhole(qty))) {
            throw SimRejection.invalid("invalid qty: a replacement needs a whole number of shares");
        }
        SimOrderRules.checkPrice("limit_price", limitPrice);
        SimOrderRules.checkPrice("stop_price", stopPrice);
        if (trail != null && trail.signum() <= 0) {
            throw SimRejection.invalid("invalid trail");
        }
        if (clientOrderId != null && clientOrderId.length() > SimOrderRules.MAX_CLIENT_ORDER_ID) {
            throw SimRejection.invalid("invalid client_order_id: must be at most "
                    + SimOrderRules.MAX_CLIENT_ORDER_ID + " characters");
        }
    }

    /**
     * Parses and checks a PATCH body.
     *
     * @throws SimRejection 400 when the body is not a JSON object; 422 naming the field otherwise
     */
    public static SimReplaceRequest fromJson(byte[] body) {
        SimJsonReader in = SimJsonReader.parse(body);
        return new SimReplaceRequest(
                in.decimal("qty"),
                in.enumValue("time_in_force", SimTimeInForce::fromWire),
                in.decimal("limit_price"),
                in.decimal("stop_price"),
                in.decimal("trail"),
                in.text("client_order_id"));
    }

    /** {@link #fromJson(byte[])} for a UTF-8 string. */
    public static SimReplaceRequest fromJson(String body) {
        return fromJson(body.getBytes(StandardCharsets.UTF_8));
    }
}
