package dev.breakwater.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.StopLoss;
import dev.breakwater.domain.TakeProfit;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.domain.WireValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * The canonical JSON of an order request and its hash: what the journal stores, and what tells a re-click
 * (same hash) from a re-submit with different parameters under the same client_order_id (an idempotency
 * conflict, refused). Fields in a fixed order, nulls left out, decimals normalised ({@code 10} and
 * {@code 10.00} are the same order), enums as Alpaca's wire strings.
 */
public final class CanonicalRequest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private CanonicalRequest() {
    }

    /** The canonical JSON of {@code request}. */
    public static String json(OrderRequest request) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("client_order_id", request.clientOrderId());
        putText(node, "symbol", request.symbol());
        putDecimal(node, "qty", request.qty());
        putDecimal(node, "notional", request.notional());
        putWire(node, "side", request.side());
        putWire(node, "type", request.type());
        putWire(node, "time_in_force", request.timeInForce());
        putDecimal(node, "limit_price", request.limitPrice());
        putDecimal(node, "stop_price", request.stopPrice());
        putDecimal(node, "trail_price", request.trailPrice());
        putDecimal(node, "trail_percent", request.trailPercent());
        node.put("extended_hours", request.extendedHours());
        putWire(node, "order_class", request.orderClass() == null ? OrderClass.SIMPLE : request.orderClass());
        if (request.takeProfit() != null) {
            putDecimal(node.putObject("take_profit"), "limit_price", request.takeProfit().limitPrice());
        }
        if (request.stopLoss() != null) {
            ObjectNode stopLoss = node.putObject("stop_loss");
            putDecimal(stopLoss, "stop_price", request.stopLoss().stopPrice());
            putDecimal(stopLoss, "limit_price", request.stopLoss().limitPrice());
        }
        return node.toString();
    }

    /** SHA-256 of the canonical JSON, lower-case hex. */
    public static String hash(OrderRequest request) {
        return sha256(json(request));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Reads a request back from its canonical JSON. */
    public static OrderRequest parse(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new JournalUnavailableException("a journaled request is not readable JSON: the journal is damaged", e);
        }
        OrderRequest.Builder builder = OrderRequest.builder()
                .clientOrderId(text(node, "client_order_id"))
                .symbol(text(node, "symbol"))
                .qty(decimal(node, "qty"))
                .notional(decimal(node, "notional"))
                .side(wire(node, "side", Side::fromWire))
                .type(wire(node, "type", OrderType::fromWire))
                .timeInForce(wire(node, "time_in_force", TimeInForce::fromWire))
                .limitPrice(decimal(node, "limit_price"))
                .stopPrice(decimal(node, "stop_price"))
                .trailPrice(decimal(node, "trail_price"))
                .trailPercent(decimal(node, "trail_percent"))
                .extendedHours(node.path("extended_hours").asBoolean(false))
                .orderClass(OrderClass.fromWire(text(node, "order_class")));
        if (node.has("take_profit")) {
            builder.takeProfit(new TakeProfit(decimal(node.get("take_profit"), "limit_price")));
        }
        if (node.has("stop_loss")) {
            JsonNode stopLoss = node.get("stop_loss");
            builder.stopLoss(new StopLoss(decimal(stopLoss, "stop_price"), decimal(stopLoss, "limit_price")));
        }
        return builder.build();
    }

    private static void putText(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void putDecimal(ObjectNode node, String name, BigDecimal value) {
        if (value != null) {
            node.put(name, value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
        }
    }

    private static void putWire(ObjectNode node, String name, WireValue value) {
        if (value != null) {
            node.put(name, value.wire());
        }
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static BigDecimal decimal(JsonNode node, String name) {
        String text = text(node, name);
        return text == null ? null : new BigDecimal(text);
    }

    private static <E> E wire(JsonNode node, String name, Function<String, E> fromWire) {
        String text = text(node, name);
        return text == null ? null : fromWire.apply(text);
    }
}
