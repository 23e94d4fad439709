package dev.breakwater.sim;

import static dev.breakwater.sim.SimEventType.CANCELED;
import static dev.breakwater.sim.SimEventType.FILL;
import static dev.breakwater.sim.SimEventType.NEW;
import static dev.breakwater.sim.SimEventType.PARTIAL_FILL;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How each order type, class and time in force executes against the price. */
class SimExchangeMatchingTest {

    private final SimTestKit kit = new SimTestKit();

    @Test
    void aMarketOrderFillsAtOnceAtTheCurrentPrice() {
        SimOrder accepted = kit.market("AAPL", "buy", "10");

        assertThat(accepted.status()).isEqualTo(SimOrderStatus.NEW); // the reply shows the order as accepted
        SimOrder order = kit.get(accepted);
        assertThat(order.status()).isEqualTo(SimOrderStatus.FILLED);
        assertThat(order.filledQty()).isEqualByComparingTo("10");
        assertThat(order.filledAvgPrice()).isEqualByComparingTo("200.00");
        assertThat(order.filledAt()).isEqualTo(SimTestKit.START);
        assertThat(kit.eventTypesOf(accepted)).containsExactly(NEW, FILL);
    }

    @Test
    void aMarketBuyMovesCashAndOpensAPosition() {
        kit.market("AAPL", "buy", "10");

        SimAccount account = kit.exchange.account();
        assertThat(account.cash()).isEqualByComparingTo("98000.00");
        assertThat(account.longMarketValue()).isEqualByComparingTo("2000.00");
        assertThat(account.equity()).isEqualByComparingTo("100000.00");
        SimPosition position = kit.exchange.position("AAPL");
        assertThat(position.qty()).isEqualByComparingTo("10");
        assertThat(position.avgEntryPrice()).isEqualByComparingTo("200.00");
        assertThat(position.side()).isEqualTo(SimPosition.Side.LONG);
    }

    @Test
    void anOrderLargerThanOneFillFillsInPartsOverTheNextTicks() {
        SimOrder order = kit.market("CHEAP", "buy", "2500");

        assertThat(kit.get(order).status()).isEqualTo(SimOrderStatus.PARTIALLY_FILLED);
        assertThat(kit.get(order).filledQty()).isEqualByComparingTo("1000");
        kit.tickAt("CHEAP", "11.00");
        assertThat(kit.get(order).filledQty()).isEqualByComparingTo("2000");
        kit.tickAt("CHEAP", "12.00");

        SimOrder filled = kit.get(order);
        assertThat(filled.status()).isEqualTo(SimOrderStatus.FILLED);
        assertThat(filled.filledQty()).isEqualByComparingTo("2500");
        // (1000 x 10 + 1000 x 11 + 500 x 12) / 2500
        assertThat(filled.filledAvgPrice()).isEqualByComparingTo("10.80");
        assertThat(kit.eventTypesOf(order)).containsExactly(NEW, PARTIAL_FILL, PARTIAL_FILL, FILL);
        assertThat(kit.eventsOf(order).stream().skip(1).map(SimTradeEvent::qty).toList())
                .usingElementComparator(BigDecimal::compareTo).containsExactly(dec("1000"), dec("1000"), dec("500"));
        assertThat(kit.exchange.position("CHEAP").qty()).isEqualByComparingTo("2500");
        assertThat(kit.exchange.account().cash()).isEqualByComparingTo("73000.00");
    }

    @Test
    void theLargestSingleFillIsConfigurable() {
        SimTestKit small = new SimTestKit(b -> b.maxFillQty(dec("4")));
        SimOrder order = small.market("AAPL", "buy", "10");
        small.exchange.tick();
        small.exchange.tick();
        assertThat(small.eventTypesOf(order)).containsExactly(NEW, PARTIAL_FILL, PARTIAL_FILL, FILL);
    }

    @Test
    void aLimitBuyRestsUntilThePriceReachesTheLimit() {
        SimOrder order = kit.limit("AAPL", "buy", "10", "195.00", "gtc");

        kit.tickAt("AAPL", "195.01");
        assertThat(kit.get(order).status()).isEqualTo(SimOrderStatus.NEW);
        kit.tickAt("AAPL", "194.50");

        SimOrder filled = kit.get(order);
        assertThat(filled.status()).isEqualTo(SimOrderStatus.FILLED);
        assertThat(filled.filledAvgPrice()).isEqualByComparingTo("194.50");
    }

