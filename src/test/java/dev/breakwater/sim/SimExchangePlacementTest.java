package dev.breakwater.sim;

import static dev.breakwater.sim.SimTestKit.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Acceptance and refusal of new orders: ids, assets, buying power, shares. */
class SimExchangePlacementTest {

    private final SimTestKit kit = new SimTestKit(b -> b.notShortableSymbols(Set.of("GME")).unknownSymbols(Set.of("NOPE")));

    @Test
    void anAcceptedOrderHasUuidV4IdsAndTheAcceptanceState() {
        SimOrder order = kit.limit("AAPL", "buy", "10", "150", "day");

        assertThat(UUID.fromString(order.id()).version()).isEqualTo(4);
        assertThat(UUID.fromString(order.assetId()).version()).isEqualTo(4);
        assertThat(order.status()).isEqualTo(SimOrderStatus.NEW);
        assertThat(order.createdAt()).isEqualTo(SimTestKit.START);
        assertThat(order.submittedAt()).isEqualTo(SimTestKit.START);
        assertThat(order.filledQty()).isEqualByComparingTo("0");
        assertThat(order.filledAvgPrice()).isNull();
        assertThat(order.assetClass()).isEqualTo("us_equity");
        assertThat(order.orderClass()).isEqualTo(SimOrderClass.SIMPLE);
        assertThat(order.orderType()).isEqualTo(SimOrderType.LIMIT);
    }

    @Test
    void aMissingClientOrderIdIsGeneratedAsAUuid() {
        SimOrder order = kit.market("AAPL", "buy", "1");

        assertThat(UUID.fromString(order.clientOrderId()).version()).isEqualTo(4);
        assertThat(kit.exchange.getByClientOrderId(order.clientOrderId()).id()).isEqualTo(order.id());
    }

    @Test
    void theSameSymbolHasTheSameAssetIdInEveryExchange() {
        String aapl = kit.market("AAPL", "buy", "1").assetId();
        SimTestKit other = new SimTestKit(b -> b.ids(SimIds.seeded(99)));
        assertThat(other.market("AAPL", "buy", "1").assetId()).isEqualTo(aapl);
        assertThat(other.market("MSFT", "buy", "1").assetId()).isNotEqualTo(aapl);
    }

    @Test
    void aClientOrderIdIsRefusedAgainWhileTheFirstOrderIsOpen() {
        kit.exchange.place(request("symbol", "AAPL", "qty", "1", "side", "buy", "type", "limit",
                "time_in_force", "gtc", "limit_price", "100", "client_order_id", "bw-1"));

        assertDuplicate(request("symbol", "MSFT", "qty", "2", "side", "sell", "type", "market",
                "time_in_force", "day", "client_order_id", "bw-1"));
    }

    @Test
    void aClientOrderIdStaysTakenAfterCancelFillAndReplace() {
        SimOrder canceled = kit.exchange.place(limitWithId("canceled-1"));
        kit.exchange.cancel(canceled.id());
        kit.exchange.place(request("symbol", "AAPL", "qty", "1", "side", "buy", "type", "market",
                "time_in_force", "day", "client_order_id", "filled-1"));
        SimOrder replaced = kit.exchange.place(limitWithId("replaced-1"));
        kit.exchange.replace(replaced.id(), new SimReplaceRequest(null, null, bd("101"), null, null, "replacement-1"));

        for (String id : new String[] {"canceled-1", "filled-1", "replaced-1", "replacement-1"}) {
            assertDuplicate(limitWithId(id));
        }
    }

    @Test
    void generatedIdsOfLegsAndReplacementsAreTakenToo() {
        SimOrder bracket = kit.place("symbol", "AAPL", "qty", "1", "side", "buy", "type", "limit",
                "time_in_force", "gtc", "limit_price", "150", "order_class", "bracket",
                "take_profit", "{\"limit_price\":\"220\"}", "stop_loss", "{\"stop_price\":\"140\"}");
        SimOrder replacement = kit.exchange.replace(bracket.id(), new SimReplaceRequest(null, null, bd("151"), null, null, null));

        assertDuplicate(limitWithId(bracket.legs().get(0).clientOrderId()));
        assertDuplicate(limitWithId(bracket.legs().get(1).clientOrderId()));
        assertDuplicate(limitWithId(replacement.clientOrderId()));
    }

    @Test
    void aRefusedOrderLeavesNoTraceAndTakesNoId() {
        assertRefused("GME sell", () -> kit.place("symbol", "GME", "qty", "5", "side", "sell", "type", "market",
                "time_in_force", "day", "client_order_id", "try-1"));

        assertThat(kit.exchange.allOrders()).isEmpty();
        assertThat(kit.events).isEmpty();
        assertThat(kit.exchange.place(request("symbol", "AAPL", "qty", "1", "side", "buy", "type", "market",
                "time_in_force", "day", "client_order_id", "try-1")).clientOrderId()).isEqualTo("try-1");
    }

    @Test
    void anUnknownOrMalformedSymbolIsNotFound() {
        for (String symbol : new String[] {"NOPE", "aapl", "TOOLONGSYMBOL", "1ABC"}) {
            SimRejection rejection = catchThrowableOfType(SimRejection.class, () -> kit.market(symbol, "buy", "1"));
            assertThat(rejection.httpStatus()).isEqualTo(422);
            assertThat(rejection.code()).isEqualTo(40010001);
            assertThat(rejection.getMessage()).isEqualTo("asset " + symbol + " not found");
        }
    }

