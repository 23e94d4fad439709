package dev.breakwater.broker.alpaca;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.PositionSide;
import dev.breakwater.domain.ReplaceRequest;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.domain.TradeEvent;
import dev.breakwater.domain.WireValue;
import java.io.IOException;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and writes the {@link WireValue} enums by their wire strings.
 *
 * <p>In what Alpaca sends, a missing or null value reads as the enum's fallback ({@code UNKNOWN}, or
 * {@code SIMPLE} for the order class), so a reply never yields a null status. In our own requests a null
 * means "not set" (a replace that keeps the time in force), so there null stays null; otherwise a request
 * read back from JSON, e.g. from a journal, would come back changed.
 */
final class WireEnums {

    private static final Set<Class<?>> NULL_MEANS_NOT_SET = Set.of(OrderRequest.class, ReplaceRequest.class);

    private WireEnums() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("alpaca-wire-enums");
        register(module, Side.class, Side::fromWire);
        register(module, OrderType.class, OrderType::fromWire);
        register(module, TimeInForce.class, TimeInForce::fromWire);
        register(module, OrderClass.class, OrderClass::fromWire);
        register(module, OrderStatus.class, OrderStatus::fromWire);
        register(module, PositionSide.class, PositionSide::fromWire);
        register(module, TradeEvent.class, TradeEvent::fromWire);
        return module;
    }

    private static <E extends Enum<E> & WireValue> void register(SimpleModule module, Class<E> type,
                                                                 Function<String, E> fromWire) {
        module.addDeserializer(type, new Reader<>(type, fromWire, false));
        module.addSerializer(type, new Writer<>(type));
    }

    private static final class Reader<E extends Enum<E> & WireValue> extends StdDeserializer<E>
            implements ContextualDeserializer {

        private static final long serialVersionUID = 1L;

        private final transient Function<String, E> fromWire;
        private final Class<E> type;
        private final boolean keepNull;

        Reader(Class<E> type, Function<String, E> fromWire, boolean keepNull) {
            super(type);
            this.type = type;
            this.fromWire = fromWire;
            this.keepNull = keepNull;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean inRequest = property != null && property.getMember() != null
                    && NULL_MEANS_NOT_SET.contains(property.getMember().getDeclaringClass());
            return inRequest == keepNull ? this : new Reader<>(type, fromWire, inRequest);
        }

        @Override
        public E deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            // An object or array here is a broken reply, not an unknown value; left unconsumed it
            // would also derail the parse of the fields that follow it.
            if (!parser.currentToken().isScalarValue()) {
                return type.cast(context.handleUnexpectedToken(type, parser));
            }
            return fromWire.apply(parser.getValueAsString());
        }

        @Override
        public E getNullValue(DeserializationContext context) {
            return keepNull ? null : fromWire.apply(null);
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return getNullValue(context);
        }
    }

    private static final class Writer<E extends Enum<E> & WireValue> extends StdSerializer<E> {

        private static final long serialVersionUID = 1L;

        Writer(Class<E> type) {
            super(type);
        }

        @Override
        public void serialize(E value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.wire());
        }
    }
}
