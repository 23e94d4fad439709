package dev.breakwater.broker.alpaca;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.breakwater.broker.CancelResult;
import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.MalformedReplyException;
import dev.breakwater.domain.Account;
import dev.breakwater.domain.MarketClock;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads 2xx bodies into domain records. A body that is not valid JSON, is cut short, has the wrong
 * shape or lacks a field the caller relies on becomes a {@link MalformedReplyException}; no Jackson
 * exception leaves this class.
 */
final class AlpacaReplies {

    private static final ObjectReader ORDER = AlpacaJson.mapper().readerFor(Order.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectReader TREE = AlpacaJson.mapper().readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Fields read by AlpacaJson's wire-enum deserializers. */
    private static final Set<String> ENUM_FIELDS = Set.of("side", "type", "time_in_force", "order_class", "status");

    private AlpacaReplies() {
    }

    /**
     * Bound straight from the bytes, without the tree the other replies go through: this is the reply
     * every placed order waits for. The same refusals: the wire-enum deserializer rejects an object or
     * array in an enum field itself, and the one required field is checked on the record.
     */
    static Order order(AlpacaHttp.Reply reply) {
        if (reply.body().length == 0) {
            throw malformed(reply, "empty reply body", null);
        }
        Order order;
        try {
            order = ORDER.readValue(reply.body());
        } catch (Exception e) { // JacksonException, or a record constructor refusing a value
            throw malformed(reply, "unreadable Order in reply" + where(e), e);
        }
        if (order == null) {
            throw malformed(reply, "empty reply body", null);
        }
        if (order.id() == null || order.id().isBlank()) {
            throw malformed(reply, "reply lacks id", null);
        }
        return order;
    }

    /** Where in the reply binding failed, e.g. {@code " at legs[0].status"}; empty when Jackson does not say. */
    private static String where(Exception e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "";
        }
        StringBuilder path = new StringBuilder(" at ");
        for (JsonMappingException.Reference step : mapping.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.length() > 4 ? "." : "").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static List<Order> orders(AlpacaHttp.Reply reply) {
        return readEach(reply, Order.class, "id");
    }

    static Account account(AlpacaHttp.Reply reply) {
        return read(reply, object(reply), Account.class, "id");
    }

    static List<Position> positions(AlpacaHttp.Reply reply) {
        return readEach(reply, Position.class, "symbol", "qty");
    }

    static MarketClock clock(AlpacaHttp.Reply reply) {
        return read(reply, object(reply), MarketClock.class, "timestamp", "is_open", "next_open", "next_close");
    }

    /** Cancel-all's 207 (or 200): {@code [{"id": ..., "status": 200, ...}]}; a 204 means nothing was open. */
    static List<CancelResult> cancelResults(AlpacaHttp.Reply reply) {
        if (reply.status() == 204) {
            return List.of();
        }
        List<CancelResult> results = new ArrayList<>();
        for (JsonNode item : array(reply)) {
            require(reply, item, "id", "status");
            JsonNode status = item.get("status");
            int code;
            if (status.isIntegralNumber() && status.canConvertToInt()) {
                code = status.intValue();
            } else if (status.isTextual() && status.textValue().strip().matches("\\d{3}")) {
                code = Integer.parseInt(status.textValue().strip());
            } else {
                throw malformed(reply, "cancel result status is not an HTTP status", null);
            }
            results.add(new CancelResult(item.get("id").asText(), code));
        }
        return List.copyOf(results);
    }

    private static <T> List<T> readEach(AlpacaHttp.Reply reply, Class<T> type, String... required) {
        List<T> items = new ArrayList<>();
        for (JsonNode item : array(reply)) {
            items.add(read(reply, item, type, required));
        }
        return List.copyOf(items);
    }

    private static <T> T read(AlpacaHttp.Reply reply, JsonNode node, Class<T> type, String... required) {
        require(reply, node, required);
        requireScalarEnums(reply, node);
        try {
            T value = AlpacaJson.mapper().treeToValue(node, type);
            if (value == null) {
                throw malformed(reply, "empty " + type.getSimpleName(), null);
            }
            return value;
        } catch (MalformedReplyException e) {
            throw e;
        } catch (Exception e) { // JacksonException, or a record constructor refusing a value
            throw malformed(reply, "unreadable " + type.getSimpleName() + " in reply", e);
        }
    }

    private static JsonNode object(AlpacaHttp.Reply reply) {
        JsonNode node = tree(reply);
        if (!node.isObject()) {
            throw malformed(reply, "expected a JSON object, got " + node.getNodeType(), null);
        }
        return node;
    }

    private static JsonNode array(AlpacaHttp.Reply reply) {
        JsonNode node = tree(reply);
        if (!node.isArray()) {
            throw malformed(reply, "expected a JSON array, got " + node.getNodeType(), null);
        }
        return node;
    }

    private static JsonNode tree(AlpacaHttp.Reply reply) {
        if (reply.body().length == 0) {
            throw malformed(reply, "empty reply body", null);
        }
        try {
            JsonNode node = TREE.readValue(reply.body());
            if (node == null || node.isMissingNode()) {
                throw malformed(reply, "empty reply body", null);
            }
            return node;
        } catch (MalformedReplyException e) {
            throw e;
        } catch (Exception e) {
            throw malformed(reply, "invalid or truncated JSON in reply", e);
        }
    }

    private static void require(AlpacaHttp.Reply reply, JsonNode node, String... fields) {
        if (!node.isObject()) {
            throw malformed(reply, "expected a JSON object, got " + node.getNodeType(), null);
        }
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull() || (value.isTextual() && value.textValue().isBlank())) {
                throw malformed(reply, "reply lacks " + field, null);
            }
        }
    }

    /**
     * Workaround: AlpacaJson's enum deserializer (as of this commit) does not consume an object or array
     * in an enum field, which silently derails the fields after it (e.g. {@code "side":{...}} left
     * {@code symbol} null). Such a reply is refused here, in nested legs too.
     */
    private static void requireScalarEnums(AlpacaHttp.Reply reply, JsonNode node) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                requireScalarEnums(reply, item);
            }
        } else if (node.isObject()) {
            for (var field : node.properties()) {
                if (ENUM_FIELDS.contains(field.getKey()) && field.getValue().isContainerNode()) {
                    throw malformed(reply, field.getKey() + " is not a string", null);
                }
                requireScalarEnums(reply, field.getValue());
            }
        }
    }

    private static MalformedReplyException malformed(AlpacaHttp.Reply reply, String description, Exception cause) {
        return new MalformedReplyException(reply.endpoint(), reply.status(), description, cause);
    }
}
