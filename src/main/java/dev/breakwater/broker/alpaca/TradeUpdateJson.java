package dev.breakwater.broker.alpaca;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.TradeEvent;
import dev.breakwater.domain.TradeUpdate;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Maps the {@code data} object of a {@code trade_updates} message to {@link TradeUpdate} and back.
 *
 * <p>The wire has one {@code event} string, the domain record two components derived from it (the enum
 * and the raw name, so an event this version does not know stays readable). A plain record mapping cannot
 * feed one JSON field into two components, and the domain must stay free of Jackson annotations, so the
 * JSON goes through {@link Wire}, which has the wire's shape.
 */
final class TradeUpdateJson {

    /** Context attribute asking for the plain-only reading; see {@link Reader}. */
    static final Object PLAIN_ONLY = TradeUpdateJson.class.getName() + ".plainOnly";

    private TradeUpdateJson() {
    }

    /** The serializer and deserializer for {@link TradeUpdate}, for registration in {@link AlpacaJson}. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("alpaca-trade-updates");
        module.addDeserializer(TradeUpdate.class, new Reader());
        module.addSerializer(TradeUpdate.class, new Writer());
        return module;
    }

    /** The {@code data} object as Alpaca sends it. */
    record Wire(
            String event,
            Order order,
            String executionId,
            OffsetDateTime timestamp,
            BigDecimal price,
            BigDecimal qty,
            BigDecimal positionQty) {

        static Wire from(TradeUpdate update) {
            String event = update.eventName();
            if (event == null && update.event() != null) {
                event = update.event().wire();
            }
            return new Wire(event, update.order(), update.executionId(), update.timestamp(), update.price(),
                    update.qty(), update.positionQty());
        }

        TradeUpdate toDomain() {
            return new TradeUpdate(TradeEvent.fromWire(event), event, order, executionId, timestamp, price, qty,
                    positionQty);
        }
    }

    /**
     * Reads through {@link Wire}, or, when the context carries {@link #PLAIN_ONLY}, field by field with
     * the same deserializers the record binding uses, refusing (with {@link NotPlain}) anything that is
     * not the plain shape Alpaca sends: an {@code event} that is not a string, an {@code order} that is
     * not an object, a field given twice, a value other than a string or null, a JSON number anywhere in
     * the order (a tree, which the general path reads first, strips a decimal's trailing zeros) and the
     * rest {@link PlainOrderTokens} refuses.
     * {@link TradeUpdateMessages} reads frames that way straight from the bytes and takes its general
     * path, which decides as before, whenever this refuses.
     */
    private static final class Reader extends StdDeserializer<TradeUpdate> implements ResolvableDeserializer {

        private static final long serialVersionUID = 1L;

        private transient JsonDeserializer<Object> wire;
        private transient JsonDeserializer<Object> orders;
        private transient JsonDeserializer<Object> strings;
        private transient JsonDeserializer<Object> times;
        private transient JsonDeserializer<Object> decimals;

        Reader() {
            super(TradeUpdate.class);
        }

        @Override
        public void resolve(DeserializationContext context) throws JsonMappingException {
            // Looked up once: a lookup per frame (context.readValue(parser, Wire.class)) resolved the
            // root type's annotations every time, visible in a JFR profile of `bench stream`.
            wire = context.findRootValueDeserializer(context.constructType(Wire.class));
            orders = context.findContextualValueDeserializer(context.constructType(Order.class), null);
            strings = context.findContextualValueDeserializer(context.constructType(String.class), null);
            times = context.findContextualValueDeserializer(context.constructType(OffsetDateTime.class), null);
            decimals = context.findContextualValueDeserializer(context.constructType(BigDecimal.class), null);
        }

