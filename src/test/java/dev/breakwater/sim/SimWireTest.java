package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON the simulator writes, checked field by field against Alpaca's shapes. */
class SimWireTest {

    private static final String RFC_3339_NANOS_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{9}Z";
    private static final List<String> ORDER_FIELDS = List.of("id", "client_order_id", "created_at", "updated_at",
            "submitted_at", "filled_at", "expired_at", "canceled_at", "failed_at", "replaced_at", "replaced_by",
            "replaces", "asset_id", "symbol", "asset_class", "notional", "qty", "filled_qty", "filled_avg_price",
            "order_class", "order_type", "type", "side", "time_in_force", "limit_price", "stop_price", "status",
            "extended_hours", "legs", "trail_percent", "trail_price", "hwm");

    private final SimTestKit kit = new SimTestKit();

    @Test
    void aSimpleOrderHasEveryFieldWithNullsPresentAndDecimalsAsStrings() throws IOException {
        SimOrder order = kit.limit("AAPL", "buy", "10", "150.50", "day");

        JsonNode json = read(SimWire.order(order));

        assertThat(fieldNames(json)).containsExactlyElementsOf(ORDER_FIELDS);
        assertThat(json.get("order_class").textValue()).isEmpty();
        assertThat(json.get("order_type").textValue()).isEqualTo("limit");
        assertThat(json.get("type").textValue()).isEqualTo("limit");
        assertThat(json.get("asset_class").textValue()).isEqualTo("us_equity");
        assertThat(json.get("qty").isTextual()).isTrue();
        assertThat(json.get("qty").textValue()).isEqualTo("10");
        assertThat(json.get("filled_qty").textValue()).isEqualTo("0");
        assertThat(json.get("limit_price").textValue()).isEqualTo("150.50");
        assertThat(json.get("extended_hours").isBoolean()).isTrue();
        for (String nullable : List.of("filled_at", "expired_at", "canceled_at", "failed_at", "replaced_at",
                "replaced_by", "replaces", "notional", "filled_avg_price", "stop_price", "legs", "trail_percent",
                "trail_price", "hwm")) {
            assertThat(json.get(nullable).isNull()).as(nullable).isTrue();
        }
        assertThat(json.get("created_at").textValue()).isEqualTo("2026-11-27T14:30:00.123456789Z");
        assertThat(json.get("updated_at").textValue()).matches(RFC_3339_NANOS_UTC);
    }

    @Test
    void timesAlwaysHaveNineFractionDigits() {
        assertThat(SimWire.time(Instant.parse("2026-11-29T15:04:05Z"))).isEqualTo("2026-11-29T15:04:05.000000000Z");
        assertThat(SimWire.time(Instant.parse("2026-11-29T15:04:05.123456789Z"))).isEqualTo("2026-11-29T15:04:05.123456789Z");
    }

    @Test
    void aBracketOrderNestsItsLegsAsOrders() throws IOException {
        SimOrder parent = kit.place("symbol", "AAPL", "qty", "1", "side", "buy", "type", "limit", "limit_price", "150",
                "time_in_force", "gtc", "order_class", "bracket", "take_profit", "{\"limit_price\":\"220\"}",
                "stop_loss", "{\"stop_price\":\"140\"}");

        JsonNode json = read(SimWire.order(parent));

        assertThat(json.get("order_class").textValue()).isEqualTo("bracket");
        assertThat(json.get("legs").isArray()).isTrue();
        assertThat(json.get("legs")).hasSize(2);
        JsonNode stopLoss = json.get("legs").get(1);
        assertThat(fieldNames(stopLoss)).containsExactlyElementsOf(ORDER_FIELDS);
        assertThat(stopLoss.get("status").textValue()).isEqualTo("held");
        assertThat(stopLoss.get("stop_price").textValue()).isEqualTo("140");
        assertThat(stopLoss.get("legs").isNull()).isTrue();
    }

