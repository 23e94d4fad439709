package dev.breakwater.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The control messages the stream server sends, byte for byte as Alpaca does.
 *
 * <p>Field order matters to nobody's parser but to exact-bytes assertions and to readers of captured
 * traffic, so it follows Alpaca's documentation: {@code stream} first, then {@code data}; in the
 * authorization data {@code status} before {@code action}.
 */
final class StreamReplies {

    static final String TRADE_UPDATES = "trade_updates";

    private StreamReplies() {
    }

    /** {@code {"stream":"authorization","data":{"status":"authorized","action":<action>}}}. */
    static byte[] authorized(String action) {
        return authorization("authorized", action);
    }

    /** {@code {"stream":"authorization","data":{"status":"unauthorized","action":<action>}}}. */
    static byte[] unauthorized(String action) {
        return authorization("unauthorized", action);
    }

    /** {@code {"stream":"listening","data":{"streams":[...]}}}. */
    static byte[] listening(List<String> streams) {
        ObjectNode reply = StreamRequest.JSON.createObjectNode();
        reply.put("stream", "listening");
        ArrayNode names = reply.putObject("data").putArray("streams");
        streams.forEach(names::add);
        return bytes(reply);
    }

    private static byte[] authorization(String status, String action) {
        ObjectNode reply = StreamRequest.JSON.createObjectNode();
        reply.put("stream", "authorization");
        reply.putObject("data").put("status", status).put("action", action);
        return bytes(reply);
    }

    private static byte[] bytes(ObjectNode reply) {
        try {
            return StreamRequest.JSON.writeValueAsBytes(reply);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain strings always serialises", e);
        }
    }
}
