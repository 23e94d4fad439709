package dev.breakwater.sim;

import java.math.BigDecimal;

/**
 * Alpaca's placement rules, checked in a fixed order so the first broken rule names its field. Where
 * Alpaca's exact wording is not documented the messages are the simulator's own, always of the form
 * "&lt;field&gt; is required" or "invalid &lt;field&gt;..." so a client can show them as they are.
 */
final class SimOrderRules {

    /** Alpaca's documented limit for client_order_id (the older docs said 48). */
    static final int MAX_CLIENT_ORDER_ID = 128;
    /** Alpaca keeps quantities to 9 decimals. */
    static final int MAX_QTY_SCALE = 9;

    private SimOrderRules() {
    }

    /** @throws SimRejection 422 for the first rule the request breaks */
    static void check(SimOrderRequest r) {
        if (r.symbol() == null || r.symbol().isEmpty()) {
            throw fail("symbol is required");
        }
        if (r.side() == null) {
            throw fail("side is required");
        }
        if (r.type() == null) {
            throw fail("type is required");
        }
        if (r.timeInForce() == null) {
            throw fail("time_in_force is required");
        }
        checkQuantity(r);
        checkPrices(r);
        if (r.extendedHours() && !(r.type() == SimOrderType.LIMIT && r.timeInForce() == SimTimeInForce.DAY)) {
            throw fail("invalid extended_hours: only limit orders with time_in_force day may trade extended hours");
        }
        if (r.clientOrderId() != null && r.clientOrderId().length() > MAX_CLIENT_ORDER_ID) {
            throw fail("invalid client_order_id: must be at most " + MAX_CLIENT_ORDER_ID + " characters");
        }
        checkOrderClass(r);
    }

    private static void checkQuantity(SimOrderRequest r) {
        if (r.qty() == null && r.notional() == null) {
            throw fail("qty is required");
        }
        if (r.qty() != null && r.notional() != null) {
            throw fail("invalid notional: only one of qty or notional may be given");
        }
        boolean marketDay = r.type() == SimOrderType.MARKET && r.timeInForce() == SimTimeInForce.DAY;
        if (r.qty() != null) {
            if (r.qty().signum() <= 0 || r.qty().stripTrailingZeros().scale() > MAX_QTY_SCALE) {
                throw fail("invalid qty");
            }
            if (!isWhole(r.qty()) && !marketDay) {
                throw fail("invalid qty: fractional qty is only allowed for market orders with time_in_force day");
            }
        } else {
            if (r.notional().signum() <= 0 || r.notional().stripTrailingZeros().scale() > 2) {
                throw fail("invalid notional");
            }
            if (r.notional().compareTo(BigDecimal.ONE) < 0) {
                throw fail("invalid notional: must be at least 1");
            }
            if (!marketDay) {
                throw fail("invalid notional: notional is only allowed for market orders with time_in_force day");
            }
        }
    }

    private static void checkPrices(SimOrderRequest r) {
        SimOrderType type = r.type();
        boolean oco = r.orderClass() == SimOrderClass.OCO;
        // An OCO order's own limit price is its take_profit.limit_price, so it may be left out.
        if (type.hasLimitPrice() && r.limitPrice() == null && !oco) {
            throw fail("limit_price is required for " + type.wire() + " orders");
        }
        if (!type.hasLimitPrice() && r.limitPrice() != null) {
            throw fail("invalid limit_price: not allowed for " + type.wire() + " orders");
        }
        if (type.hasStopPrice() && r.stopPrice() == null) {
            throw fail("stop_price is required for " + type.wire() + " orders");
        }
        if (!type.hasStopPrice() && r.stopPrice() != null) {
            throw fail("invalid stop_price: not allowed for " + type.wire() + " orders");
        }
        checkPrice("limit_price", r.limitPrice());
        checkPrice("stop_price", r.stopPrice());
        if (type == SimOrderType.TRAILING_STOP) {
            if ((r.trailPrice() == null) == (r.trailPercent() == null)) {
                throw fail("trail_price or trail_percent is required for trailing_stop orders (exactly one)");
            }
            checkPrice("trail_price", r.trailPrice());
            if (r.trailPercent() != null
                    && (r.trailPercent().signum() <= 0 || r.trailPercent().compareTo(BigDecimal.valueOf(100)) >= 0)) {
                throw fail("invalid trail_percent");
            }
            if (r.timeInForce() != SimTimeInForce.DAY && r.timeInForce() != SimTimeInForce.GTC) {
                throw fail("invalid time_in_force: trailing_stop orders allow only day or gtc");
            }
        } else if (r.trailPrice() != null) {
            throw fail("invalid trail_price: only allowed for trailing_stop orders");
        } else if (r.trailPercent() != null) {
            throw fail("invalid trail_percent: only allowed for trailing_stop orders");
        }
    }