    @Test
    void aFilledOrderShowsItsFillAsStrings() throws IOException {
        SimOrder order = kit.market("AAPL", "buy", "3");

        JsonNode json = read(SimWire.order(kit.get(order)));

        assertThat(json.get("status").textValue()).isEqualTo("filled");
        assertThat(json.get("filled_qty").textValue()).isEqualTo("3");
        assertThat(json.get("filled_avg_price").textValue()).isEqualTo("200.00");
        assertThat(json.get("filled_at").textValue()).matches(RFC_3339_NANOS_UTC);
    }

    @Test
    void aFillEventIsATradeUpdatesMessage() throws IOException {
        SimOrder order = kit.market("AAPL", "sell", "2");
        SimTradeEvent fill = kit.eventsOf(order).get(1);

        JsonNode message = read(SimWire.tradeEvent(fill));

        assertThat(message.get("stream").textValue()).isEqualTo("trade_updates");
        JsonNode data = message.get("data");
        assertThat(fieldNames(data)).containsExactlyInAnyOrder("event", "execution_id", "order", "timestamp",
                "price", "qty", "position_qty");
        assertThat(data.get("event").textValue()).isEqualTo("fill");
        assertThat(data.get("execution_id").textValue()).isEqualTo(fill.executionId());
        assertThat(data.get("price").textValue()).isEqualTo("200.00");
        assertThat(data.get("qty").textValue()).isEqualTo("2");
        assertThat(data.get("position_qty").textValue()).isEqualTo("-2");
        assertThat(data.get("timestamp").textValue()).isEqualTo("2026-11-27T14:30:00.123456789Z");
        assertThat(data.get("order").get("id").textValue()).isEqualTo(order.id());
        assertThat(data.get("order").get("status").textValue()).isEqualTo("filled");
    }

    @Test
    void aCancelEventHasNoExecutionFields() throws IOException {
        SimOrder order = kit.limit("AAPL", "buy", "1", "100", "gtc");
        kit.exchange.cancel(order.id());

        JsonNode data = read(SimWire.tradeEvent(kit.eventsOf(order).get(1))).get("data");

        assertThat(fieldNames(data)).containsExactlyInAnyOrder("event", "order", "timestamp");
        assertThat(data.get("event").textValue()).isEqualTo("canceled");
        assertThat(data.get("order").get("canceled_at").textValue()).matches(RFC_3339_NANOS_UTC);
    }

    @Test
    void theAccountWritesMoneyAsStringsAndFlagsAsBooleans() throws IOException {
        JsonNode json = read(SimWire.account(kit.exchange.account()));

        assertThat(json.get("cash").textValue()).isEqualTo("100000.00");
        assertThat(json.get("buying_power").textValue()).isEqualTo("200000.00");
        assertThat(json.get("multiplier").textValue()).isEqualTo("2");
        assertThat(json.get("daytrade_count").isInt()).isTrue();
        assertThat(json.get("pattern_day_trader").isBoolean()).isTrue();
        assertThat(json.get("shorting_enabled").booleanValue()).isTrue();
        assertThat(json.get("account_number").textValue()).isEqualTo("PA3BWSIM0001");
        assertThat(json.get("created_at").textValue()).matches(RFC_3339_NANOS_UTC);
        assertThat(json.get("balance_asof").textValue()).isEqualTo("2026-11-26");
        for (String money : List.of("cash", "portfolio_value", "equity", "last_equity", "long_market_value",
                "short_market_value", "buying_power", "regt_buying_power", "daytrading_buying_power",
                "non_marginable_buying_power", "initial_margin", "maintenance_margin", "last_maintenance_margin",
                "sma", "accrued_fees", "pending_transfer_in", "pending_transfer_out")) {
            assertThat(json.get(money).isTextual()).as(money).isTrue();
        }
    }

