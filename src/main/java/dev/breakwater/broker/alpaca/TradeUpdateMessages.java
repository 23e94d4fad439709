package dev.breakwater.broker.alpaca;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.breakwater.broker.MalformedReplyException;
import dev.breakwater.domain.TradeUpdate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads messages of Alpaca's trading stream: {@code {"stream": "...", "data": {...}}}.
 *
 * <p>Anything that is not a readable message ends in {@link MalformedReplyException} (no endpoint, HTTP
 * status 0), never in a Jackson exception: the stream client must be able to log it and carry on
 * without knowing about Jackson. The message text is not put into the exception, so an odd frame
 * cannot flood the log.
 */
public final class TradeUpdateMessages {

    private static final ObjectMapper MAPPER = AlpacaJson.mapper();
    private static final ObjectReader TRADE_UPDATE = MAPPER.readerFor(TradeUpdate.class);

    private TradeUpdateMessages() {
    }

    /** Parses a text frame. */
    public static StreamMessage parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return parse(MAPPER.readTree(text));
        } catch (IOException e) {
            throw malformed("stream message is not valid JSON", e);
        }
    }

    /** Parses a binary frame: Alpaca sends {@code trade_updates} as binary frames holding UTF-8 JSON. */
    public static StreamMessage parse(byte[] frame) {
        Objects.requireNonNull(frame, "frame");
        TradeUpdate plain = plainTradeUpdate(frame);
        if (plain != null) {
            return new StreamMessage.Update(plain);
        }
        try {
            return parse(MAPPER.readTree(frame));
        } catch (IOException e) {
            throw malformed("stream message is not valid JSON", e);
        }
    }

    /**
     * The update of a frame of the plain shape Alpaca sends, read straight from the bytes by
     * {@link PlainTradeUpdates}; null for anything else, which the general path then reads or rejects
     * exactly as before. Reading a tree first and then the update from the tree took half of the decode
     * in a JFR profile of {@code bench stream}.
     */
    static TradeUpdate plainTradeUpdate(byte[] frame) {
        return PlainTradeUpdates.read(frame);
    }

    private static StreamMessage parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw malformed("stream message is not a JSON object", null);
        }
        JsonNode stream = root.get("stream");
        if (stream == null || !stream.isTextual()) {
            throw malformed("stream message has no stream name", null);
        }
        String name = stream.textValue();
        return switch (name) {
            case "trade_updates" -> new StreamMessage.Update(tradeUpdate(data(root, name)));
            case "authorization" -> authorization(data(root, name));
            case "listening" -> listening(data(root, name));
            default -> new StreamMessage.Other(name);
        };
    }

    private static JsonNode data(JsonNode root, String stream) {
        JsonNode data = root.get("data");
        if (data == null || !data.isObject()) {
            throw malformed(stream + " message has no data object", null);
        }
        return data;
    }

    private static TradeUpdate tradeUpdate(JsonNode data) {
        // Both are needed to apply an update at all; everything else may be absent depending on the event.
        if (!data.path("event").isTextual()) {
            throw malformed("trade_updates message has no event", null);
        }
        if (!data.path("order").isObject()) {
            throw malformed("trade_updates message has no order", null);
        }
        try {
            return TRADE_UPDATE.readValue(data);
        } catch (IOException e) {
            throw malformed("trade_updates message could not be read", e);
        }
    }

    private static StreamMessage.Authorization authorization(JsonNode data) {
        JsonNode status = data.get("status");
        if (status == null || !status.isTextual()) {
            throw malformed("authorization message has no status", null);
        }
        JsonNode action = data.get("action");
        return new StreamMessage.Authorization(status.textValue(), action != null && action.isTextual()
                ? action.textValue() : null);
    }

    private static StreamMessage.Listening listening(JsonNode data) {
        JsonNode streams = data.get("streams");
        // Alpaca leaves unavailable streams out of the list; an absent list is read the same way.
        if (streams == null || streams.isNull()) {
            return new StreamMessage.Listening(List.of());
        }
        if (!streams.isArray()) {
            throw malformed("listening message has no list of streams", null);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode element : streams) {
            if (!element.isTextual()) {
                throw malformed("listening message lists a stream that is not a name", null);
            }
            names.add(element.textValue());
        }
        return new StreamMessage.Listening(names);
    }

    private static MalformedReplyException malformed(String description, Throwable cause) {
        return new MalformedReplyException(null, 0, description, cause);
    }
}
