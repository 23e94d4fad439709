package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.breakwater.broker.MalformedReplyException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A binary frame read straight from its bytes (the plain path) must come out exactly as the general path,
 * which reads a tree first, makes of it; frames the plain path refuses must still be read or rejected as
 * the general path decides. The text variant of {@link TradeUpdateMessages#parse(String)} is the general path.
 */
class PlainTradeUpdateFramesTest {

    private static final String ORDER = "{\"id\":\"o-1\",\"client_order_id\":\"bw-1\","
            + "\"created_at\":\"2026-03-02T09:30:00.1-05:00\",\"updated_at\":\"2026-03-02T14:30:00.123456789Z\","
            + "\"qty\":\"10\",\"filled_qty\":\"4\",\"status\":\"partially_filled\",\"side\":\"buy\","
            + "\"legs\":null,\"extended_hours\":false,\"order_type\":\"limit\"}";

    static Stream<String> payloads() {
        return Stream.of("trade-update-fill-docs-example.json", "trade-update-partial-fill.json",
                "trade-update-canceled.json", "trade-update-unknown-event.json").map(Payloads::text);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void readsAlpacasFramesOnThePlainPathToTheSameUpdate(String text) {
        byte[] frame = text.getBytes(StandardCharsets.UTF_8);

        assertThat(TradeUpdateMessages.plainTradeUpdate(frame)).isNotNull();
        assertThat(TradeUpdateMessages.parse(frame)).isEqualTo(TradeUpdateMessages.parse(text));
    }

    @Test
    void readsTheBenchmarksFrameShapeOnThePlainPath() {
        String text = frame("\"event\":\"partial_fill\",\"execution_id\":\"e-1\",\"price\":\"176.61\",\"qty\":\"4\","
                + "\"position_qty\":\"4\",\"timestamp\":\"2026-03-02T14:30:00.123456789Z\",\"order\":" + ORDER);

        assertThat(TradeUpdateMessages.plainTradeUpdate(text.getBytes(StandardCharsets.UTF_8))).isNotNull();
        assertSameAsGeneralPath(text);
    }

    static List<String> oddFrames() {
        List<String> frames = new ArrayList<>();
        String data = "\"event\":\"fill\",\"order\":" + ORDER;
        frames.add(frame(data + ",\"price\":105.50"));                                  // a number, not a string
        frames.add(frame(data + ",\"qty\":100.0,\"position_qty\":-0"));
        frames.add(frame(data.replace("\"qty\":\"10\"", "\"qty\":10.50")));              // a number in the order
        frames.add(frame(data.replace("\"qty\":\"10\"", "\"qty\":\"10\",\"qty\":\"11\""))); // a name twice
        frames.add(frame(data.replace("\"legs\":null", "\"legs\":[" + ORDER + "]")));     // nested legs
        frames.add(frame(data + ",\"event\":\"canceled\""));
        frames.add(frame(data + ",\"execution_id\":7"));
        frames.add(frame(data + ",\"timestamp\":1700000000"));
        frames.add(frame(data + ",\"extra\":{\"nested\":[1,2.50]}"));
        frames.add(frame("\"event\":7,\"order\":" + ORDER));
        frames.add(frame("\"event\":null,\"order\":" + ORDER));
        frames.add(frame("\"event\":\"fill\",\"order\":null"));
        frames.add(frame("\"event\":\"fill\",\"order\":\"o-1\""));
        frames.add(frame("\"order\":" + ORDER));
        frames.add("{\"data\":{" + data + "},\"stream\":\"trade_updates\"}");
        frames.add("{\"stream\":\"trade_updates\",\"data\":{" + data + "},\"data\":{\"event\":\"new\",\"order\":{}}}");
        frames.add("{\"stream\":\"trade_updates\",\"data\":{" + data + "},\"x\":1}");
        frames.add(frame(data) + " {}");
        frames.add(frame(data).replace("}}}", "}}"));
        frames.add("{\"stream\":\"listening\",\"data\":{\"streams\":[\"trade_updates\"]}}");
        frames.add("{\"stream\":\"trade_updates\",\"data\":{" + data + ",\"price\":\"abc\"}}");
        frames.add("{\"stream\":\"trade_updates\",\"data\":{" + data + ",\"timestamp\":\"2026-02-30T00:00:00Z\"}}");
        return frames;
    }

    @ParameterizedTest
    @MethodSource("oddFrames")
    void decidesEveryOtherFrameAsTheGeneralPathDoes(String text) {
        assertSameAsGeneralPath(text);
    }

    private static String frame(String data) {
        return "{\"stream\":\"trade_updates\",\"data\":{" + data + "}}";
    }

    private static void assertSameAsGeneralPath(String text) {
        Throwable general = catchThrowable(() -> TradeUpdateMessages.parse(text));
        Throwable plain = catchThrowable(() -> TradeUpdateMessages.parse(text.getBytes(StandardCharsets.UTF_8)));
        if (general != null) {
            assertThat(plain).as(text).isInstanceOf(MalformedReplyException.class)
                    .hasMessage(general.getMessage());
            return;
        }
        assertThat(plain).as(text).isNull();
        assertThat(TradeUpdateMessages.parse(text.getBytes(StandardCharsets.UTF_8)))
                .as(text).isEqualTo(TradeUpdateMessages.parse(text));
    }
}
