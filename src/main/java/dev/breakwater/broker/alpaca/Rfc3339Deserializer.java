package dev.breakwater.broker.alpaca;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.OffsetDateTime;

/**
 * {@link OffsetDateTime} values read with {@link Rfc3339} first; every other case (numbers, empty strings,
 * other shapes, errors, a {@code @JsonFormat} on the property) goes to the Java-time module's own
 * deserializer, so what was accepted or rejected before still is, with the same exceptions.
 */
final class Rfc3339Deserializer extends StdScalarDeserializer<OffsetDateTime> implements ContextualDeserializer {

    private static final long serialVersionUID = 1L;

    private final JsonDeserializer<OffsetDateTime> fallback;
    /** False once a property's format made the fallback differ from the module's default. */
    private final boolean fast;

    Rfc3339Deserializer() {
        this(InstantDeserializer.OFFSET_DATE_TIME, true);
    }

    private Rfc3339Deserializer(JsonDeserializer<OffsetDateTime> fallback, boolean fast) {
        super(OffsetDateTime.class);
        this.fallback = fallback;
        this.fast = fast;
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
            throws JsonMappingException {
        JsonDeserializer<?> contextual = ((ContextualDeserializer) fallback).createContextual(context, property);
        if (contextual == fallback) {
            return this;
        }
        return new Rfc3339Deserializer((JsonDeserializer<OffsetDateTime>) contextual, false);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (fast && parser.hasToken(JsonToken.VALUE_STRING)
                && !context.isEnabled(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)) {
            OffsetDateTime time = Rfc3339.tryParse(parser.getText());
            if (time != null) {
                return time;
            }
        }
        return fallback.deserialize(parser, context);
    }

    @Override
    public Object deserializeWithType(JsonParser parser, DeserializationContext context,
                                      TypeDeserializer typeDeserializer) throws IOException {
        return fallback.deserializeWithType(parser, context, typeDeserializer);
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.DateTime;
    }

    /** Whether this instance reads with {@link Rfc3339} at all; for tests. */
    boolean fast() {
        return fast;
    }
}