    @Test
    void aLimitSellRestsUntilThePriceReachesTheLimit() {
        kit.market("AAPL", "buy", "10");
        SimOrder order = kit.limit("AAPL", "sell", "10", "205", "gtc");

        kit.tickAt("AAPL", "204.99");
        assertThat(kit.get(order).status()).isEqualTo(SimOrderStatus.NEW);
        kit.tickAt("AAPL", "205.00");

        assertThat(kit.get(order).status()).isEqualTo(SimOrderStatus.FILLED);
        assertThat(kit.exchange.positions()).isEmpty();
        assertThat(kit.exchange.realizedPl()).isEqualByComparingTo("50.00");
    }

    @Test
    void aMarketableLimitFillsOnPlacementAtTheBetterMarketPrice() {
        SimOrder order = kit.limit("AAPL", "buy", "1", "210", "day");
        assertThat(kit.get(order).filledAvgPrice()).isEqualByComparingTo("200.00");
    }

    @Test
    void aStopSellTriggersWhenThePriceFallsToTheStop() {
        kit.market("AAPL", "buy", "10");
        SimOrder stop = kit.place("symbol", "AAPL", "qty", "10", "side", "sell", "type", "stop",
                "time_in_force", "gtc", "stop_price", "190");

        kit.tickAt("AAPL", "190.01");
        assertThat(kit.get(stop).status()).isEqualTo(SimOrderStatus.NEW);
        kit.tickAt("AAPL", "189.00");

        assertThat(kit.get(stop).status()).isEqualTo(SimOrderStatus.FILLED);
        assertThat(kit.get(stop).filledAvgPrice()).isEqualByComparingTo("189.00");
    }

    @Test
    void aStopBuyTriggersWhenThePriceRisesToTheStop() {
        SimOrder stop = kit.place("symbol", "AAPL", "qty", "10", "side", "buy", "type", "stop",
                "time_in_force", "gtc", "stop_price", "210");

        kit.tickAt("AAPL", "209.99");
        assertThat(kit.get(stop).status()).isEqualTo(SimOrderStatus.NEW);
        kit.tickAt("AAPL", "210.00");

        assertThat(kit.get(stop).status()).isEqualTo(SimOrderStatus.FILLED);
    }

    @Test
    void aTriggeredStopLimitRestsAsALimitOrder() {
        SimOrder order = kit.place("symbol", "AAPL", "qty", "10", "side", "buy", "type", "stop_limit",
                "time_in_force", "gtc", "stop_price", "210", "limit_price", "211");

        kit.tickAt("AAPL", "212.00"); // triggers, but above the limit
        assertThat(kit.get(order).status()).isEqualTo(SimOrderStatus.NEW);
        kit.tickAt("AAPL", "209.00"); // below the stop again: still triggered, within the limit
        assertThat(kit.get(order).status()).isEqualTo(SimOrderStatus.FILLED);
        assertThat(kit.get(order).filledAvgPrice()).isEqualByComparingTo("209.00");
    }

    @Test
    void aTrailingSellStopFollowsTheHighWaterMarkByAPrice() {
        kit.market("AAPL", "buy", "10");
        SimOrder order = kit.place("symbol", "AAPL", "qty", "10", "side", "sell", "type", "trailing_stop",
                "time_in_force", "gtc", "trail_price", "5");
        assertThat(order.hwm()).isEqualByComparingTo("200.00");
        assertThat(order.stopPrice()).isEqualByComparingTo("195.00");

        kit.tickAt("AAPL", "210.00");
        kit.tickAt("AAPL", "205.01");
        SimOrder trailing = kit.get(order);
        assertThat(trailing.status()).isEqualTo(SimOrderStatus.NEW);
        assertThat(trailing.hwm()).isEqualByComparingTo("210.00");
        assertThat(trailing.stopPrice()).isEqualByComparingTo("205.00");
        kit.tickAt("AAPL", "205.00");

        assertThat(kit.get(order).status()).isEqualTo(SimOrderStatus.FILLED);
        assertThat(kit.get(order).filledAvgPrice()).isEqualByComparingTo("205.00");
    }

