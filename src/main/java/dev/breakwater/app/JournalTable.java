package dev.breakwater.app;

import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.WireValue;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.JournalEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text tables of the journal commands: columns padded to their widest cell and two spaces apart,
 * a missing value as {@code -}, times as ISO-8601 UTC instants (what the journal stores, comparable across
 * time zones and with the CSV export).
 */
final class JournalTable {

    static final List<String> INTENT_HEADER = List.of("created_at", "client_order_id", "state", "symbol", "side",
            "qty", "type", "broker_order_id", "broker_status", "attempts");
    static final List<String> EVENT_HEADER = List.of("#", "at", "kind", "change", "detail");

    private final List<List<String>> rows = new ArrayList<>();

    /** @param first the header, or the first row of a table without one */
    JournalTable(List<String> first) {
        rows.add(first);
    }

    /** One line per intent, in the order given, under {@link #INTENT_HEADER}. */
    static List<String> intents(List<Intent> intents) {
        JournalTable table = new JournalTable(INTENT_HEADER);
        for (Intent intent : intents) {
            OrderRequest request = intent.request();
            table.add(List.of(seconds(intent.createdAt()), intent.clientOrderId(), intent.state().name(),
                    text(request.symbol()), wire(request.side()), quantity(request), wire(request.type()),
                    text(intent.brokerOrderId()), text(intent.brokerStatus()), Integer.toString(intent.attempts())));
        }
        return table.lines();
    }

    /** One line per audit event, in the order given, under {@link #EVENT_HEADER}. */
    static List<String> events(List<JournalEvent> events) {
        JournalTable table = new JournalTable(EVENT_HEADER);
        for (JournalEvent event : events) {
            String change = event.to() == null ? "-"
                    : (event.from() == null ? "" : event.from().name() + " ") + "-> " + event.to().name();
            table.add(List.of(Long.toString(event.sequence()), text(event.at()), text(event.kind()), change,
                    oneLine(event.detail())));
        }
        return table.lines();
    }

    /** The fields of one intent, one {@code name  value} line each; times in full precision. */
    static List<String> intent(Intent intent) {
        OrderRequest request = intent.request();
        JournalTable table = new JournalTable(List.of("client_order_id", intent.clientOrderId()));
        table.add(List.of("state", intent.state().name()));
        table.add(List.of("symbol", text(request.symbol())));
        table.add(List.of("side", wire(request.side())));
        table.add(List.of(request.qty() == null && request.notional() != null ? "notional" : "qty", quantity(request)));
        table.add(List.of("type", wire(request.type())));
        table.add(List.of("time_in_force", wire(request.timeInForce())));
        table.add(List.of("limit_price", plain(request.limitPrice())));
        table.add(List.of("stop_price", plain(request.stopPrice())));
        table.add(List.of("order_class", wire(request.orderClass())));
        table.add(List.of("broker_order_id", text(intent.brokerOrderId())));
        table.add(List.of("broker_status", text(intent.brokerStatus())));
        table.add(List.of("attempts", Integer.toString(intent.attempts())));
        table.add(List.of("last_error", oneLine(intent.lastError())));
        table.add(List.of("ticket_id", text(intent.ticketId())));
        table.add(List.of("account", text(intent.account())));
        table.add(List.of("created_at", text(intent.createdAt())));
        table.add(List.of("updated_at", text(intent.updatedAt())));
        table.add(List.of("request", text(intent.requestJson())));
        table.add(List.of("request_sha256", text(intent.requestHash())));
        return table.lines();
    }

    void add(List<String> cells) {
        rows.add(cells);
    }

    /** The rows, aligned; the last column is not padded, so no line ends in spaces. */
    List<String> lines() {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = row.get(i);
                line.append(cell);
                if (i < columns - 1) {
                    line.append(" ".repeat(widths[i] - cell.length() + 2));
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** The quantity, or the notional as {@code $amount}. */
    static String quantity(OrderRequest request) {
        if (request.qty() != null) {
            return plain(request.qty());
        }
        return request.notional() == null ? "-" : "$" + plain(request.notional());
    }

    static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    static String seconds(Instant at) {
        return at == null ? "-" : at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String wire(WireValue value) {
        return value == null ? "-" : value.wire();
    }

    static String text(Object value) {
        return value == null || value.toString().isEmpty() ? "-" : value.toString();
    }

    // A detail with a line break would break the table's one-line-per-row promise.
    private static String oneLine(String detail) {
        return detail == null ? "-" : detail.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
