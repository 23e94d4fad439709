package dev.breakwater.domain;

import java.math.BigDecimal;

/**
 * The rules of {@link OrderValidator} for order classes and their take-profit / stop-loss legs, as
 * Alpaca's order guide states them for brackets, OCO and OTO.
 */
final class OrderClassRules {

    static boolean isAdvanced(OrderClass orderClass) {
        return orderClass == OrderClass.BRACKET || orderClass == OrderClass.OCO || orderClass == OrderClass.OTO;
    }

    void check(OrderRequest request, Violations violations) {
        // A request built without an order class is a simple one, as Alpaca reads a missing or "" class.
        OrderClass orderClass = request.orderClass() == null ? OrderClass.SIMPLE : request.orderClass();
        if (orderClass == OrderClass.SIMPLE) {
            checkSimple(request, violations);
            return;
        }
        if (!isAdvanced(orderClass)) {
            violations.add("order_class", "order_class must be simple, bracket, oco or oto");
            return;
        }
        switch (orderClass) {
            case BRACKET -> checkBracket(request, violations);
            case OCO -> checkOco(request, violations);
            case OTO -> checkOto(request, violations);
            default -> throw new IllegalStateException("not an advanced order class: " + orderClass);
        }
        if (request.type() == OrderType.TRAILING_STOP) {
            violations.add("type", "trailing_stop orders can only be simple orders");
        }
        checkLegPrices(request, violations);
        checkLegOrder(request, orderClass, violations);
    }

    private static void checkSimple(OrderRequest request, Violations violations) {
        if (request.takeProfit() != null) {
            violations.add("take_profit", "take_profit is only allowed for bracket, oco and oto orders");
        }
        if (request.stopLoss() != null) {
            violations.add("stop_loss", "stop_loss is only allowed for bracket, oco and oto orders");
        }
    }

    private static void checkBracket(OrderRequest request, Violations violations) {
        if (request.takeProfit() == null) {
            violations.add("take_profit", "bracket orders need take_profit");
        }
        if (request.stopLoss() == null) {
            violations.add("stop_loss", "bracket orders need stop_loss");
        }
        requireDayOrGtc(request, "bracket", violations);
    }

    private static void checkOco(OrderRequest request, Violations violations) {
        if (request.takeProfit() == null) {
            violations.add("take_profit", "oco orders need take_profit");
        }
        if (request.stopLoss() == null) {
            violations.add("stop_loss", "oco orders need stop_loss");
        }
        if (OrderValidator.known(request.type()) && request.type() != OrderType.LIMIT) {
            violations.add("type", "oco orders must have type limit (the take-profit leg)");
        }
    }

    private static void checkOto(OrderRequest request, Violations violations) {
        if (request.takeProfit() == null && request.stopLoss() == null) {
            violations.add("take_profit", "oto orders need take_profit or stop_loss");
        } else if (request.takeProfit() != null && request.stopLoss() != null) {
            violations.add("stop_loss", "oto orders take one of take_profit and stop_loss; use bracket for both");
        }
        // Alpaca: apart from the single leg, "the rest of requirements are the same as the bracket orders".
        requireDayOrGtc(request, "oto", violations);
    }

    private static void requireDayOrGtc(OrderRequest request, String orderClass, Violations violations) {
        TimeInForce timeInForce = request.timeInForce();
        if (OrderValidator.known(timeInForce) && !OrderValidator.dayOrGtc(timeInForce)) {
            violations.add("time_in_force", orderClass + " orders allow only time_in_force day or gtc");
        }
    }

    private static void checkLegPrices(OrderRequest request, Violations violations) {
        TakeProfit takeProfit = request.takeProfit();
        if (takeProfit != null) {
            if (takeProfit.limitPrice() == null) {
                violations.add("take_profit.limit_price", "take_profit needs limit_price");
            }
            violations.positive("take_profit.limit_price", takeProfit.limitPrice());
        }
        StopLoss stopLoss = request.stopLoss();
        if (stopLoss != null) {
            if (stopLoss.stopPrice() == null) {
                violations.add("stop_loss.stop_price", "stop_loss needs stop_price");
            }
            violations.positive("stop_loss.stop_price", stopLoss.stopPrice());
            violations.positive("stop_loss.limit_price", stopLoss.limitPrice());
        }
    }

    /**
     * The take-profit must sit on the profitable side of the stop. The exits of a buy bracket sell, and
     * so do those of a sell OCO (an OCO is itself the exit): for selling exits the take-profit is above
     * the stop, for buying exits below.
     */
    private static void checkLegOrder(OrderRequest request, OrderClass orderClass, Violations violations) {
        // An OTO with both legs is already refused; comparing its legs would only add noise.
        if (orderClass == OrderClass.OTO || request.takeProfit() == null || request.stopLoss() == null) {
            return;
        }
        BigDecimal target = request.takeProfit().limitPrice();
        BigDecimal stop = request.stopLoss().stopPrice();
        Side side = request.side();
        if (target == null || stop == null || target.signum() <= 0 || stop.signum() <= 0
                || side == null || side == Side.UNKNOWN) {
            return;
        }
        boolean exitsSell = (orderClass == OrderClass.OCO) == (side == Side.SELL);
        String order = " for a " + side.wire() + " " + orderClass.wire() + " order";
        if (exitsSell && target.compareTo(stop) <= 0) {
            violations.add("take_profit.limit_price", "take_profit.limit_price must be above stop_loss.stop_price"
                    + order);
        } else if (!exitsSell && target.compareTo(stop) >= 0) {
            violations.add("take_profit.limit_price", "take_profit.limit_price must be below stop_loss.stop_price"
                    + order);
        }
    }
}
