package dev.breakwater.broker.alpaca;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.PositionSide;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.domain.TradeEvent;
import dev.breakwater.domain.WireValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The one Jackson configuration for Alpaca's wire format: snake_case names, decimals as strings (Alpaca
 * sends and recommends strings, so no value ever passes through {@code double}), RFC 3339 times with
 * their offsets kept, enums by their wire strings with unknown values mapped to {@code UNKNOWN}, and
 * unknown fields ignored (new ones keep appearing).
 */
public final class AlpacaJson {

    private static final ObjectMapper MAPPER = create();

    private AlpacaJson() {
    }

    /** The shared, thread-safe mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper create() {
        JsonMapper mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .addModule(new JavaTimeModule())
                .addModule(wireEnums())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        mapper.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        return mapper;
    }

    private static SimpleModule wireEnums() {
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
        module.addDeserializer(type, new JsonDeserializer<>() {
            @Override
            public E deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return fromWire.apply(parser.getValueAsString());
            }

            @Override
            public E getNullValue(DeserializationContext context) {
                return fromWire.apply(null);
            }
        });
        module.addSerializer(type, new JsonSerializer<>() {
            @Override
            public void serialize(E value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeString(value.wire());
            }
        });
    }
}
