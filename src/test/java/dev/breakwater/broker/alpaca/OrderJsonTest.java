package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderJsonTest {

    private static final ObjectMapper MAPPER = AlpacaJson.mapper();

    // "" comes back as "simple" and an unknown status as "unknown": same meaning, different text.
    private static final Set<String> ENUM_NORMALISED = Set.of("order_class", "legs.order_class", "status");

    @Test
    void readsEveryFieldOfAPartiallyFilledLimitOrder() {
        Order order = RoundTrip.check(Payloads.text("order-limit-partially-filled.json"), Order.class,
                ENUM_NORMALISED);

        assertThat(order.id()).isEqualTo("61e69015-8549-4bfd-b9c3-01e75843f47d");
        assertThat(order.clientOrderId()).isEqualTo("bw-01HRQ8X3Q8V5T9K2M4N6P8R0S2");
        assertThat(order.createdAt()).isEqualTo(OffsetDateTime.of(2024, 3, 11, 9, 31, 2, 518_920_463,
                ZoneOffset.ofHours(-4)));
        assertThat(order.updatedAt()).isEqualTo(OffsetDateTime.of(2024, 3, 11, 13, 32, 15, 4_921_774,
                ZoneOffset.UTC));
        assertThat(order.submittedAt().getNano()).isEqualTo(517_104_891);
        assertThat(order.filledAt()).isNull();
        assertThat(order.expiredAt()).isNull();
        assertThat(order.canceledAt()).isNull();
        assertThat(order.failedAt()).isNull();
        assertThat(order.replacedAt()).isNull();
        assertThat(order.replacedBy()).isNull();
        assertThat(order.replaces()).isEqualTo("3b4a12c7-0c5e-4d0b-9d6f-2f0e8e9a7c11");
        assertThat(order.assetId()).isEqualTo("b0b6dd9d-8b9b-48a9-ba46-b9d54906e415");
        assertThat(order.symbol()).isEqualTo("AAPL");
        assertThat(order.assetClass()).isEqualTo("us_equity");
        assertThat(order.notional()).isNull();
        assertThat(order.qty()).isEqualTo(new BigDecimal("100"));
        assertThat(order.filledQty()).isEqualTo(new BigDecimal("40"));
        assertThat(order.filledAvgPrice()).isEqualTo(new BigDecimal("172.4850"));
        assertThat(order.orderClass()).isEqualTo(OrderClass.SIMPLE);
        assertThat(order.type()).isEqualTo(OrderType.LIMIT);
        assertThat(order.side()).isEqualTo(Side.BUY);
        assertThat(order.timeInForce()).isEqualTo(TimeInForce.DAY);
        assertThat(order.limitPrice()).isEqualTo(new BigDecimal("172.50"));
        assertThat(order.stopPrice()).isNull();
        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(order.extendedHours()).isFalse();
        assertThat(order.legs()).isEmpty();
        assertThat(order.trailPercent()).isNull();
        assertThat(order.trailPrice()).isNull();
        assertThat(order.hwm()).isNull();
    }

    @Test
    void keepsTheOffsetsAndNanosecondsWhenWriting() throws Exception {
        Order order = MAPPER.readValue(Payloads.text("order-limit-partially-filled.json"), Order.class);

        JsonNode written = MAPPER.valueToTree(order);

        assertThat(written.get("created_at").textValue()).isEqualTo("2024-03-11T09:31:02.518920463-04:00");
        assertThat(written.get("updated_at").textValue()).isEqualTo("2024-03-11T13:32:15.004921774Z");
    }

    @Test
    void writesDecimalsAsStringsWithTheirScale() throws Exception {
        Order order = MAPPER.readValue(Payloads.text("order-limit-partially-filled.json"), Order.class);

        JsonNode written = MAPPER.valueToTree(order);

        assertThat(written.get("limit_price").isTextual()).isTrue();
        assertThat(written.get("limit_price").textValue()).isEqualTo("172.50");
        assertThat(written.get("filled_avg_price").textValue()).isEqualTo("172.4850");
        assertThat(written.get("qty").textValue()).isEqualTo("100");
    }

    @Test
    void writesSmallAndLargeDecimalsInPlainNotation() throws Exception {
        ObjectNode payload = (ObjectNode) Payloads.tree("order-limit-partially-filled.json");
        payload.put("filled_qty", "0.00000001");
        payload.put("qty", "1E+3");

        Order order = MAPPER.treeToValue(payload, Order.class);
        JsonNode written = MAPPER.valueToTree(order);

        assertThat(written.get("filled_qty").textValue()).isEqualTo("0.00000001");
        assertThat(written.get("qty").textValue()).isEqualTo("1000");
    }

    @Test
    void readsDecimalsSentAsJsonNumbersWithoutLosingDigits() throws Exception {
        Order order = MAPPER.readValue("{\"qty\": 10.50, \"limit_price\": 0.1000000000000000055511151231257827}",
                Order.class);

        assertThat(order.qty()).isEqualTo(new BigDecimal("10.50"));
        assertThat(order.limitPrice()).isEqualTo(new BigDecimal("0.1000000000000000055511151231257827"));
    }

    @Test
    void readsABracketWithItsNestedLegs() {
        Order order = RoundTrip.check(Payloads.text("order-bracket-nested.json"), Order.class, ENUM_NORMALISED);

        assertThat(order.orderClass()).isEqualTo(OrderClass.BRACKET);
        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(order.legs()).hasSize(2);
        Order takeProfit = order.legs().get(0);
        Order stopLoss = order.legs().get(1);
        assertThat(takeProfit.type()).isEqualTo(OrderType.LIMIT);
        assertThat(takeProfit.side()).isEqualTo(Side.SELL);
        assertThat(takeProfit.limitPrice()).isEqualTo(new BigDecimal("190.00"));
        assertThat(takeProfit.status()).isEqualTo(OrderStatus.NEW);
        assertThat(stopLoss.type()).isEqualTo(OrderType.STOP_LIMIT);
        assertThat(stopLoss.stopPrice()).isEqualTo(new BigDecimal("168.00"));
        assertThat(stopLoss.limitPrice()).isEqualTo(new BigDecimal("167.50"));
        assertThat(stopLoss.status()).isEqualTo(OrderStatus.HELD);
        assertThat(stopLoss.legs()).isEmpty();
    }

    @Test
    void mapsAnUnknownStatusToUnknownAndIgnoresUnknownFields() {
        Order order = RoundTrip.check(Payloads.text("order-unknown-status.json"), Order.class, ENUM_NORMALISED);

        assertThat(order.status()).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(order.symbol()).isEqualTo("BRK.B");
        assertThat(order.orderClass()).isEqualTo(OrderClass.SIMPLE);
        assertThat(order.timeInForce()).isEqualTo(TimeInForce.OPG);
        assertThat(order.side()).isEqualTo(Side.SELL);
        assertThat(order.qty()).isEqualTo(new BigDecimal("3"));
    }

    @Test
    void readsAListOfOrdersWithATrailingStopAndANotionalOrder() throws Exception {
        String json = Payloads.text("orders-list.json");
        List<Order> orders = MAPPER.readValue(json, new TypeReference<List<Order>>() { });

        Order trailing = orders.get(0);
        assertThat(trailing.type()).isEqualTo(OrderType.TRAILING_STOP);
        assertThat(trailing.trailPercent()).isEqualTo(new BigDecimal("2.5"));
        assertThat(trailing.trailPrice()).isNull();
        assertThat(trailing.hwm()).isEqualTo(new BigDecimal("188.42"));
        assertThat(trailing.stopPrice()).isEqualTo(new BigDecimal("183.71"));
        Order notional = orders.get(1);
        assertThat(notional.qty()).isNull();
        assertThat(notional.notional()).isEqualTo(new BigDecimal("250.00"));
        assertThat(notional.filledQty()).isEqualTo(new BigDecimal("1.337436912"));

        String written = MAPPER.writeValueAsString(orders);
        assertThat(MAPPER.readValue(written, new TypeReference<List<Order>>() { })).isEqualTo(orders);
        RoundTrip.assertWrittenAgrees(MAPPER.readTree(json), MAPPER.readTree(written), "", ENUM_NORMALISED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"new", "partially_filled", "filled", "done_for_day", "canceled", "expired", "replaced",
        "pending_cancel", "pending_replace", "accepted", "pending_new", "accepted_for_bidding", "stopped",
        "rejected", "suspended", "calculated", "held"})
    void readsEachOfTheSeventeenDocumentedStatuses(String wire) throws Exception {
        ObjectNode payload = (ObjectNode) Payloads.tree("order-limit-partially-filled.json");
        payload.put("status", wire);

        Order order = MAPPER.treeToValue(payload, Order.class);

        assertThat(order.status()).isNotEqualTo(OrderStatus.UNKNOWN);
        assertThat(order.status().wire()).isEqualTo(wire);
        assertThat(MAPPER.valueToTree(order).get("status").textValue()).isEqualTo(wire);
    }

    @Test
    void readsAMissingOrderClassAsSimpleAndMissingEnumsAsUnknown() throws Exception {
        Order order = MAPPER.readValue("{\"id\": \"x\"}", Order.class);

        assertThat(order.orderClass()).isEqualTo(OrderClass.SIMPLE);
        assertThat(order.status()).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(order.side()).isEqualTo(Side.UNKNOWN);
        assertThat(order.type()).isEqualTo(OrderType.UNKNOWN);
        assertThat(order.timeInForce()).isEqualTo(TimeInForce.UNKNOWN);
        assertThat(order.legs()).isEmpty();
    }

    @Test
    void refusesAnObjectWhereAnEnumStringBelongs() {
        // Read as UNKNOWN and left unconsumed, the object's fields would end the first order early and the
        // rest of it would be read as an extra order: three orders from a list of two.
        String json = "[{\"status\": {\"code\": 1}, \"symbol\": \"AAPL\"}, {\"symbol\": \"MSFT\"}]";

        assertThatThrownBy(() -> MAPPER.readValue(json, new TypeReference<List<Order>>() { }))
                .isInstanceOf(JsonMappingException.class);
    }

    @Test
    void refusesTrailingContentAfterTheOrder() {
        String json = "{\"id\": \"x\"} {\"id\": \"y\"}";

        assertThatThrownBy(() -> MAPPER.readValue(json, Order.class)).isInstanceOf(JsonMappingException.class);
    }
}