    @Test
    void anyWellFormedSymbolIsTradable() {
        SimOrder order = kit.market("ZZZ.A", "buy", "1");
        assertThat(kit.get(order).status()).isEqualTo(SimOrderStatus.FILLED);
    }

    @Test
    void anOrderBeyondTwiceTheEquityIsRefusedWith403() {
        // 100,000 cash at 2x margin buys 200,000: 1,000 AAPL at 200.00 fits exactly, 1,001 does not.
        SimRejection rejection = catchThrowableOfType(SimRejection.class, () -> kit.market("AAPL", "buy", "1001"));

        assertThat(rejection.httpStatus()).isEqualTo(403);
        assertThat(rejection.code()).isEqualTo(40310000);
        assertThat(rejection.getMessage()).isEqualTo("insufficient buying power");
        assertThat(rejection.details()).containsEntry("buying_power", "200000.00").containsEntry("cost_basis", "200200.00");
        assertThat(kit.market("AAPL", "buy", "1000").status()).isEqualTo(SimOrderStatus.NEW);
    }

    @Test
    void openOrdersHoldBuyingPowerBack() {
        kit.prices.set("AAPL", "250.00");
        kit.limit("AAPL", "buy", "500", "200", "gtc"); // rests, holds 100,000

        assertThat(kit.exchange.account().buyingPower()).isEqualByComparingTo("100000.00");
        SimRejection rejection = catchThrowableOfType(SimRejection.class,
                () -> kit.limit("AAPL", "buy", "501", "200", "gtc"));
        assertThat(rejection.httpStatus()).isEqualTo(403);
        assertThat(kit.limit("AAPL", "buy", "500", "200", "gtc").status()).isEqualTo(SimOrderStatus.NEW);
    }

    @Test
    void aSellBeyondThePositionOfANonShortableSymbolIsRefusedWith403() {
        kit.prices.set("GME", "20.00");
        kit.market("GME", "buy", "3");

        SimRejection rejection = catchThrowableOfType(SimRejection.class, () -> kit.market("GME", "sell", "5"));

        assertThat(rejection.httpStatus()).isEqualTo(403);
        assertThat(rejection.code()).isEqualTo(40310000);
        assertThat(rejection.getMessage()).isEqualTo("insufficient qty available for order (requested: 5, available: 3)");
        assertThat(kit.market("GME", "sell", "3").status()).isEqualTo(SimOrderStatus.NEW);
    }

    @Test
    void sharesClaimedByAnOpenSellAreNotAvailableToAnother() {
        kit.prices.set("GME", "20.00");
        kit.market("GME", "buy", "10");
        kit.limit("GME", "sell", "8", "30", "gtc");

        SimRejection rejection = catchThrowableOfType(SimRejection.class, () -> kit.market("GME", "sell", "3"));

        assertThat(rejection.getMessage()).isEqualTo("insufficient qty available for order (requested: 3, available: 2)");
    }

    @Test
    void aShortableSymbolMaySellShortButNotFractionally() {
        kit.market("AAPL", "sell", "5");
        assertThat(kit.exchange.position("AAPL").qty()).isEqualByComparingTo("-5");

        SimRejection rejection = catchThrowableOfType(SimRejection.class, () -> kit.market("MSFT", "sell", "0.5"));
        assertThat(rejection.httpStatus()).isEqualTo(403);
    }

    @Test
    void aNotionalOrderBuysTheFractionTheAmountPays() {
        SimOrder order = kit.place("symbol", "AAPL", "notional", "500", "side", "buy", "type", "market",
                "time_in_force", "day");

        SimOrder filled = kit.get(order);
        assertThat(filled.qty()).isNull();
        assertThat(filled.notional()).isEqualByComparingTo("500");
        assertThat(filled.status()).isEqualTo(SimOrderStatus.FILLED);
        assertThat(filled.filledQty()).isEqualByComparingTo("2.5");
        assertThat(kit.exchange.account().cash()).isEqualByComparingTo("99500.00");
    }

    private void assertDuplicate(SimOrderRequest request) {
        SimRejection rejection = catchThrowableOfType(SimRejection.class, () -> kit.exchange.place(request));
        assertThat(rejection).as("duplicate %s", request.clientOrderId()).isNotNull();
        assertThat(rejection.httpStatus()).isEqualTo(422);
        assertThat(rejection.code()).isEqualTo(40010001);
        assertThat(rejection.getMessage()).isEqualTo("client_order_id must be unique");
    }

    private static void assertRefused(String what, Runnable placement) {
        assertThat(catchThrowableOfType(SimRejection.class, placement::run)).as(what).isNotNull();
    }

    private static SimOrderRequest limitWithId(String clientOrderId) {
        return request("symbol", "AAPL", "qty", "1", "side", "buy", "type", "limit", "time_in_force", "gtc",
                "limit_price", "100", "client_order_id", clientOrderId);
    }

    private static java.math.BigDecimal bd(String value) {
        return new java.math.BigDecimal(value);
    }
}
