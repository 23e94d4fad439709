package dev.breakwater.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * Reads request fields from a JSON object the way Alpaca accepts them: numbers as strings or as JSON
 * numbers, booleans as JSON booleans or "true"/"false", absent and {@code null} both meaning "not given",
 * unknown fields ignored. Every wrong value becomes a 422 naming the field ({@code "invalid qty"}).
 */
final class SimJsonReader {

    /** Longer decimal strings are refused: nothing real needs them, and huge exponents make arithmetic slow. */
    private static final int MAX_DECIMAL_CHARS = 40;

    private final JsonNode object;
    private final String prefix;

    private SimJsonReader(JsonNode object, String prefix) {
        this.object = object;
        this.prefix = prefix;
    }

    /** Parses a request body; anything but a JSON object is Alpaca's 400 "request body format is invalid". */
    static SimJsonReader parse(byte[] body) {
        JsonNode root;
        try {
            root = body == null || body.length == 0 ? null : SimWire.mapper().readTree(body);
        } catch (IOException e) {
            throw SimRejection.malformedBody();
        }
        if (root == null || !root.isObject()) {
            throw SimRejection.malformedBody();
        }
        return new SimJsonReader(root, "");
    }

    /** A string field, or {@code null} when absent or null. Numbers and booleans are refused. */
    String text(String field) {
        JsonNode node = node(field);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw invalid(field);
        }
        return node.textValue();
    }

    /** A decimal given as a string or a JSON number, or {@code null} when absent or null. */
    BigDecimal decimal(String field) {
        JsonNode node = node(field);
        if (node == null) {
            return null;
        }
        String text;
        if (node.isTextual()) {
            text = node.textValue().trim();
        } else if (node.isNumber()) {
            text = node.decimalValue().toPlainString();
        } else {
            throw invalid(field);
        }
        if (text.isEmpty() || text.length() > MAX_DECIMAL_CHARS) {
            throw invalid(field);
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.scale() < -12 || value.precision() > 30) {
                throw invalid(field);
            }
            return value.scale() < 0 ? value.setScale(0) : value;
        } catch (NumberFormatException e) {
            throw invalid(field);
        }
    }

    /** A boolean given as a JSON boolean or the strings "true"/"false"; {@code fallback} when absent. */
    boolean bool(String field, boolean fallback) {
        JsonNode node = node(field);
        if (node == null) {
            return fallback;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual() && ("true".equals(node.textValue()) || "false".equals(node.textValue()))) {
            return Boolean.parseBoolean(node.textValue());
        }
        throw invalid(field);
    }

    /** An enum by its wire spelling, or {@code null} when absent; an unknown spelling is "invalid field". */
    <E> E enumValue(String field, Function<String, E> fromWire) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        E value = fromWire.apply(text);
        if (value == null) {
            throw invalid(field);
        }
        return value;
    }

    /** A nested object, or {@code null} when absent; its fields are named {@code field.name} in messages. */
    SimJsonReader object(String field) {
        JsonNode node = node(field);
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            throw invalid(field);
        }
        return new SimJsonReader(node, prefix + field + ".");
    }

    private JsonNode node(String field) {
        JsonNode node = object.get(field);
        return node == null || node.isNull() ? null : node;
    }

    private SimRejection invalid(String field) {
        return SimRejection.invalid("invalid " + prefix + field);
    }
}
