package dev.breakwater.broker.alpaca;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.broker.OrderQuery;
import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.ReplaceRequest;
import dev.breakwater.domain.StopLoss;
import dev.breakwater.domain.TakeProfit;
import dev.breakwater.domain.WireValue;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import okhttp3.HttpUrl;

/**
 * Request bodies and query strings in Alpaca's wire format: snake_case names, decimals as plain JSON
 * strings (never {@code 1E+2}), null fields left out.
 */
final class AlpacaRequests {

    private AlpacaRequests() {
    }

    /**
     * The body of {@code POST /v2/orders}. {@code order_class} is left out for simple orders and
     * {@code extended_hours} when false (both are Alpaca's defaults).
     *
     * @throws IllegalArgumentException when the request has no client_order_id (a placement without one
     *                                  could not be settled after a lost reply) or carries an UNKNOWN enum
     */
    static String order(OrderRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("order request is missing");
        }
        if (request.clientOrderId() == null || request.clientOrderId().isBlank()) {
            throw new IllegalArgumentException("order request has no client_order_id: every placement must carry"
                    + " one so a lost reply can be settled by looking it up");
        }
        ObjectNode body = AlpacaJson.mapper().createObjectNode();
        putText(body, "symbol", request.symbol());
        putDecimal(body, "qty", request.qty());
        putDecimal(body, "notional", request.notional());
        putWire(body, "side", request.side());
        putWire(body, "type", request.type());
        putWire(body, "time_in_force", request.timeInForce());
        putDecimal(body, "limit_price", request.limitPrice());
        putDecimal(body, "stop_price", request.stopPrice());
        putDecimal(body, "trail_price", request.trailPrice());
        putDecimal(body, "trail_percent", request.trailPercent());
        if (request.extendedHours()) {
            body.put("extended_hours", true);
        }
        body.put("client_order_id", request.clientOrderId());
        if (request.orderClass() != null && request.orderClass() != OrderClass.SIMPLE) {
            putWire(body, "order_class", request.orderClass());
        }
        TakeProfit takeProfit = request.takeProfit();
        if (takeProfit != null) {
            ObjectNode leg = body.putObject("take_profit");
            putDecimal(leg, "limit_price", takeProfit.limitPrice());
        }
        StopLoss stopLoss = request.stopLoss();
        if (stopLoss != null) {
            ObjectNode leg = body.putObject("stop_loss");
            putDecimal(leg, "stop_price", stopLoss.stopPrice());
            putDecimal(leg, "limit_price", stopLoss.limitPrice());
        }
        return write(body);
    }

    /** The body of {@code PATCH /v2/orders/{id}}: only the fields to change. */
    static String replace(ReplaceRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("replace request is missing");
        }
        ObjectNode body = AlpacaJson.mapper().createObjectNode();
        putDecimal(body, "qty", request.qty());
        putWire(body, "time_in_force", request.timeInForce());
        putDecimal(body, "limit_price", request.limitPrice());
        putDecimal(body, "stop_price", request.stopPrice());
        putDecimal(body, "trail", request.trail());
        putText(body, "client_order_id", request.clientOrderId());
        return write(body);
    }

    /** Adds the non-null filters of {@code GET /v2/orders}; times as RFC 3339 with their offsets. */
    static HttpUrl.Builder addQuery(HttpUrl.Builder url, OrderQuery query) {
        if (query == null) {
            return url;
        }
        addParam(url, "status", query.status());
        addParam(url, "limit", query.limit() == null ? null : query.limit().toString());
        addParam(url, "after", rfc3339(query.after()));
        addParam(url, "until", rfc3339(query.until()));
        addParam(url, "direction", query.direction());
        addParam(url, "nested", query.nested() == null ? null : query.nested().toString());
        if (!query.symbols().isEmpty()) {
            url.addQueryParameter("symbols", String.join(",", query.symbols()));
        }
        return url;
    }

    /** Always with seconds (unlike {@link OffsetDateTime#toString()}, which drops zero seconds). */
    static String rfc3339(OffsetDateTime time) {
        return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    private static void addParam(HttpUrl.Builder url, String name, String value) {
        if (value != null) {
            url.addQueryParameter(name, value);
        }
    }

    private static void putText(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void putDecimal(ObjectNode node, String name, BigDecimal value) {
        if (value != null) {
            node.put(name, value.toPlainString());
        }
    }

    private static <E extends Enum<E> & WireValue> void putWire(ObjectNode node, String name, E value) {
        if (value == null) {
            return;
        }
        if (value.name().equals("UNKNOWN")) {
            throw new IllegalArgumentException(name + " is UNKNOWN: a value Breakwater cannot send");
        }
        node.put(name, value.wire());
    }

    private static String write(ObjectNode body) {
        try {
            return AlpacaJson.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree of strings", e);
        }
    }
}
