package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakwater.domain.MarketClock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarketClockJsonTest {

    private static final ObjectMapper MAPPER = AlpacaJson.mapper();

    @Test
    void readsTheClock() {
        MarketClock clock = RoundTrip.check(Payloads.text("clock.json"), MarketClock.class, Set.of());

        assertThat(clock.isOpen()).isTrue();
        assertThat(clock.timestamp()).isEqualTo(OffsetDateTime.of(2022, 4, 28, 14, 7, 4, 451_420_928,
                ZoneOffset.ofHours(-4)));
        assertThat(clock.nextOpen()).isEqualTo(OffsetDateTime.parse("2022-04-29T09:30:00-04:00"));
        assertThat(clock.nextClose()).isEqualTo(OffsetDateTime.parse("2022-04-28T16:00:00-04:00"));
    }

    @Test
    void writesIsOpenUnderItsWireNameAndWholeMinutesWithSeconds() throws Exception {
        MarketClock closed = new MarketClock(OffsetDateTime.parse("2024-03-09T11:00:00Z"), false,
                OffsetDateTime.parse("2024-03-11T09:30:00-04:00"), OffsetDateTime.parse("2024-03-11T16:00:00-04:00"));

        JsonNode written = MAPPER.valueToTree(closed);

        assertThat(written.has("is_open")).isTrue();
        assertThat(written.get("is_open").booleanValue()).isFalse();
        // RFC 3339 requires seconds; OffsetDateTime.toString() would drop ":00".
        assertThat(written.get("timestamp").textValue()).isEqualTo("2024-03-09T11:00:00Z");
        assertThat(written.get("next_open").textValue()).isEqualTo("2024-03-11T09:30:00-04:00");
        assertThat(MAPPER.treeToValue(written, MarketClock.class)).isEqualTo(closed);
    }
}
