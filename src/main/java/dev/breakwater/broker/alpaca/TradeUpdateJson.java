package dev.breakwater.broker.alpaca;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
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

/**
 * Maps the {@code data} object of a {@code trade_updates} message to {@link TradeUpdate} and back.
 *
 * <p>The wire has one {@code event} string, the domain record two components derived from it (the enum
 * and the raw name, so an event this version does not know stays readable). A plain record mapping cannot
 * feed one JSON field into two components, and the domain must stay free of Jackson annotations, so the
 * JSON goes through {@link Wire}, which has the wire's shape.
 */
final class TradeUpdateJson {

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

    /** Reads through {@link Wire}. */
    private static final class Reader extends StdDeserializer<TradeUpdate> implements ResolvableDeserializer {

        private static final long serialVersionUID = 1L;

        private transient JsonDeserializer<Object> wire;

        Reader() {
            super(TradeUpdate.class);
        }

        @Override
        public void resolve(DeserializationContext context) throws JsonMappingException {
            // Looked up once: a lookup per frame (context.readValue(parser, Wire.class)) resolved the
            // root type's annotations every time, visible in a JFR profile of `bench stream`.
            wire = context.findRootValueDeserializer(context.constructType(Wire.class));
        }

        @Override
        public TradeUpdate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return ((Wire) wire.deserialize(parser, context)).toDomain();
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
