package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.breakwater.broker.MalformedReplyException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainTradeUpdates} against the general path over thousands of generated frames: every field of
 * the update and of its order absent, null, usual, unusual but plain (unknown and upper-case enum values,
 * decimals with trailing zeros or leading zeros, times of every fraction length and offset, escapes) or
 * outside the plain shape (numbers, objects, arrays, other time and decimal shapes, names twice,
 * camel-case names, legs). Whatever the plain path accepts must equal what the general path makes of the
 * same text; whatever it refuses, the general path decides.
 */
class PlainTradeUpdatesDifferentialTest {

    private static final String[] TEXTS = {"\"o-1\"", "\"\"", "\" spaced \"", "\"null\"",
        "\"~!#$%&'()*+/;<=>?@[]^`{|}\u007f\"", "\"8ccae427-5dd0-45b3-b5fe-7ba5e422c766\""};
    /** Escapes and non-ASCII are valid JSON, but outside the plain shape. */
    private static final String[] ODD_TEXTS = {"7", "true", "{\"a\":1}", "[1]", "1.50",
        "\"a \\\"quoted\\\" \\\\ \\u00e9 name\"", "\"ünïcödé €\"", "\"\\u0041\"", "\"tab\\tin\""};
    private static final String[] TIMES = {"\"2026-03-02T14:30:00.123456789Z\"", "\"2026-03-02T09:30:00.1-05:00\"",
        "\"2026-03-02T09:30:00-04:00\"", "\"2026-03-02t14:30:00.12z\"", "\"2026-03-02T14:30:00.000000000+00:00\"",
        "\"2026-03-02T14:30:00.123456-00:00\"", "\"2026-03-02T14:30:00.1234+05:45\"", "\"2026-03-02T14:30:00Z\"",
        "\"2024-02-29T23:59:59.999999999+18:00\"", "\"0001-01-01T00:00:00-18:00\""};
    private static final String[] ODD_TIMES = {"\"2026-02-30T00:00:00Z\"", "\"2026-03-02T24:00:00Z\"",
        "\"2026-03-02T14:30Z\"", "\"2026-03-02T14:30:00.1234567891Z\"", "\"2026-03-02 14:30:00Z\"", "\"\"", "\" \"",
        "\"2026-03-02T14:30:00+18:01\"", "\"2026-03-02T14:30:00+0530\"", "\"2026-03-02T14:30:00\"",
        "\"+12026-03-02T14:30:00Z\"", "\"2026-03-02T14:30:00.Z\"", "1700000000", "1700000000.5", "\"x\""};
    private static final String[] DECIMALS = {"\"10\"", "\"10.500\"", "\"-0\"", "\"0.00000001\"", "\"007\"",
        "\"176.61\"", "\"-10\"", "\"0.0\"", "\"123456789012345678901234567890.123456789\"", "\"-0.000\""};
    private static final String[] ODD_DECIMALS = {"\"1e3\"", "\"1E-8\"", "\"+5\"", "\".5\"", "\"5.\"", "\" 5\"",
        "\"5 \"", "\"abc\"", "\"NaN\"", "\"\"", "10.50", "10", "-0", "\"-\"", "\"1.2.3\"", "true", "[\"1\"]",
        "\"0x10\"", "\"１２\""};
    private static final String[] STATUSES = {"\"filled\"", "\"partially_filled\"", "\"new\"", "\"FILLED\"",
        "\" canceled \"", "\"held\"", "\"brand_new_status\"", "\"\"", "\"unknown\""};
    private static final String[] CLASSES = {"\"\"", "\"simple\"", "\"bracket\"", "\" \"", "\"OCO\"", "\"mleg\"",
        "\"other\""};
    private static final String[] TYPES = {"\"limit\"", "\"market\"", "\"Stop_Limit\"", "\"trailing_stop\"", "\"odd\""};
    private static final String[] SIDES = {"\"buy\"", "\"sell\"", "\"SELL\"", "\"short\""};
    private static final String[] TIFS = {"\"day\"", "\"gtc\"", "\"IOC\"", "\"gtd\""};
    private static final String[] ODD_ENUMS = {"3", "true", "{}", "[\"buy\"]"};
    private static final String[] FLAGS = {"true", "false"};
    private static final String[] ODD_FLAGS = {"\"true\"", "\"false\"", "1", "0", "\"yes\"", "\"\""};
    private static final String[] EVENTS = {"\"fill\"", "\"partial_fill\"", "\"new\"", "\"canceled\"", "\"FILL\"",
        "\"brand_new_event\"", "\" replaced \"", "\"\""};

    private final Random random = new Random(20261203);
    private double oddness;
    /** Whether the update always has an event and an order, and the order no legs. */
    private boolean complete;

    @Test
    void readsEveryGeneratedFrameAsTheGeneralPathDoes() {
        int plain = 0;
        int frames = 4000;
        for (int i = 0; i < frames; i++) {
            oddness = new double[] {0, 0, 0.01, 0.03, 0.1}[i % 5];
            String text = frame();
            if (PlainTradeUpdates.read(text.getBytes(StandardCharsets.UTF_8)) != null) {
                plain++;
            }
            assertSameAsGeneralPath(text);
        }
        // Not vacuous: the unusual but plain values must be read on the plain path, not handed over.
        assertThat(plain).isGreaterThan(frames / 3);
    }

    @Test
    void readsUnusualButPlainValuesOnThePlainPath() {
        oddness = 0;
        complete = true;
        for (int i = 0; i < 500; i++) {
            String text = frame();
            assertThat(PlainTradeUpdates.read(text.getBytes(StandardCharsets.UTF_8))).as(text).isNotNull();
        }
    }

