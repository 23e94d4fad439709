package dev.breakwater.sim;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * The parameters of {@code POST /v2/orders}, parsed and checked against Alpaca's rules
 * ({@link SimOrderRules}). A {@code null} field was not given. {@code clientOrderId} stays {@code null}
 * when absent or blank: {@link SimExchange#place} then generates one from its id source, as Alpaca
 * generates one server side.
 *
 * <p>Prices are kept exactly as sent (scale included), so the order echoes them back the way the client
 * wrote them; quantities are shown without trailing zeros.
 */
public record SimOrderRequest(
        String symbol,
        BigDecimal qty,
        BigDecimal notional,
        SimSide side,
        SimOrderType type,
        SimTimeInForce timeInForce,
        BigDecimal limitPrice,
        BigDecimal stopPrice,
        BigDecimal trailPrice,
        BigDecimal trailPercent,
        boolean extendedHours,
        String clientOrderId,
        SimOrderClass orderClass,
        TakeProfit takeProfit,
        StopLoss stopLoss) {

    /** The {@code take_profit} object of a bracket, OCO or OTO order. */
    public record TakeProfit(BigDecimal limitPrice) {
    }

    /** The {@code stop_loss} object; a {@code limitPrice} makes the stop-loss leg a stop-limit order. */
    public record StopLoss(BigDecimal stopPrice, BigDecimal limitPrice) {
    }

    /** Normalises the absent forms: a blank client order id means "generate one", no class means simple. */
    public SimOrderRequest {
        if (clientOrderId != null && clientOrderId.isBlank()) {
            clientOrderId = null;
        }
        if (orderClass == null) {
            orderClass = SimOrderClass.SIMPLE;
        }
    }

    /**
     * Parses and validates a request body.
     *
     * @throws SimRejection 400 when the body is not a JSON object; 422 naming the field when a value is
     *                      missing, malformed or breaks one of Alpaca's rules
     */
    public static SimOrderRequest fromJson(byte[] body) {
        SimJsonReader in = SimJsonReader.parse(body);
        SimJsonReader takeProfit = in.object("take_profit");
        SimJsonReader stopLoss = in.object("stop_loss");
        SimOrderRequest request = new SimOrderRequest(
                in.text("symbol"),
                in.decimal("qty"),
                in.decimal("notional"),
                in.enumValue("side", SimSide::fromWire),
                in.enumValue("type", SimOrderType::fromWire),
                in.enumValue("time_in_force", SimTimeInForce::fromWire),
                in.decimal("limit_price"),
                in.decimal("stop_price"),
                in.decimal("trail_price"),
                in.decimal("trail_percent"),
                in.bool("extended_hours", false),
                in.text("client_order_id"),
                in.enumValue("order_class", SimOrderClass::fromWire),
                takeProfit == null ? null : new TakeProfit(takeProfit.decimal("limit_price")),
                stopLoss == null ? null : new StopLoss(stopLoss.decimal("stop_price"), stopLoss.decimal("limit_price")));
        SimOrderRules.check(request);
        return request;
    }

    /** {@link #fromJson(byte[])} for a UTF-8 string. */
    public static SimOrderRequest fromJson(String body) {
        return fromJson(body.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy with another client order id (e.g. a test re-sending an order under the same id). */
    public SimOrderRequest withClientOrderId(String id) {
        return new SimOrderRequest(symbol, qty, notional, side, type, timeInForce, limitPrice, stopPrice,
                trailPrice, trailPercent, extendedHours, id, orderClass, takeProfit, stopLoss);
    }
}
