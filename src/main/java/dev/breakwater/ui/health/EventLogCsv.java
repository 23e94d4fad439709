package dev.breakwater.ui.health;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The health event log as CSV (RFC 4180: comma, CRLF, quotes doubled), oldest line first as an audit
 * trail reads. Times are ISO-8601 with the offset of {@code zone}. A text that a spreadsheet would run
 * as a formula (starting with =, +, -, @, tab or CR) is prefixed with an apostrophe: reasons and causes
 * come from the broker and the network, not from us.
 */
public final class EventLogCsv {

    public static final String HEADER = "time,kind,text";
    private static final String EOL = "\r\n";

    private EventLogCsv() {
    }

    /** {@code newestFirst} as the panel holds it; written oldest first. */
    public static String write(List<EventLogEntry> newestFirst, ZoneId zone) {
        StringBuilder csv = new StringBuilder(HEADER).append(EOL);
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            EventLogEntry entry = newestFirst.get(i);
            csv.append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(entry.time().atZone(zone).toOffsetDateTime()))
                    .append(',').append(field(entry.kind()))
                    .append(',').append(field(entry.text()))
                    .append(EOL);
        }
        return csv.toString();
    }

    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