    @Test
    void positionsAreAnArrayOfStringValuedObjects() throws IOException {
        kit.market("AAPL", "sell", "4");

        JsonNode json = read(SimWire.positions(kit.exchange.positions()));

        assertThat(json.isArray()).isTrue();
        JsonNode position = json.get(0);
        assertThat(fieldNames(position)).containsExactly("asset_id", "symbol", "exchange", "asset_class",
                "asset_marginable", "avg_entry_price", "qty", "qty_available", "side", "market_value", "cost_basis",
                "unrealized_pl", "unrealized_plpc", "unrealized_intraday_pl", "unrealized_intraday_plpc",
                "current_price", "lastday_price", "change_today");
        assertThat(position.get("qty").textValue()).isEqualTo("-4");
        assertThat(position.get("side").textValue()).isEqualTo("short");
        assertThat(position.get("market_value").textValue()).isEqualTo("-800.00");
        assertThat(position.get("unrealized_plpc").textValue()).isEqualTo("0");
    }

    @Test
    void theClockIsOpenWithBothBoundariesAtTheClose() throws IOException {
        JsonNode json = read(SimWire.clock(kit.exchange.clock()));

        assertThat(json.get("is_open").booleanValue()).isTrue();
        assertThat(json.get("timestamp").textValue()).isEqualTo("2026-11-27T14:30:00.123456789Z");
        assertThat(json.get("next_open").textValue()).isEqualTo("2026-11-28T00:00:00.000000000Z");
        assertThat(json.get("next_close").textValue()).isEqualTo("2026-11-28T00:00:00.000000000Z");
    }

    @Test
    void anErrorBodyHasCodeMessageAndAnyExtraFields() throws IOException {
        JsonNode plain = read(SimWire.error(SimRejection.duplicateClientOrderId()));
        assertThat(plain.toString()).isEqualTo("{\"code\":40010001,\"message\":\"client_order_id must be unique\"}");

        JsonNode forbidden = read(SimWire.error(SimRejection.insufficientBuyingPower(
                new java.math.BigDecimal("176531.28"), new java.math.BigDecimal("48640000"))));
        assertThat(forbidden.get("code").intValue()).isEqualTo(40310000);
        assertThat(forbidden.get("buying_power").textValue()).isEqualTo("176531.28");
        assertThat(forbidden.get("cost_basis").textValue()).isEqualTo("48640000");
    }

    @Test
    void cancelAllIsAnArrayOfIdAndStatus() throws IOException {
        JsonNode json = read(SimWire.cancelAll(List.of(new SimCancelResult("a", 200), new SimCancelResult("b", 200))));

        assertThat(json.toString()).isEqualTo("[{\"id\":\"a\",\"status\":200},{\"id\":\"b\",\"status\":200}]");
    }

    @Test
    void streamControlMessagesHaveAlpacasShape() throws IOException {
        assertThat(read(SimWire.authorization(true, "authenticate")).toString())
                .isEqualTo("{\"stream\":\"authorization\",\"data\":{\"status\":\"authorized\",\"action\":\"authenticate\"}}");
        assertThat(read(SimWire.listening(List.of("trade_updates"))).toString())
                .isEqualTo("{\"stream\":\"listening\",\"data\":{\"streams\":[\"trade_updates\"]}}");
    }

    @Test
    void decimalsAreWrittenInPlainNotation() throws IOException {
        SimOrder order = kit.place("symbol", "AAPL", "qty", "#1E+2", "side", "buy", "type", "limit",
                "limit_price", "1.5E+2", "time_in_force", "gtc");

        JsonNode json = read(SimWire.order(order));

        assertThat(json.get("qty").textValue()).isEqualTo("100");
        assertThat(json.get("limit_price").textValue()).isEqualTo("150");
        assertThat(SimWire.text(SimWire.orders(List.of(order)))).doesNotContain("E+");
        assertThat(read(SimWire.orders(List.of(order, order)))).hasSize(2);
    }

    private static JsonNode read(byte[] json) throws IOException {
        return SimWire.mapper().readTree(json);
    }

    private static List<String> fieldNames(JsonNode node) {
        return iterable(node.fieldNames());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