    /** Broken or unusual syntax: the plain path must accept only what the general path reads the same way. */
    @Test
    void decidesMutatedSyntaxAsTheGeneralPathDoes() {
        oddness = 0;
        complete = true;
        String[] inserts = {" ", "\t", "\n", "\r", ",", ":", "\"", "\\", "{", "}", "[", "]", "x", "é", "\u0001",
            "\u007f", "n", "0", "-", "null", "true", "\\u0041", "\\\""};
        int plain = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder(frame());
            for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
                int at = random.nextInt(text.length() + 1);
                switch (random.nextInt(4)) {
                    case 0 -> text.insert(at, pick(inserts));
                    case 1 -> text.delete(at, Math.min(at + 1, text.length()));
                    case 2 -> text.setLength(at);
                    default -> text.insert(at, " \n\t ");
                }
            }
            if (PlainTradeUpdates.read(text.toString().getBytes(StandardCharsets.UTF_8)) != null) {
                plain++;
            }
            assertSameAsGeneralPath(text.toString());
        }
        assertThat(plain).isGreaterThan(100); // blanks and edits inside strings stay plain
    }

    private String frame() {
        List<String> data = new ArrayList<>();
        if (complete) {
            data.add("\"event\":" + pick(EVENTS));
        } else {
            field(data, "event", EVENTS, new String[] {"7", "null", "{}"});
        }
        if (complete || chance(0.97)) {
            data.add("\"order\":" + order());
        } else {
            data.add("\"order\":" + pick(new String[] {"null", "\"o-1\"", "[]"}));
        }
        field(data, "execution_id", TEXTS, ODD_TEXTS);
        field(data, "timestamp", TIMES, ODD_TIMES);
        field(data, "price", DECIMALS, ODD_DECIMALS);
        field(data, "qty", DECIMALS, ODD_DECIMALS);
        field(data, "position_qty", DECIMALS, ODD_DECIMALS);
        if (chance(0.2)) {
            data.add("\"unknown_update_field\":" + (chance(oddness)
                    ? pick(new String[] {"{\"nested\":[1,2.50,{\"x\":null}]}", "1.50", "[]"})
                    : pick(new String[] {"\"text\"", "null", "false"})));
        }
        return "{\"stream\":\"trade_updates\",\"data\":{" + String.join(",", shuffled(data)) + "}}";
    }

    private String order() {
        List<String> fields = new ArrayList<>();
        field(fields, "id", TEXTS, ODD_TEXTS);
        field(fields, "client_order_id", TEXTS, ODD_TEXTS);
        for (String time : new String[] {"created_at", "updated_at", "submitted_at", "filled_at", "expired_at",
            "cancel_requested_at", "canceled_at", "failed_at", "replaced_at"}) {
            field(fields, time, TIMES, ODD_TIMES);
        }
        for (String text : new String[] {"replaced_by", "replaces", "asset_id", "symbol", "asset_class",
            "position_intent", "order_type", "subtag", "source"}) {
            field(fields, text, TEXTS, ODD_TEXTS);
        }
        for (String decimal : new String[] {"notional", "qty", "filled_qty", "filled_avg_price", "limit_price",
            "stop_price", "trail_percent", "trail_price", "hwm", "ratio_qty"}) {
            field(fields, decimal, DECIMALS, ODD_DECIMALS);
        }
        field(fields, "order_class", CLASSES, ODD_ENUMS);
        field(fields, "type", TYPES, ODD_ENUMS);
        field(fields, "side", SIDES, ODD_ENUMS);
        field(fields, "time_in_force", TIFS, ODD_ENUMS);
        field(fields, "status", STATUSES, ODD_ENUMS);
        field(fields, "extended_hours", FLAGS, ODD_FLAGS);
        if (complete || chance(0.95)) {
            fields.add("\"legs\":null");
        } else if (chance(0.5)) {
            fields.add("\"legs\":" + pick(new String[] {"[]", "[{\"id\":\"leg-1\",\"qty\":\"5.0\"}]", "{}", "\"x\""}));
        }
        if (chance(oddness)) {
            fields.add(pick(new String[] {"\"clientOrderId\":\"camel\"", "\"filledQty\":\"3\"", "\"ID\":\"upper\"",
                "\"qty\":\"99\"", "\"status\":\"new\"", "\"extra\":{\"a\":[1]}", "\"extra\":[]", "\"extra\":1.5",
                "\"extra\":\"x\",\"extra\":\"y\""}));
        }
        return "{" + String.join(",", shuffled(fields)) + "}";
    }

    /** Absent, null, a usual or unusual plain value, or (at the frame's oddness) one outside the plain shape. */
    private void field(List<String> fields, String name, String[] plain, String[] odd) {
        if (chance(0.08)) {
            return;
        }
        String value = chance(oddness) ? pick(odd) : chance(0.15) ? "null" : pick(plain);
        fields.add("\"" + name + "\":" + value);
    }

    private List<String> shuffled(List<String> fields) {
        if (chance(0.3)) {
            Collections.shuffle(fields, random);
        }
        return fields;
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    static void assertSameAsGeneralPath(String text) {
        Throwable general = catchThrowable(() -> TradeUpdateMessages.parse(text));
        Throwable plain = catchThrowable(() -> TradeUpdateMessages.parse(text.getBytes(StandardCharsets.UTF_8)));
        if (general != null) {
            assertThat(plain).as(text).isInstanceOf(MalformedReplyException.class).hasMessage(general.getMessage());
            return;
        }
        assertThat(plain).as(text).isNull();
        assertThat(TradeUpdateMessages.parse(text.getBytes(StandardCharsets.UTF_8)))
                .as(text).isEqualTo(TradeUpdateMessages.parse(text));
    }
}
