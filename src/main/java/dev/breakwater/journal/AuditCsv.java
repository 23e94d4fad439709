package dev.breakwater.journal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The audit trail as CSV (RFC 4180): a header row, CRLF line ends, a field quoted when it holds a comma, a
 * quote, CR or LF, quotes inside doubled. Times are ISO-8601 UTC instants, so rows sort and compare across
 * time zones. Values are written as the journal holds them (no spreadsheet-formula guarding): an audit
 * export must say exactly what happened.
 */
public final class AuditCsv {

    public static final List<String> HEADER = List.of("sequence", "at", "client_order_id", "kind", "from", "to",
            "detail");

    private AuditCsv() {
    }

    public static void write(List<JournalEvent> events, Writer out) throws IOException {
        row(HEADER, out);
        for (JournalEvent event : events) {
            row(List.of(Long.toString(event.sequence()), text(event.at()), text(event.clientOrderId()),
                    text(event.kind()), text(event.from()), text(event.to()), text(event.detail())), out);
        }
    }

    static void row(List<String> fields, Writer out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** One field, quoted only when RFC 4180 requires it. */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
