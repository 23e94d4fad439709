package dev.breakwater.journal;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.StopLoss;
import dev.breakwater.domain.TakeProfit;

/**
 * The request an order found at the broker must have been sent with, for journaling an order whose
 * intent was lost (see {@link OrderJournal#adopt}). Bracket legs give back the take-profit and
 * stop-loss prices.
 */
final class AdoptedRequest {

    private AdoptedRequest() {
    }

    static OrderRequest of(Order order) {
        OrderRequest.Builder builder = OrderRequest.builder()
                .clientOrderId(order.clientOrderId())
                .symbol(order.symbol())
                .qty(order.qty())
                .notional(order.notional())
                .side(order.side())
                .type(order.type())
                .timeInForce(order.timeInForce())
                .limitPrice(order.limitPrice())
                .stopPrice(order.stopPrice())
                .trailPrice(order.trailPrice())
                .trailPercent(order.trailPercent())
                .extendedHours(order.extendedHours())
                .orderClass(order.orderClass() == null ? OrderClass.SIMPLE : order.orderClass());
        for (Order leg : order.legs()) {
            if (leg.type() == OrderType.LIMIT && leg.limitPrice() != null) {
                builder.takeProfit(new TakeProfit(leg.limitPrice()));
            } else if (leg.type() == OrderType.STOP || leg.type() == OrderType.STOP_LIMIT) {
                builder.stopLoss(new StopLoss(leg.stopPrice(), leg.limitPrice()));
            }
        }
        return builder.build();
    }
}
