package dev.breakwater.ui.blotter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderStatus;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlotterCsvTest {

    @Test
    void fieldsAreQuotedOnlyWhenRfc4180NeedsIt() {
        assertThat(BlotterCsv.field("plain")).isEqualTo("plain");
        assertThat(BlotterCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(BlotterCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(BlotterCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(BlotterCsv.field("cr\r")).isEqualTo("\"cr\r\"");
        assertThat(BlotterCsv.field(null)).isEmpty();
    }

    @Test
    void headerThenOneCrlfLinePerOrderWithIsoTimesAndPlainDecimals() throws Exception {
        Order base = BlotterOrders.limitBuy("id-1", "BRK.B", OrderStatus.PARTIALLY_FILLED, 0, 5);
        Order order = new Order(base.id(), "desk,\"A\"", OffsetDateTime.parse("2026-03-02T10:00:00-05:00"),
                base.updatedAt(), base.submittedAt(), null, null, null, null, null, null, null, base.assetId(),
                base.symbol(), base.assetClass(), null, base.qty(), base.filledQty(), base.filledAvgPrice(),
                base.orderClass(), base.type(), base.side(), base.timeInForce(), new BigDecimal("1E-4"), null,
                base.status(), false, null, null, null, null);
        StringWriter out = new StringWriter();

        BlotterCsv.write(List.of(order), out);

        String[] lines = out.toString().split("\r\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEmpty();
        assertThat(lines[0]).isEqualTo(String.join(",", BlotterCsv.HEADER));
        assertThat(lines[0]).isEqualTo("created_at,submitted_at,updated_at,symbol,side,qty,notional,filled_qty,"
                + "filled_avg_price,type,limit_price,stop_price,trail_price,trail_percent,time_in_force,status,"
                + "client_order_id,order_id,replaces,replaced_by");
        assertThat(lines[1]).isEqualTo("2026-03-02T15:00:00Z,2026-03-02T15:00:00Z,2026-03-02T15:00:05Z,BRK.B,buy,10,,4,"
                + "60.00,limit,0.0001,,,,day,partially_filled,\"desk,\"\"A\"\"\",id-1,,");
    }
}
