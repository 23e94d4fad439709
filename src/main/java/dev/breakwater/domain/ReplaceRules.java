package dev.breakwater.domain;

import java.math.BigDecimal;

/** The rules of {@link OrderValidator} for {@code PATCH /v2/orders/{id}}. */
final class ReplaceRules {

    void check(ReplaceRequest request, Violations violations) {
        // The client_order_id does not count: the app gives every replacement one, so it changes nothing.
        boolean changesSomething = request.qty() != null || request.timeInForce() != null
                || request.limitPrice() != null || request.stopPrice() != null || request.trail() != null;
        if (!changesSomething) {
            violations.add(OrderValidator.WHOLE_REQUEST,
                    "a replace must change at least one of qty, time_in_force, limit_price, stop_price or trail");
        }
        checkQty(request.qty(), violations);
        if (request.timeInForce() == TimeInForce.UNKNOWN) {
            violations.add("time_in_force", "time_in_force must be day, gtc, opg, cls, ioc or fok");
        }
        violations.positive("limit_price", request.limitPrice());
        violations.positive("stop_price", request.stopPrice());
        violations.positive("trail", request.trail());
        violations.clientOrderId(request.clientOrderId());
    }

    private static void checkQty(BigDecimal qty, Violations violations) {
        if (qty == null) {
            return;
        }
        if (qty.signum() <= 0) {
            violations.add("qty", "qty must be greater than 0");
        } else if (Violations.isFractional(qty)) {
            violations.add("qty", "a replace takes whole shares only");
        }
    }
}
