package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.breakwater.domain.Order;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Alpaca mapper's times must come out as the Java-time module's deserializer made them before the
 * fast path existed: same values, same offsets, same failures.
 */
class Rfc3339DeserializerTest {

    /** The mapper's time settings without the fast path. */
    private static final ObjectMapper BEFORE = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @ParameterizedTest
    @ValueSource(strings = {
        "\"2026-03-02T14:30:00.123456789Z\"", "\"2026-03-02T10:30:00.123-04:00\"", "\"2026-03-02t14:30:00z\"",
        "\"2026-03-02T14:30:00+0000\"", "\"2026-03-02T14:30:00-0400\"", "\"  2026-03-02T14:30:00Z \"",
        "\"2026-03-02T14:30Z\"", "\"\"", "\"   \"", "null", "1700000000", "1700000000.25", "\"1700000000\"",
        "\"2026-02-30T00:00:00Z\"", "\"2026-03-02T24:00:00Z\"", "\"yesterday\"", "true", "[1, 2]", "{}"})
    void readsEveryValueAsTheJavaTimeModuleDid(String json) {
        Object expected = outcome(BEFORE, json);
        Object actual = outcome(AlpacaJson.mapper(), json);

        if (expected instanceof Throwable failure) {
            assertThat(actual).as(json).isInstanceOf(failure.getClass());
        } else {
            assertThat(actual).as(json).isEqualTo(expected);
            if (expected instanceof OffsetDateTime time) {
                assertThat(((OffsetDateTime) actual).getOffset()).isEqualTo(time.getOffset());
            }
        }
    }

    @Test
    void readsTheTimesOfAnOrderWithTheirOffsets() throws Exception {
        Order order = AlpacaJson.mapper().readValue("{\"id\":\"o-1\",\"created_at\":\"2026-03-02T10:30:00.5-04:00\","
                + "\"updated_at\":\"2026-03-02T14:30:01.123456789Z\",\"filled_at\":null}", Order.class);

        assertThat(order.createdAt()).isEqualTo(OffsetDateTime.parse("2026-03-02T10:30:00.5-04:00"));
        assertThat(order.createdAt().getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);
        assertThat(order.updatedAt()).isEqualTo(OffsetDateTime.parse("2026-03-02T14:30:01.123456789Z"));
        assertThat(order.filledAt()).isNull();
    }

    @Test
    void usesTheFastPathForPlainProperties() throws Exception {
        ObjectMapper mapper = AlpacaJson.mapper();
        DefaultDeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createInstance(mapper.getDeserializationConfig(), null, null);

        Object deserializer = context.findRootValueDeserializer(mapper.constructType(OffsetDateTime.class));

        assertThat(deserializer).isInstanceOfSatisfying(Rfc3339Deserializer.class,
                times -> assertThat(times.fast()).isTrue());
    }

    private static Object outcome(ObjectMapper mapper, String json) {
        Throwable failure = catchThrowable(() -> mapper.readValue(json, OffsetDateTime.class));
        if (failure != null) {
            return failure;
        }
        try {
            return mapper.readValue(json, OffsetDateTime.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
