package dev.breakwater.ui.blotter;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.WireValue;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * Writes orders as CSV (RFC 4180): a header row, CRLF line ends, a field quoted only when it holds a comma,
 * a quote or a line break, quotes doubled inside. Times are ISO-8601 instants in UTC and decimals are
 * plain ({@code 0.0001}, never {@code 1E-4}), so a spreadsheet or a script reads the file without guessing
 * the locale. Values are written as the broker reported them, names as Alpaca spells them.
 */
public final class BlotterCsv {

    private record Column(String name, Function<Order, String> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("created_at", order -> time(order.createdAt())),
            new Column("submitted_at", order -> time(order.submittedAt())),
            new Column("updated_at", order -> time(order.updatedAt())),
            new Column("symbol", Order::symbol),
            new Column("side", order -> wire(order.side())),
            new Column("qty", order -> decimal(order.qty())),
            new Column("notional", order -> decimal(order.notional())),
            new Column("filled_qty", order -> decimal(order.filledQty())),
            new Column("filled_avg_price", order -> decimal(order.filledAvgPrice())),
            new Column("type", order -> wire(order.type())),
            new Column("limit_price", order -> decimal(order.limitPrice())),
            new Column("stop_price", order -> decimal(order.stopPrice())),
            new Column("trail_price", order -> decimal(order.trailPrice())),
            new Column("trail_percent", order -> decimal(order.trailPercent())),
            new Column("time_in_force", order -> wire(order.timeInForce())),
            new Column("status", order -> wire(order.status())),
            new Column("client_order_id", Order::clientOrderId),
            new Column("order_id", Order::id),
            new Column("replaces", Order::replaces),
            new Column("replaced_by", Order::replacedBy));

    /** The header row's names, in column order. */
    public static final List<String> HEADER = COLUMNS.stream().map(Column::name).toList();

    private static final String EOL = "\r\n";

    private BlotterCsv() {
    }

    /** Writes {@code orders} (header first) to {@code file} in UTF-8, replacing what was there. Blocking. */
    public static void write(List<Order> orders, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(orders, out);
        }
    }

    public static void write(List<Order> orders, Writer out) throws IOException {
        out.write(line(HEADER));
        for (Order order : orders) {
            out.write(line(COLUMNS.stream().map(column -> column.value().apply(order)).toList()));
        }
    }

    private static String line(List<String> values) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(values.get(i)));
        }
        return text.append(EOL).toString();
    }

    /** One field, quoted when RFC 4180 requires it; null is an empty field. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String time(OffsetDateTime time) {
        return time == null ? null : DateTimeFormatter.ISO_INSTANT.format(time);
    }

    private static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String wire(WireValue value) {
        return value == null ? null : value.wire();
    }
}
