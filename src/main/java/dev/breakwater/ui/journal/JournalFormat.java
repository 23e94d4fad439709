package dev.breakwater.ui.journal;

import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.WireValue;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Cell texts of the journal table: times local, quantities plain, prices with grouping and 2 to 4 decimals. */
final class JournalFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private JournalFormat() {
    }

    static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    /** The quantity, or the notional as money ("$1,000.00") for a notional order. */
    static String quantity(OrderRequest request) {
        if (request.qty() != null) {
            return request.qty().stripTrailingZeros().toPlainString();
        }
        return request.notional() == null ? "" : "$" + price(request.notional());
    }

    /** Sub-penny prices keep their digits (up to 4): rounding a limit price would misstate the order. */
    static String price(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00##", DecimalFormatSymbols.getInstance(Locale.US));
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    static String wire(WireValue value) {
        return value == null ? "" : value.wire();
    }
}
