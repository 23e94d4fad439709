package dev.breakwater.sim;

import java.math.BigDecimal;

/**
 * The rules a replace must keep that depend on the order being replaced (the request's own values are
 * checked by {@link SimReplaceRequest}): only fields the order type has, some parameter must change, and
 * the new time in force must suit the order.
 */
final class SimReplaceRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SimReplaceRules() {
    }

    /**
     * @param target the quantity the replacement will have
     * @param tif    the time in force the replacement will have
     * @throws SimRejection 422 for a field the order does not have or an unsuitable time in force; 403 when
     *                      nothing changes
     */
    static void check(WorkingOrder old, SimReplaceRequest r, BigDecimal target, SimTimeInForce tif) {
        if (r.limitPrice() != null && !old.type.hasLimitPrice()) {
            throw SimRejection.invalid("invalid limit_price: a " + old.type.wire() + " order has no limit price");
        }
        if (r.stopPrice() != null && !old.type.hasStopPrice()) {
            throw SimRejection.invalid("invalid stop_price: a " + old.type.wire() + " order has no stop price");
        }
        if (r.trail() != null) {
            if (old.type != SimOrderType.TRAILING_STOP) {
                throw SimRejection.invalid("invalid trail: only trailing_stop orders have a trail");
            }
            if (old.trailPercent != null && r.trail().compareTo(HUNDRED) >= 0) {
                throw SimRejection.invalid("invalid trail");
            }
            if (old.trailPrice != null) {
                SimOrderRules.checkPrice("trail", r.trail());
            }
        }
        if (changesNothing(old, r)) {
            throw SimRejection.parametersNotChanged();
        }
        checkTimeInForce(old, tif, target);
    }

    /** Alpaca answers a PATCH that changes no order parameter with a 403; a new client id alone is no change. */
    private static boolean changesNothing(WorkingOrder old, SimReplaceRequest r) {
        BigDecimal trail = old.trailPrice != null ? old.trailPrice : old.trailPercent;
        return same(r.qty(), old.qty) && (r.timeInForce() == null || r.timeInForce() == old.timeInForce)
                && same(r.limitPrice(), old.limitPrice) && same(r.stopPrice(), old.stopPrice) && same(r.trail(), trail);
    }

    private static boolean same(BigDecimal requested, BigDecimal current) {
        return requested == null || (current != null && requested.compareTo(current) == 0);
    }

    private static void checkTimeInForce(WorkingOrder old, SimTimeInForce tif, BigDecimal target) {
        boolean dayOrGtc = tif == SimTimeInForce.DAY || tif == SimTimeInForce.GTC;
        if (old.type == SimOrderType.TRAILING_STOP && !dayOrGtc) {
            throw SimRejection.invalid("invalid time_in_force: trailing_stop orders allow only day or gtc");
        }
        if (old.orderClass != SimOrderClass.SIMPLE && !dayOrGtc) {
            throw SimRejection.invalid("invalid time_in_force: " + old.orderClass.wire() + " orders allow only day or gtc");
        }
        if (old.extendedHours && tif != SimTimeInForce.DAY) {
            throw SimRejection.invalid("invalid time_in_force: extended hours orders allow only day");
        }
        if (!SimOrderRules.isWhole(target) && tif != SimTimeInForce.DAY) {
            throw SimRejection.invalid("invalid time_in_force: fractional orders allow only day");
        }
    }
}
