package dev.breakwater.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A message a client sent on the {@code trade_updates} stream, parsed from its JSON. */
sealed interface StreamRequest {

    /**
     * Credentials in either form: the documented {@code {"action":"authenticate","data":{"key_id",
     * "secret_key"}}} or the market-data style {@code {"action":"auth","key","secret"}} that Alpaca's
     * TypeScript SDK sends to the trading stream. A missing field is {@code null} and fails the check.
     */
    record Authenticate(String keyId, String secretKey) implements StreamRequest {
        @Override
        public String toString() {
            return "Authenticate[keyId=" + keyId + ", secretKey=***]";
        }
    }

    /** {@code {"action":"listen","data":{"streams":[...]}}}: the full set of streams wanted from now on. */
    record Listen(List<String> streams) implements StreamRequest {
        public Listen {
            streams = List.copyOf(streams);
        }
    }

    /** Anything else: not JSON, not an object, an unknown action, or a known action with a broken shape. */
    record Unsupported(String why) implements StreamRequest {
    }

    /** Jackson's default mapper is thread-safe once configured; nothing here configures it. */
    ObjectMapper JSON = new ObjectMapper();

    static StreamRequest parse(byte[] utf8Json) {
        JsonNode root;
        try {
            root = JSON.readTree(utf8Json);
        } catch (IOException e) {
            return new Unsupported("not JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            return new Unsupported("not a JSON object");
        }
        String action = root.path("action").asText("");
        switch (action) {
            case "authenticate":
                JsonNode data = root.path("data");
                return new Authenticate(text(data, "key_id"), text(data, "secret_key"));
            case "auth":
                return new Authenticate(text(root, "key"), text(root, "secret"));
            case "listen":
                return listen(root.path("data").path("streams"));
            default:
                return new Unsupported("unknown action '" + action + "'");
        }
    }

    private static StreamRequest listen(JsonNode streams) {
        if (!streams.isArray()) {
            return new Unsupported("listen without a streams array");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode stream : streams) {
            if (stream.isTextual()) {
                names.add(stream.asText());
            }
        }
        return new Listen(names);
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
