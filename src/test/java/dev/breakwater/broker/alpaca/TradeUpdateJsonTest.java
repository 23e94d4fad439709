package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TradeEvent;
import dev.breakwater.domain.TradeUpdate;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code data} object of {@code trade_updates} messages, read straight with the mapper. */
class TradeUpdateJsonTest {

    private static final ObjectMapper MAPPER = AlpacaJson.mapper();
    private static final Set<String> ENUM_NORMALISED = Set.of("order.order_class");

    @Test
    void readsTheDocumentedFillExample() {
        TradeUpdate update = RoundTrip.check(Payloads.data("trade-update-fill-docs-example.json"), TradeUpdate.class,
                ENUM_NORMALISED);

        assertThat(update.event()).isEqualTo(TradeEvent.FILL);
        assertThat(update.eventName()).isEqualTo("fill");
        assertThat(update.executionId()).isEqualTo("2f63ea93-423d-4169-b3f6-3fdafc10c418");
        assertThat(update.timestamp()).isEqualTo(OffsetDateTime.parse("2022-04-19T17:45:05.024916716Z"));
        assertThat(update.price()).isEqualTo(new BigDecimal("105.8988475"));
        assertThat(update.qty()).isEqualTo(new BigDecimal("1790.86"));
        assertThat(update.positionQty()).isEqualTo(new BigDecimal("0"));
        assertThat(update.order().id()).isEqualTo("a5be8f5e-fdfa-41f5-a644-7a74fe947a8f");
        assertThat(update.order().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(update.order().orderClass()).isEqualTo(OrderClass.SIMPLE);
        assertThat(update.order().createdAt()).isEqualTo(OffsetDateTime.parse("2022-04-19T13:45:04.981350886-04:00"));
        assertThat(update.order().filledAt()).isEqualTo(OffsetDateTime.parse("2022-04-19T17:45:05.024916716Z"));
        assertThat(update.order().legs()).isEmpty();
    }

    @Test
    void readsAPartialFillThatLeavesAShortPosition() {
        TradeUpdate update = RoundTrip.check(Payloads.data("trade-update-partial-fill.json"), TradeUpdate.class,
                ENUM_NORMALISED);

        assertThat(update.event()).isEqualTo(TradeEvent.PARTIAL_FILL);
        assertThat(update.eventName()).isEqualTo("partial_fill");
        assertThat(update.price()).isEqualTo(new BigDecimal("176.61"));
        assertThat(update.qty()).isEqualTo(new BigDecimal("10"));
        assertThat(update.positionQty()).isEqualTo(new BigDecimal("-10"));
        assertThat(update.order().side()).isEqualTo(Side.SELL);
        assertThat(update.order().status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(update.order().filledQty()).isEqualTo(new BigDecimal("10"));
    }

    @Test
    void readsACancelWhichHasATimestampButNoExecution() {
        TradeUpdate update = RoundTrip.check(Payloads.data("trade-update-canceled.json"), TradeUpdate.class,
                ENUM_NORMALISED);

        assertThat(update.event()).isEqualTo(TradeEvent.CANCELED);
        assertThat(update.timestamp()).isEqualTo(OffsetDateTime.parse("2024-03-12T14:40:52.377005120Z"));
        assertThat(update.executionId()).isNull();
        assertThat(update.price()).isNull();
        assertThat(update.qty()).isNull();
        assertThat(update.positionQty()).isNull();
        assertThat(update.order().status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(update.order().canceledAt()).isEqualTo(OffsetDateTime.parse("2024-03-12T14:40:52.377005120Z"));
    }

    @Test
    void keepsTheNameOfAnUnknownEvent() {
        TradeUpdate update = RoundTrip.check(Payloads.data("trade-update-unknown-event.json"), TradeUpdate.class,
                ENUM_NORMALISED);

        assertThat(update.event()).isEqualTo(TradeEvent.UNKNOWN);
        assertThat(update.eventName()).isEqualTo("order_held_for_review");
        assertThat(update.order().status()).isEqualTo(OrderStatus.HELD);
    }

    @Test
    void writesTheEventOnceUnderItsWireName() throws Exception {
        TradeUpdate update = MAPPER.readValue(Payloads.data("trade-update-unknown-event.json"), TradeUpdate.class);

        JsonNode written = MAPPER.valueToTree(update);

        assertThat(written.get("event").textValue()).isEqualTo("order_held_for_review");
        assertThat(written.has("event_name")).isFalse();
    }

    @Test
    void writesTheEnumsWireNameWhenNoRawNameIsKept() throws Exception {
        TradeUpdate built = new TradeUpdate(TradeEvent.EXPIRED, null, null, null, null, null, null, null);

        JsonNode written = MAPPER.valueToTree(built);

        assertThat(written.get("event").textValue()).isEqualTo("expired");
        assertThat(MAPPER.treeToValue(written, TradeUpdate.class).event()).isEqualTo(TradeEvent.EXPIRED);
    }
}