    @Test
    void aTrailingBuyStopFollowsTheLowWaterMarkByAPercent() {
        SimOrder order = kit.place("symbol", "CHEAP", "qty", "100", "side", "buy", "type", "trailing_stop",
                "time_in_force", "day", "trail_percent", "10");
        assertThat(order.stopPrice()).isEqualByComparingTo("11.00");

        kit.tickAt("CHEAP", "8.00");
        assertThat(kit.get(order).hwm()).isEqualByComparingTo("8.00");
        assertThat(kit.get(order).stopPrice()).isEqualByComparingTo("8.80");
        kit.tickAt("CHEAP", "8.79"); // below the stop of 8.80, above the low: nothing moves
        assertThat(kit.get(order).status()).isEqualTo(SimOrderStatus.NEW);
        assertThat(kit.get(order).stopPrice()).isEqualByComparingTo("8.80");
        kit.tickAt("CHEAP", "7.90"); // a new low: the stop follows down
        assertThat(kit.get(order).hwm()).isEqualByComparingTo("7.90");
        assertThat(kit.get(order).stopPrice()).isEqualByComparingTo("8.69");
        kit.tickAt("CHEAP", "8.69");

        assertThat(kit.get(order).status()).isEqualTo(SimOrderStatus.FILLED);
        assertThat(kit.get(order).filledAvgPrice()).isEqualByComparingTo("8.69");
    }

    @Test
    void aBracketReleasesItsExitsWhenTheEntryFillsAndOneExitCancelsTheOther() {
        SimOrder parent = kit.place("symbol", "AAPL", "qty", "10", "side", "buy", "type", "market",
                "time_in_force", "gtc", "order_class", "bracket", "take_profit", "{\"limit_price\":\"220\"}",
                "stop_loss", "{\"stop_price\":\"190\"}");
        assertThat(parent.legs()).extracting(SimOrder::status).containsExactly(SimOrderStatus.HELD, SimOrderStatus.HELD);
        SimOrder takeProfit = parent.legs().get(0);
        SimOrder stopLoss = parent.legs().get(1);
        assertThat(takeProfit.type()).isEqualTo(SimOrderType.LIMIT);
        assertThat(takeProfit.side()).isEqualTo(SimSide.SELL);
        assertThat(stopLoss.type()).isEqualTo(SimOrderType.STOP);
        assertThat(stopLoss.orderClass()).isEqualTo(SimOrderClass.BRACKET);

        assertThat(kit.get(takeProfit).status()).isEqualTo(SimOrderStatus.NEW);
        assertThat(kit.get(stopLoss).status()).isEqualTo(SimOrderStatus.NEW);
        kit.tickAt("AAPL", "221.00");

        assertThat(kit.get(takeProfit).status()).isEqualTo(SimOrderStatus.FILLED);
        assertThat(kit.get(stopLoss).status()).isEqualTo(SimOrderStatus.CANCELED);
        assertThat(kit.exchange.positions()).isEmpty();
        List<String> sequence = kit.events.stream().map(e -> e.event().wire() + ":" + role(e.order(), parent)).toList();
        assertThat(sequence).containsExactly("new:entry", "fill:entry", "new:tp", "new:sl", "fill:tp", "canceled:sl");
    }

    @Test
    void aBracketWhoseEntryIsCanceledUnfilledTakesItsExitsWithIt() {
        SimOrder parent = kit.place("symbol", "AAPL", "qty", "10", "side", "buy", "type", "limit",
                "limit_price", "150", "time_in_force", "day", "order_class", "bracket",
                "take_profit", "{\"limit_price\":\"220\"}", "stop_loss", "{\"stop_price\":\"140\",\"limit_price\":\"139\"}");
        assertThat(parent.legs().get(1).type()).isEqualTo(SimOrderType.STOP_LIMIT);

        kit.exchange.cancel(parent.id());

        assertThat(kit.exchange.get(parent.id(), true).legs()).extracting(SimOrder::status)
                .containsExactly(SimOrderStatus.CANCELED, SimOrderStatus.CANCELED);
    }

    @Test
    void aPartlyFilledBracketEntryReleasesItsExitsForTheFilledQuantityWhenCanceled() {
        SimTestKit small = new SimTestKit(b -> b.maxFillQty(dec("4")));
        SimOrder parent = small.place("symbol", "AAPL", "qty", "10", "side", "buy", "type", "market",
                "time_in_force", "gtc", "order_class", "oto", "stop_loss", "{\"stop_price\":\"190\"}");

        small.exchange.cancel(parent.id());

        SimOrder stopLoss = small.exchange.get(parent.legs().get(0).id());
        assertThat(stopLoss.status()).isEqualTo(SimOrderStatus.NEW);
        assertThat(stopLoss.qty()).isEqualByComparingTo("4");
    }

