package dev.breakwater.broker.alpaca;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.domain.TradeEvent;
import dev.breakwater.domain.TradeUpdate;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code trade_updates} frames of the plain shape Alpaca sends, read token by token straight from the
 * bytes into {@link TradeUpdate}: {@code {"stream":"trade_updates","data":{...}}} in that order, the
 * update's and the order's values strings, null or (for {@code extended_hours}) booleans, no known field
 * twice, {@code legs} null. The record binding of {@link Order} took about two thirds of
 * {@code bench stream} in a JFR profile; this reads the same shape without it.
 *
 * <p>Every value is read as the mapper's own deserializers read it ({@link Rfc3339} for times, the enums'
 * {@code fromWire}, {@code new BigDecimal} for decimals in plain notation, unknown fields ignored), and
 * anything else (a JSON number, a nested object or array, a time or decimal of another shape, a name given
 * twice, trailing content) makes {@link #read} answer null: {@link TradeUpdateMessages} then takes its
 * general path, which reads or rejects the frame exactly as it always did. Differential tests hold the two
 * paths to the same results.
 */
final class PlainTradeUpdates {

    private static final JsonFactory FACTORY = AlpacaJson.mapper().getFactory();
    private static final int LONGEST_DECIMAL = 100;
    private static final NotPlain NOT_PLAIN = new NotPlain();
    private static final WireLookup<TradeEvent> EVENTS = new WireLookup<>(TradeEvent.class, TradeEvent::fromWire);

    /** The update's fields, in the order of {@link TradeUpdate}'s components after its event. */
    private static final Shape UPDATE = new Shape(new Field[] {new Field("event", Kind.TEXT),
        new Field("order", Kind.ORDER), new Field("execution_id", Kind.TEXT), new Field("timestamp", Kind.TIME),
        new Field("price", Kind.DECIMAL), new Field("qty", Kind.DECIMAL), new Field("position_qty", Kind.DECIMAL)});

    /** The order's fields, in the order of {@link Order}'s components, named as the mapper names them. */
    private static final Shape ORDER = new Shape(new Field[] {new Field("id", Kind.TEXT),
            new Field("client_order_id", Kind.TEXT), new Field("created_at", Kind.TIME), new Field("updated_at", Kind.TIME),
            new Field("submitted_at", Kind.TIME), new Field("filled_at", Kind.TIME),
            new Field("expired_at", Kind.TIME), new Field("canceled_at", Kind.TIME),
            new Field("failed_at", Kind.TIME), new Field("replaced_at", Kind.TIME),
            new Field("replaced_by", Kind.TEXT), new Field("replaces", Kind.TEXT), new Field("asset_id", Kind.TEXT),
            new Field("symbol", Kind.TEXT), new Field("asset_class", Kind.TEXT), new Field("notional", Kind.DECIMAL),
            new Field("qty", Kind.DECIMAL), new Field("filled_qty", Kind.DECIMAL),
            new Field("filled_avg_price", Kind.DECIMAL),
            new Field("order_class", new WireLookup<>(OrderClass.class, OrderClass::fromWire)),
            new Field("type", new WireLookup<>(OrderType.class, OrderType::fromWire)),
            new Field("side", new WireLookup<>(Side.class, Side::fromWire)),
            new Field("time_in_force", new WireLookup<>(TimeInForce.class, TimeInForce::fromWire)),
            new Field("limit_price", Kind.DECIMAL), new Field("stop_price", Kind.DECIMAL),
            new Field("status", new WireLookup<>(OrderStatus.class, OrderStatus::fromWire)),
            new Field("extended_hours", Kind.FLAG), new Field("legs", Kind.LEGS),
            new Field("trail_percent", Kind.DECIMAL), new Field("trail_price", Kind.DECIMAL),
            new Field("hwm", Kind.DECIMAL)},
            // as Alpaca's API writes an order (its REST replies and stream frames), ignored fields included
            "id", "client_order_id", "created_at", "updated_at", "submitted_at", "filled_at", "expired_at",
            "expires_at", "cancel_requested_at", "canceled_at", "failed_at", "replaced_at", "replaced_by",
            "replaces", "asset_id", "symbol", "asset_class", "notional", "qty", "filled_qty", "filled_avg_price",
            "order_class", "order_type", "type", "side", "position_intent", "time_in_force", "limit_price",
            "stop_price", "status", "extended_hours", "legs", "trail_percent", "trail_price", "hwm", "subtag",
            "source");

    private PlainTradeUpdates() {
    }

    /** The update a frame of the plain shape holds, or null for any other frame. */
    static TradeUpdate read(byte[] frame) {
        try (JsonParser parser = FACTORY.createParser(frame)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || !"stream".equals(parser.nextFieldName())
                    || parser.nextToken() != JsonToken.VALUE_STRING || !"trade_updates".equals(parser.getText())
                    || !"data".equals(parser.nextFieldName()) || parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            TradeUpdate update = update(parser);
            return parser.nextToken() == JsonToken.END_OBJECT && parser.nextToken() == null ? update : null;
        } catch (IOException | RuntimeException notPlain) {
            return null;
        }
    }

    private static TradeUpdate update(JsonParser parser) throws IOException {
        Object[] values = UPDATE.read(parser, false);
        String event = (String) values[0];
        Order order = (Order) values[1];
        if (event == null || order == null) {
            return null; // the general path reports what is missing
        }
        return new TradeUpdate(EVENTS.read(event), event, order, (String) values[2], (OffsetDateTime) values[3],
                (BigDecimal) values[4], (BigDecimal) values[5], (BigDecimal) values[6]);
    }

    private static Order order(JsonParser parser) throws IOException {
        Object[] v = ORDER.read(parser, true);
        return new Order((String) v[0], (String) v[1], (OffsetDateTime) v[2], (OffsetDateTime) v[3],
                (OffsetDateTime) v[4], (OffsetDateTime) v[5], (OffsetDateTime) v[6], (OffsetDateTime) v[7],
                (OffsetDateTime) v[8], (OffsetDateTime) v[9], (String) v[10], (String) v[11], (String) v[12],
                (String) v[13], (String) v[14], (BigDecimal) v[15], (BigDecimal) v[16], (BigDecimal) v[17],
                (BigDecimal) v[18], (OrderClass) v[19], (OrderType) v[20], (Side) v[21], (TimeInForce) v[22],
                (BigDecimal) v[23], (BigDecimal) v[24], (OrderStatus) v[25], (Boolean) v[26], List.of(),
                (BigDecimal) v[28], (BigDecimal) v[29], (BigDecimal) v[30]);
    }

    private enum Kind { TEXT, TIME, DECIMAL, WIRE, FLAG, LEGS, ORDER }

    private record Field(String name, Kind kind, WireLookup<?> lookup) {

        Field(String name, Kind kind) {
            this(name, kind, null);
        }

        Field(String name, WireLookup<?> lookup) {
            this(name, Kind.WIRE, lookup);
        }

        /** What the mapper makes of a missing field: the enum's fallback, false, or null. */
        Object absent() {
            return switch (kind) {
                case WIRE -> lookup.read(null);
                case FLAG -> Boolean.FALSE;
                default -> null;
            };
        }

        Object value(JsonParser parser, JsonToken token) throws IOException {
            return switch (kind) {
                case TEXT -> text(parser, token);
                case TIME -> time(parser, token);
                case DECIMAL -> decimal(parser, token);
                case WIRE -> lookup.read(text(parser, token));
                case FLAG -> flag(token);
                case LEGS -> token == JsonToken.VALUE_NULL ? null : notPlain();
                case ORDER -> token == JsonToken.START_OBJECT ? order(parser) : notPlain();
            };
        }
    }

    /**
     * An object's known fields by name, their values when missing, and the order a sender usually writes
     * its fields in (known or not): the next name in that order is tried first with
     * {@link JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)}, which matches the
     * raw bytes and skips the parser's name decoding and symbol-table lookup plus the lookup here, about a
     * quarter of the decode in a JFR profile of {@code bench stream}. A name out of that order costs the
     * usual lookup and resumes the guessing after it.
     */
    private static final class Shape {

        private final Field[] fields;
        private final Object[] absent;
        private final SerializedString[] usualOrder;
        /** The field index of each name in the usual order; -1 for a name known to be ignored. */
        private final int[] usualIndexes;
        /** Position in the usual order of every name there, or -1 - field index for a field not in it. */
        private final Map<String, Integer> positions = new HashMap<>();

        Shape(Field[] fields, String... usualOrder) {
            this.fields = fields;
            this.absent = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                positions.put(fields[i].name(), -1 - i);
                absent[i] = fields[i].absent();
            }
            this.usualOrder = new SerializedString[usualOrder.length];
            this.usualIndexes = new int[usualOrder.length];
            for (int p = 0; p < usualOrder.length; p++) {
                Integer known = positions.get(usualOrder[p]);
                usualIndexes[p] = known == null ? -1 : -1 - known;
                this.usualOrder[p] = new SerializedString(usualOrder[p]);
                positions.put(usualOrder[p], p);
            }
        }

        /**
         * The values of the object whose start the parser is at, by field index, read up to its end.
         * Unknown fields are skipped; {@code scalarsOnly} refuses unknown fields holding a number, object or
         * array, as the plain shape of an order has none.
         */
        Object[] read(JsonParser parser, boolean scalarsOnly) throws IOException {
            Object[] values = absent.clone();
            long seen = 0;
            int next = 0;
            while (true) {
                int index;
                if (next < usualOrder.length && parser.nextFieldName(usualOrder[next])) {
                    index = usualIndexes[next++];
                } else {
                    if (next == usualOrder.length) {
                        parser.nextToken(); // nothing was guessed, so nothing read yet
                    }
                    if (parser.currentToken() != JsonToken.FIELD_NAME) {
                        return values; // the object's end
                    }
                    Integer position = positions.get(parser.currentName());
                    if (position == null) {
                        index = -1;
                    } else if (position >= 0) {
                        index = usualIndexes[position];
                        next = position + 1;
                    } else {
                        index = -1 - position;
                    }
                }
                JsonToken token = parser.nextToken();
                if (index < 0) {
                    if (!scalarsOnly) {
                        parser.skipChildren();
                    } else if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NULL
                            && token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                        throw NOT_PLAIN;
                    }
                    continue;
                }
                long bit = 1L << index;
                if ((seen & bit) != 0) {
                    throw NOT_PLAIN; // a tree keeps the last, a record binding may keep the first
                }
                seen |= bit;
                values[index] = fields[index].value(parser, token);
            }
        }
    }

    private static String text(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        return token == JsonToken.VALUE_NULL ? null : notPlain();
    }

    private static OffsetDateTime time(JsonParser parser, JsonToken token) throws IOException {
        String text = text(parser, token);
        if (text == null) {
            return null;
        }
        OffsetDateTime time = Rfc3339.tryParse(text);
        return time != null ? time : notPlain();
    }

    /** Plain notation only ({@code -?digits(.digits)?}): the general path decides exponents, signs, blanks. */
    private static BigDecimal decimal(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            return notPlain();
        }
        char[] chars = parser.getTextCharacters();
        int start = parser.getTextOffset();
        int length = parser.getTextLength();
        int end = start + length;
        int at = start < end && chars[start] == '-' ? start + 1 : start;
        int integer = at;
        at = skipDigits(chars, at, end);
        if (at == integer || length > LONGEST_DECIMAL) {
            return notPlain();
        }
        if (at < end && chars[at] == '.') {
            int fraction = ++at;
            at = skipDigits(chars, at, end);
            if (at == fraction) {
                return notPlain();
            }
        }
        return at == end ? new BigDecimal(chars, start, length) : notPlain();
    }

    private static int skipDigits(char[] chars, int at, int end) {
        while (at < end && chars[at] >= '0' && chars[at] <= '9') {
            at++;
        }
        return at;
    }

    private static Boolean flag(JsonToken token) {
        return switch (token) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE, VALUE_NULL -> Boolean.FALSE;
            default -> notPlain();
        };
    }

    private static <T> T notPlain() {
        throw NOT_PLAIN;
    }

    /** Ends the plain reading of a frame; caught in {@link #read}, so shared and without a stack trace. */
    private static final class NotPlain extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotPlain() {
            super("not a plain trade update", null, false, false);
        }
    }
}