        @Override
        public TradeUpdate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (context.getAttribute(PLAIN_ONLY) == null) {
                return ((Wire) wire.deserialize(parser, context)).toDomain();
            }
            if (!parser.isExpectedStartObjectToken()) {
                throw new NotPlain(parser);
            }
            String event = null;
            String executionId = null;
            Order order = null;
            OffsetDateTime timestamp = null;
            BigDecimal price = null;
            BigDecimal qty = null;
            BigDecimal positionQty = null;
            int seen = 0;
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                JsonToken token = parser.nextToken();
                int field = FIELDS.indexOf(name);
                if (field < 0) {
                    parser.skipChildren();
                    continue;
                }
                if ((seen & (1 << field)) != 0) {
                    throw new NotPlain(parser);
                }
                seen |= 1 << field;
                switch (field) {
                    case 0 -> event = token == JsonToken.VALUE_STRING ? parser.getText() : notPlain(parser);
                    case 1 -> order = token == JsonToken.START_OBJECT
                            ? (Order) orders.deserialize(new PlainOrderTokens(parser), context) : notPlain(parser);
                    case 2 -> executionId = (String) read(strings, parser, context);
                    case 3 -> timestamp = (OffsetDateTime) read(times, parser, context);
                    case 4 -> price = (BigDecimal) read(decimals, parser, context);
                    case 5 -> qty = (BigDecimal) read(decimals, parser, context);
                    default -> positionQty = (BigDecimal) read(decimals, parser, context);
                }
            }
            return new Wire(event, order, executionId, timestamp, price, qty, positionQty).toDomain();
        }

        /** As a record component reads a string or null; anything else is not plain. */
        private static Object read(JsonDeserializer<Object> deserializer, JsonParser parser,
                                   DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_NULL)) {
                return deserializer.getNullValue(context);
            }
            return parser.hasToken(JsonToken.VALUE_STRING) ? deserializer.deserialize(parser, context)
                    : notPlain(parser);
        }

        private static <T> T notPlain(JsonParser parser) throws NotPlain {
            throw new NotPlain(parser);
        }
    }

    /** The wire names of {@link Wire}'s components, in the order {@link Reader} numbers them. */
    private static final List<String> FIELDS = List.of("event", "order", "execution_id", "timestamp", "price", "qty",
            "position_qty");

    /**
     * The order's tokens, refusing what the general path could read differently (see {@link Reader}): JSON
     * numbers, a field name given twice (a tree keeps the last, a record binding may keep the first), and
     * any nested object or array (only {@code legs} has one; such orders take the general path). Names
     * are checked in a small table instead of the parser's duplicate detection, which cost a fifth of the
     * decode in a JFR profile of {@code bench stream}.
     */
    private static final class PlainOrderTokens extends JsonParserDelegate {

        private static final int SLOTS = 128;

        private final String[] names = new String[SLOTS];
        private int count;

        PlainOrderTokens(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            return checked(delegate.nextToken());
        }

        @Override
        public JsonToken nextValue() throws IOException {
            return checked(delegate.nextValue());
        }

        private JsonToken checked(JsonToken token) throws IOException {
            switch (token == null ? JsonToken.NOT_AVAILABLE : token) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, START_OBJECT, START_ARRAY -> throw new NotPlain(delegate);
                case FIELD_NAME -> remember(delegate.currentName());
                default -> { }
            }
            return token;
        }

        private void remember(String name) throws NotPlain {
            if (++count > SLOTS / 2) {
                throw new NotPlain(delegate);
            }
            int slot = name.hashCode() & (SLOTS - 1);
            for (String held = names[slot]; held != null; held = names[slot]) {
                if (held.equals(name)) {
                    throw new NotPlain(delegate);
                }
                slot = (slot + 1) & (SLOTS - 1);
            }
            names[slot] = name;
        }
    }

    /** Raised by the plain-only reading for anything but the plain shape; never leaves this package. */
    static final class NotPlain extends JsonMappingException {

        private static final long serialVersionUID = 1L;

        NotPlain(JsonParser parser) {
            super(parser, "not a plain trade update");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // an expected outcome, caught by the caller right away
        }
    }

    private static final class Writer extends StdSerializer<TradeUpdate> {

        private static final long serialVersionUID = 1L;

        Writer() {
            super(TradeUpdate.class);
        }

        @Override
        public void serialize(TradeUpdate update, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            provider.defaultSerializeValue(Wire.from(update), generator);
        }
    }
}
