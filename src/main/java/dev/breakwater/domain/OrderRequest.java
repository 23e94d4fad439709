package dev.breakwater.domain;

import java.math.BigDecimal;

/**
 * Everything Alpaca's {@code POST /v2/orders} accepts for equities. Exactly one of {@code qty} and
 * {@code notional} is set; {@link OrderValidator} says what else a valid request needs.
 *
 * <p>The {@code clientOrderId} is part of the request on purpose: it is minted when the ticket is
 * created and travels unchanged through every retry and re-click, which is what makes a resend safe.
 */
public record OrderRequest(
        String symbol,
        BigDecimal qty,
        BigDecimal notional,
        Side side,
        OrderType type,
        TimeInForce timeInForce,
        BigDecimal limitPrice,
        BigDecimal stopPrice,
        BigDecimal trailPrice,
        BigDecimal trailPercent,
        boolean extendedHours,
        String clientOrderId,
        OrderClass orderClass,
        TakeProfit takeProfit,
        StopLoss stopLoss) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this request's values. */
    public Builder toBuilder() {
        return new Builder()
                .symbol(symbol).qty(qty).notional(notional).side(side).type(type).timeInForce(timeInForce)
                .limitPrice(limitPrice).stopPrice(stopPrice).trailPrice(trailPrice).trailPercent(trailPercent)
                .extendedHours(extendedHours).clientOrderId(clientOrderId).orderClass(orderClass)
                .takeProfit(takeProfit).stopLoss(stopLoss);
    }

    public OrderRequest withClientOrderId(String id) {
        return toBuilder().clientOrderId(id).build();
    }

    /** Fluent construction; unset fields stay null (simple order class, no extended hours). */
    public static final class Builder {
        private String symbol;
        private BigDecimal qty;
        private BigDecimal notional;
        private Side side;
        private OrderType type;
        private TimeInForce timeInForce;
        private BigDecimal limitPrice;
        private BigDecimal stopPrice;
        private BigDecimal trailPrice;
        private BigDecimal trailPercent;
        private boolean extendedHours;
        private String clientOrderId;
        private OrderClass orderClass = OrderClass.SIMPLE;
        private TakeProfit takeProfit;
        private StopLoss stopLoss;

        private Builder() {
        }

        public Builder symbol(String value) {
            symbol = value;
            return this;
        }

        public Builder qty(BigDecimal value) {
            qty = value;
            return this;
        }

        public Builder qty(String value) {
            return qty(value == null ? null : new BigDecimal(value));
        }

        public Builder notional(BigDecimal value) {
            notional = value;
            return this;
        }

        public Builder side(Side value) {
            side = value;
            return this;
        }

        public Builder type(OrderType value) {
            type = value;
            return this;
        }

        public Builder timeInForce(TimeInForce value) {
            timeInForce = value;
            return this;
        }

        public Builder limitPrice(BigDecimal value) {
            limitPrice = value;
            return this;
        }

        public Builder limitPrice(String value) {
            return limitPrice(value == null ? null : new BigDecimal(value));
        }

        public Builder stopPrice(BigDecimal value) {
            stopPrice = value;
            return this;
        }

        public Builder stopPrice(String value) {
            return stopPrice(value == null ? null : new BigDecimal(value));
        }

        public Builder trailPrice(BigDecimal value) {
            trailPrice = value;
            return this;
        }

        public Builder trailPercent(BigDecimal value) {
            trailPercent = value;
            return this;
        }

        public Builder extendedHours(boolean value) {
            extendedHours = value;
            return this;
        }

        public Builder clientOrderId(String value) {
            clientOrderId = value;
            return this;
        }

        public Builder orderClass(OrderClass value) {
            orderClass = value;
            return this;
        }

        public Builder takeProfit(TakeProfit value) {
            takeProfit = value;
            return this;
        }

        public Builder stopLoss(StopLoss value) {
            stopLoss = value;
            return this;
        }

        public OrderRequest build() {
            return new OrderRequest(symbol, qty, notional, side, type, timeInForce, limitPrice, stopPrice,
                    trailPrice, trailPercent, extendedHours, clientOrderId, orderClass, takeProfit, stopLoss);
        }
    }
}
