package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Round-trip checks: parse an Alpaca payload, write it back with {@link AlpacaJson}, parse that again.
 * Besides equality of the two parsed values, every field written is compared with the same field of the
 * original payload, node type and text: a decimal must come back as the same string (scale and all).
 * Times must come back with the same offset and the same value; only trailing zeros of the fraction may
 * go ({@code .388241930Z} is written {@code .38824193Z}), which RFC 3339 reads alike.
 */
final class RoundTrip {

    private static final ObjectMapper MAPPER = AlpacaJson.mapper();

    private static final Pattern TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");

    private RoundTrip() {
    }

    private static void assertSameTime(String original, String written, String path) {
        assertThat(written).as("%s written as RFC 3339", path).matches(TIME);
        // OffsetDateTime.equals compares the local time and the offset, so a shifted offset fails here.
        assertThat(OffsetDateTime.parse(written)).as(path).isEqualTo(OffsetDateTime.parse(original));
        String offset = original.substring(original.length() - (original.endsWith("Z") ? 1 : 6));
        assertThat(written).as("%s keeps its offset", path).endsWith(offset);
    }

    /** Parses {@code json}, checks the round trip and returns the first parse. */
    static <T> T check(String json, Class<T> type, Set<String> allowedToDiffer) {
        try {
            T parsed = MAPPER.readValue(json, type);
            String written = MAPPER.writeValueAsString(parsed);
            T reparsed = MAPPER.readValue(written, type);
            assertThat(reparsed).as("parse(write(parse(payload)))").isEqualTo(parsed);
            assertWrittenAgrees(MAPPER.readTree(json), MAPPER.readTree(written), "", allowedToDiffer);
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every value in {@code written} that the original also has (non-null) must be identical to it, unless
     * its path (field names joined by dots, no array indexes) is in {@code allowedToDiffer}.
     */
    static void assertWrittenAgrees(JsonNode original, JsonNode written, String path, Set<String> allowedToDiffer) {
        if (written.isObject()) {
            assertThat(original.isObject()).as("%s is an object in the payload", path).isTrue();
            for (Map.Entry<String, JsonNode> field : written.properties()) {
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                JsonNode before = original.get(field.getKey());
                if (before == null || before.isNull() || allowedToDiffer.contains(fieldPath)) {
                    continue;
                }
                assertWrittenAgrees(before, field.getValue(), fieldPath, allowedToDiffer);
            }
        } else if (written.isArray()) {
            assertThat(original.isArray()).as("%s is an array in the payload", path).isTrue();
            assertThat(written.size()).as("%s size", path).isEqualTo(original.size());
            for (int i = 0; i < written.size(); i++) {
                assertWrittenAgrees(original.get(i), written.get(i), path, allowedToDiffer);
            }
        } else {
            assertThat(written.getNodeType()).as("JSON type of %s", path).isEqualTo(original.getNodeType());
            if (TIME.matcher(original.asText()).matches()) {
                assertSameTime(original.asText(), written.asText(), path);
            } else {
                assertThat(written.asText()).as(path).isEqualTo(original.asText());
            }
        }
    }
}