    private static void checkOrderClass(SimOrderRequest r) {
        SimOrderClass orderClass = r.orderClass();
        if (orderClass == SimOrderClass.SIMPLE) {
            if (r.takeProfit() != null) {
                throw fail("invalid take_profit: only allowed for bracket, oco and oto orders");
            }
            if (r.stopLoss() != null) {
                throw fail("invalid stop_loss: only allowed for bracket, oco and oto orders");
            }
            return;
        }
        String name = orderClass.wire();
        if (r.timeInForce() != SimTimeInForce.DAY && r.timeInForce() != SimTimeInForce.GTC) {
            throw fail("invalid time_in_force: " + name + " orders allow only day or gtc");
        }
        if (r.notional() != null || !isWhole(r.qty())) {
            throw fail("invalid qty: " + name + " orders need a whole number of shares");
        }
        if (r.type() == SimOrderType.TRAILING_STOP) {
            throw fail("invalid type: " + name + " orders cannot be trailing_stop");
        }
        switch (orderClass) {
            case BRACKET -> {
                requireTakeProfit(r, name);
                requireStopLoss(r, name);
            }
            case OCO -> {
                if (r.type() != SimOrderType.LIMIT) {
                    throw fail("invalid type: oco orders must be limit orders");
                }
                requireTakeProfit(r, name);
                requireStopLoss(r, name);
            }
            case OTO -> {
                if ((r.takeProfit() == null) == (r.stopLoss() == null)) {
                    throw fail("take_profit or stop_loss is required for oto orders (exactly one)");
                }
            }
            default -> throw new IllegalStateException(orderClass.name());
        }
        if (r.takeProfit() != null) {
            if (r.takeProfit().limitPrice() == null) {
                throw fail("take_profit.limit_price is required");
            }
            checkPrice("take_profit.limit_price", r.takeProfit().limitPrice());
        }
        if (r.stopLoss() != null) {
            if (r.stopLoss().stopPrice() == null) {
                throw fail("stop_loss.stop_price is required");
            }
            checkPrice("stop_loss.stop_price", r.stopLoss().stopPrice());
            checkPrice("stop_loss.limit_price", r.stopLoss().limitPrice());
        }
        if (r.takeProfit() != null && r.stopLoss() != null) {
            // The exits sell a long (bracket buy, oco sell) or buy back a short: profit lies above the
            // stop for a selling exit and below it for a buying one.
            SimSide exitSide = orderClass == SimOrderClass.OCO ? r.side() : r.side().opposite();
            int cmp = r.takeProfit().limitPrice().compareTo(r.stopLoss().stopPrice());
            if (exitSide == SimSide.SELL && cmp <= 0) {
                throw fail("invalid take_profit.limit_price: must be above stop_loss.stop_price");
            }
            if (exitSide == SimSide.BUY && cmp >= 0) {
                throw fail("invalid take_profit.limit_price: must be below stop_loss.stop_price");
            }
        }
    }

    private static void requireTakeProfit(SimOrderRequest r, String name) {
        if (r.takeProfit() == null) {
            throw fail("take_profit is required for " + name + " orders");
        }
    }

    private static void requireStopLoss(SimOrderRequest r, String name) {
        if (r.stopLoss() == null) {
            throw fail("stop_loss is required for " + name + " orders");
        }
    }

    /** A price must be positive and on Alpaca's tick: cents from $1 up, 1/100 cent below. */
    static void checkPrice(String field, BigDecimal price) {
        if (price == null) {
            return;
        }
        if (price.signum() <= 0) {
            throw fail("invalid " + field);
        }
        int maxScale = price.compareTo(BigDecimal.ONE) >= 0 ? 2 : 4;
        if (price.stripTrailingZeros().scale() > maxScale) {
            throw fail("invalid " + field + ": sub-penny increment does not fulfill minimum pricing criteria");
        }
    }

    static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static SimRejection fail(String message) {
        return SimRejection.invalid(message);
    }
}
