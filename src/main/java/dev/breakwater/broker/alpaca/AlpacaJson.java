package dev.breakwater.broker.alpaca;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The one Jackson configuration for Alpaca's wire format: snake_case names, decimals as strings (Alpaca
 * sends and recommends strings, so no value ever passes through {@code double}), RFC 3339 times with
 * their offsets kept, enums by their wire strings with unknown values mapped to {@code UNKNOWN}, and
 * unknown fields ignored (new ones keep appearing).
 *
 * <p>Decimals are written in plain notation ({@code "0.00000001"}, never {@code "1E-8"}) with their scale
 * kept. Trailing content after a complete JSON value is an error, so a garbled or concatenated body is
 * reported instead of half-read. Times are read by {@link Rfc3339} where they have the usual shape.
 * {@code trade_updates} events are mapped by {@link TradeUpdateJson}.
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
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .addModule(new JavaTimeModule())
                .addModule(WireEnums.module())
                .addModule(plainDecimals())
                .addModule(TradeUpdateJson.module())
                .addModule(fastTimes())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /**
     * Times read by {@link Rfc3339Deserializer} (registered after the Java-time module, so it wins),
     * which falls back to that module's deserializer for anything but the usual RFC 3339 shape.
     */
    private static SimpleModule fastTimes() {
        SimpleModule module = new SimpleModule("alpaca-rfc3339-times");
        module.addDeserializer(OffsetDateTime.class, new Rfc3339Deserializer());
        return module;
    }

    /**
     * Decimals as plain strings. A serializer of our own rather than the STRING shape plus
     * {@code WRITE_BIGDECIMAL_AS_PLAIN}: that feature belongs to the generator, and the token buffer
     * behind {@code valueToTree} does not honour it, so a body built as a tree would carry {@code "1E-8"}.
     */
    private static SimpleModule plainDecimals() {
        SimpleModule module = new SimpleModule("alpaca-plain-decimals");
        module.addSerializer(BigDecimal.class, new StdSerializer<>(BigDecimal.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider)
                    throws IOException {
                generator.writeString(value.toPlainString());
            }
        });
        return module;
    }
}