    @Test
    void anOcoPairWorksAtOnceAndTheFirstExecutionCancelsTheOther() {
        kit.market("AAPL", "buy", "10");
        SimOrder oco = kit.place("symbol", "AAPL", "qty", "10", "side", "sell", "type", "limit",
                "time_in_force", "gtc", "order_class", "oco", "take_profit", "{\"limit_price\":\"220\"}",
                "stop_loss", "{\"stop_price\":\"190\"}");
        assertThat(oco.limitPrice()).isEqualByComparingTo("220");
        SimOrder stopLoss = oco.legs().get(0);
        assertThat(stopLoss.status()).isEqualTo(SimOrderStatus.NEW);

        kit.tickAt("AAPL", "189.00");

        assertThat(kit.get(stopLoss).status()).isEqualTo(SimOrderStatus.FILLED);
        assertThat(kit.get(oco).status()).isEqualTo(SimOrderStatus.CANCELED);
        assertThat(kit.exchange.positions()).isEmpty();
    }

    @Test
    void anIocOrderFillsWhatItCanAndCancelsTheRest() {
        SimOrder order = kit.place("symbol", "CHEAP", "qty", "2500", "side", "buy", "type", "market",
                "time_in_force", "ioc");

        SimOrder done = kit.get(order);
        assertThat(done.status()).isEqualTo(SimOrderStatus.CANCELED);
        assertThat(done.filledQty()).isEqualByComparingTo("1000");
        assertThat(kit.eventTypesOf(order)).containsExactly(NEW, PARTIAL_FILL, CANCELED);
    }

    @Test
    void aFokOrderFillsCompletelyAtOnceOrIsCanceled() {
        SimOrder whole = kit.place("symbol", "CHEAP", "qty", "2500", "side", "buy", "type", "market",
                "time_in_force", "fok");
        SimOrder unmatched = kit.place("symbol", "AAPL", "qty", "1", "side", "buy", "type", "limit",
                "limit_price", "100", "time_in_force", "fok");

        assertThat(kit.eventTypesOf(whole)).containsExactly(NEW, FILL);
        assertThat(kit.get(unmatched).status()).isEqualTo(SimOrderStatus.CANCELED);
        assertThat(kit.get(unmatched).filledQty()).isEqualByComparingTo("0");
    }

    @Test
    void opgAndClsOrdersWaitForTheNextTickThenFillLikeMarketOrders() {
        SimOrder opg = kit.place("symbol", "AAPL", "qty", "3", "side", "buy", "type", "market", "time_in_force", "opg");
        SimOrder cls = kit.place("symbol", "AAPL", "qty", "2", "side", "buy", "type", "limit", "limit_price", "150",
                "time_in_force", "cls");
        assertThat(kit.get(opg).status()).isEqualTo(SimOrderStatus.NEW);

        kit.tickAt("AAPL", "201.00");

        assertThat(kit.get(opg).status()).isEqualTo(SimOrderStatus.FILLED);
        assertThat(kit.get(opg).filledAvgPrice()).isEqualByComparingTo("201.00");
        assertThat(kit.get(cls).status()).isEqualTo(SimOrderStatus.CANCELED); // its limit missed the auction
    }

    @Test
    void sellingMoreThanTheLongPositionFlipsItShortAndRealisesTheLong() {
        kit.market("AAPL", "buy", "10");
        kit.prices.set("AAPL", "210.00");
        kit.market("AAPL", "sell", "15");

        SimPosition position = kit.exchange.position("AAPL");
        assertThat(position.qty()).isEqualByComparingTo("-5");
        assertThat(position.side()).isEqualTo(SimPosition.Side.SHORT);
        assertThat(position.avgEntryPrice()).isEqualByComparingTo("210.00");
        assertThat(kit.exchange.realizedPl()).isEqualByComparingTo("100.00");
    }

    private static String role(SimOrder order, SimOrder parent) {
        if (order.id().equals(parent.id())) {
            return "entry";
        }
        return order.id().equals(parent.legs().get(0).id()) ? "tp" : "sl";
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
