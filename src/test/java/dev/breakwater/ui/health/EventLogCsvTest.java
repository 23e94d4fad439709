package dev.breakwater.ui.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLogCsvTest {

    private static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");

    @Test
    void writesOldestFirstWithLocalOffsetTimes() {
        List<EventLogEntry> newestFirst = List.of(
                new EventLogEntry(T0.plusSeconds(5), "breaker", "orders breaker OPEN -> HALF_OPEN", Tone.WARNING),
                new EventLogEntry(T0, "breaker", "orders breaker CLOSED -> OPEN", Tone.DANGER));

        String csv = EventLogCsv.write(newestFirst, ZoneId.of("America/New_York"));

        assertThat(csv).isEqualTo("time,kind,text\r\n"
                + "2026-03-02T10:00:00-05:00,breaker,orders breaker CLOSED -> OPEN\r\n"
                + "2026-03-02T10:00:05-05:00,breaker,orders breaker OPEN -> HALF_OPEN\r\n");
    }

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        assertThat(EventLogCsv.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(EventLogCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(EventLogCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(EventLogCsv.field("plain")).isEqualTo("plain");
    }

    @Test
    void defusesTextASpreadsheetWouldRunAsAFormula() {
        assertThat(EventLogCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(EventLogCsv.field("-1 orders")).isEqualTo("'-1 orders");
        assertThat(EventLogCsv.field("@sum")).isEqualTo("'@sum");
    }

    @Test
    void anEmptyLogIsJustTheHeader() {
        assertThat(EventLogCsv.write(List.of(), ZoneId.of("UTC"))).isEqualTo("time,kind,text\r\n");
    }
}
