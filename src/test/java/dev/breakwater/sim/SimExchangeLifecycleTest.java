package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replace, cancel, cancel-all, lookups, and what the session close does. */
class SimExchangeLifecycleTest {

    private final SimTestKit kit = new SimTestKit();

    @Test
    void aReplacementIsANewOrderLinkedBothWays() {
        SimOrder original = kit.exchange.place(SimTestKit.request("symbol", "AAPL", "qty", "10", "side", "buy",
                "type", "limit", "time_in_force", "day", "limit_price", "150", "client_order_id", "orig-1"));
        kit.clock.advance(Duration.ofSeconds(1));

        SimOrder replacement = kit.exchange.replace(original.id(),
                new SimReplaceRequest(dec("5"), SimTimeInForce.GTC, dec("160"), null, null, "repl-1"));

        assertThat(replacement.id()).isNotEqualTo(original.id());
        assertThat(replacement.replaces()).isEqualTo(original.id());
        assertThat(replacement.clientOrderId()).isEqualTo("repl-1");
        assertThat(replacement.qty()).isEqualByComparingTo("5");
        assertThat(replacement.limitPrice()).isEqualByComparingTo("160");
        assertThat(replacement.timeInForce()).isEqualTo(SimTimeInForce.GTC);
        assertThat(replacement.status()).isEqualTo(SimOrderStatus.NEW);
        SimOrder old = kit.exchange.get(original.id());
        assertThat(old.status()).isEqualTo(SimOrderStatus.REPLACED);
        assertThat(old.replacedBy()).isEqualTo(replacement.id());
        assertThat(old.replacedAt()).isEqualTo(SimTestKit.START.plusSeconds(1));
        assertThat(kit.events.stream().skip(1).map(e -> e.event().wire() + ":" + e.order().id()).toList())
                .containsExactly("replaced:" + original.id(), "new:" + replacement.id());
    }

    @Test
    void theOriginalClientOrderIdStillFindsTheOriginalShownAsReplaced() {
        SimOrder original = kit.exchange.place(SimTestKit.request("symbol", "AAPL", "qty", "10", "side", "buy",
                "type", "limit", "time_in_force", "day", "limit_price", "150", "client_order_id", "orig-1"));
        SimOrder replacement = kit.exchange.replace(original.id(), new SimReplaceRequest(null, null, dec("151"), null, null, null));

        SimOrder found = kit.exchange.getByClientOrderId("orig-1");
        assertThat(found.id()).isEqualTo(original.id());
        assertThat(found.status()).isEqualTo(SimOrderStatus.REPLACED);
        assertThat(found.replacedBy()).isEqualTo(replacement.id());
        assertThat(kit.exchange.getByClientOrderId(replacement.clientOrderId()).id()).isEqualTo(replacement.id());
        assertThat(replacement.clientOrderId()).isNotEqualTo("orig-1");
    }

    @Test
    void aReplacementKeepsTheRemainingQuantityAndCanFillAtOnce() {
        SimTestKit small = new SimTestKit(b -> b.maxFillQty(dec("4")));
        small.prices.set("AAPL", "200.00");
        SimOrder order = small.limit("AAPL", "buy", "10", "200", "gtc"); // 4 fill at once
        SimOrder replacement = small.exchange.replace(order.id(), new SimReplaceRequest(null, null, dec("201"), null, null, null));

        assertThat(replacement.qty()).isEqualByComparingTo("6");
        assertThat(small.get(replacement).filledQty()).isEqualByComparingTo("4"); // marketable: next part at once
        assertThat(small.get(order).filledQty()).isEqualByComparingTo("4");
    }

    @Test
    void aReplacedBracketExitStaysInItsBracket() {
        SimOrder parent = kit.place("symbol", "AAPL", "qty", "10", "side", "buy", "type", "market",
                "time_in_force", "gtc", "order_class", "bracket", "take_profit", "{\"limit_price\":\"220\"}",
                "stop_loss", "{\"stop_price\":\"190\"}");
        SimOrder newStop = kit.exchange.replace(parent.legs().get(1).id(),
                new SimReplaceRequest(null, null, null, dec("195"), null, null));

        assertThat(kit.exchange.get(parent.id(), true).legs()).extracting(SimOrder::id)
                .containsExactly(parent.legs().get(0).id(), newStop.id());
        kit.tickAt("AAPL", "194.00");
        assertThat(kit.get(newStop).status()).isEqualTo(SimOrderStatus.FILLED);
        assertThat(kit.get(parent.legs().get(0)).status()).isEqualTo(SimOrderStatus.CANCELED);
    }

    @Test
    void onlyOpenOrdersAndTheirOwnFieldsCanBeReplaced() {
        SimOrder filled = kit.market("AAPL", "buy", "1");
        SimOrder limit = kit.limit("AAPL", "buy", "1", "100", "gtc");

        assertRejection(() -> kit.exchange.replace(filled.id(), new SimReplaceRequest(dec("2"), null, null, null, null, null)),
                422, 42210000, "order is not replaceable");
        assertRejection(() -> kit.exchange.replace(limit.id(), new SimReplaceRequest(null, null, null, dec("1"), null, null)),
                422, 40010001, "invalid stop_price: a limit order has no stop price");
        assertRejection(() -> kit.exchange.replace(limit.id(), new SimReplaceRequest(null, null, null, null, dec("1"), null)),
                422, 40010001, "invalid trail: only trailing_stop orders have a trail");
        assertRejection(() -> kit.exchange.replace(limit.id(), new SimReplaceRequest(dec("1"), null, dec("100.00"), null, null, "x")),
                403, 40310000, "order parameters are not changed");
        assertRejection(() -> kit.exchange.replace("no-such-id", new SimReplaceRequest(null, null, dec("1"), null, null, null)),
                404, 40410000, "order not found");
    }

    @Test
    void aTrailingStopReplacementChangesItsTrail() {
        kit.market("AAPL", "buy", "10");
        SimOrder order = kit.place("symbol", "AAPL", "qty", "10", "side", "sell", "type", "trailing_stop",
                "time_in_force", "gtc", "trail_price", "5");

        SimOrder replacement = kit.exchange.replace(order.id(), new SimReplaceRequest(null, null, null, null, dec("2"), null));

        assertThat(replacement.trailPrice()).isEqualByComparingTo("2");
        assertThat(replacement.stopPrice()).isEqualByComparingTo("198.00");
    }

    @Test
    void cancelEndsAnOpenOrderWithACanceledEvent() {
        SimOrder order = kit.limit("AAPL", "buy", "1", "100", "gtc");
        kit.clock.advance(Duration.ofMillis(5));

        SimOrder canceled = kit.exchange.cancel(order.id());

        assertThat(canceled.status()).isEqualTo(SimOrderStatus.CANCELED);
        assertThat(canceled.canceledAt()).isEqualTo(SimTestKit.START.plusMillis(5));
        assertThat(kit.eventTypesOf(order)).containsExactly(SimEventType.NEW, SimEventType.CANCELED);
        assertThat(kit.exchange.account().buyingPower()).isEqualByComparingTo("200000.00"); // hold released
    }

    @Test
    void closedOrdersAreNotCancelableAndUnknownOnesAreNotFound() {
        SimOrder filled = kit.market("AAPL", "buy", "1");
        SimOrder canceled = kit.limit("AAPL", "buy", "1", "100", "gtc");
        kit.exchange.cancel(canceled.id());

        assertRejection(() -> kit.exchange.cancel(filled.id()), 422, 42210000, "order is not cancelable");
        assertRejection(() -> kit.exchange.cancel(canceled.id()), 422, 42210000, "order is not cancelable");
        assertRejection(() -> kit.exchange.cancel("8b1f3c2e-0000-4000-8000-000000000000"), 404, 40410000, "order not found");
        assertRejection(() -> kit.exchange.get("nope"), 404, 40410000, "order not found");
        assertRejection(() -> kit.exchange.getByClientOrderId("nope"), 404, 40410000, "order not found");
    }

    @Test
    void cancelAllCancelsEveryOpenOrderAndReportsEach() {
        SimOrder a = kit.limit("AAPL", "buy", "1", "100", "gtc");
        SimOrder b = kit.limit("MSFT", "buy", "1", "100", "day");
        SimOrder c = kit.limit("AAPL", "sell", "1", "300", "gtc");
        kit.market("AAPL", "buy", "1");

        List<SimCancelResult> results = kit.exchange.cancelAll();

        assertThat(results).containsExactly(new SimCancelResult(a.id(), 200), new SimCancelResult(b.id(), 200),
                new SimCancelResult(c.id(), 200));
        assertThat(kit.exchange.list(SimOrderQuery.defaults())).isEmpty();
        assertThat(kit.exchange.cancelAll()).isEmpty();
    }

    @Test
    void atTheCloseDayOrdersExpireAndGtcOrdersStay() {
        SimOrder day = kit.limit("AAPL", "buy", "1", "100", "day");
        SimOrder gtc = kit.limit("AAPL", "buy", "1", "100", "gtc");
        Instant close = Instant.parse("2026-11-28T00:00:00Z");
        assertThat(kit.exchange.clock().nextClose()).isEqualTo(close);

        kit.clock.set(close.plusSeconds(3));
        kit.exchange.tick();

        SimOrder expired = kit.get(day);
        assertThat(expired.status()).isEqualTo(SimOrderStatus.EXPIRED);
        assertThat(expired.expiredAt()).isEqualTo(close);
        SimTradeEvent event = kit.eventsOf(day).get(1);
        assertThat(event.event()).isEqualTo(SimEventType.EXPIRED);
        assertThat(event.timestamp()).isEqualTo(close);
        assertThat(kit.get(gtc).status()).isEqualTo(SimOrderStatus.NEW);
        assertThat(kit.exchange.clock().nextClose()).isEqualTo(close.plus(Duration.ofDays(1)));
    }

    @Test
    void theCloseHappensOnAnyCallNotOnlyOnTick() {
        SimOrder day = kit.limit("AAPL", "buy", "1", "100", "day");
        kit.clock.set(Instant.parse("2026-11-28T00:00:00Z"));

        assertThat(kit.get(day).status()).isEqualTo(SimOrderStatus.EXPIRED);
    }

    @Test
    void theClockIsAlwaysOpenAndNextOpenIsTheClose() {
        SimClock clock = kit.exchange.clock();

        assertThat(clock.isOpen()).isTrue();
        assertThat(clock.timestamp()).isEqualTo(SimTestKit.START);
        assertThat(clock.nextOpen()).isEqualTo(clock.nextClose()).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
    }

    @Test
    void sessionLengthAndAnchorAreConfigurable() {
        Instant anchor = Instant.parse("2026-11-27T14:00:00Z");
        SimTestKit hourly = new SimTestKit(b -> b.sessionAnchor(anchor).sessionLength(Duration.ofMinutes(45)));
        SimOrder day = hourly.limit("AAPL", "buy", "1", "100", "day");
        assertThat(hourly.exchange.clock().nextClose()).isEqualTo(anchor.plus(Duration.ofMinutes(45)));

        hourly.clock.advance(Duration.ofHours(2)); // jumps over several closes: expires once
        hourly.exchange.tick();

        assertThat(hourly.eventTypesOf(day)).containsExactly(SimEventType.NEW, SimEventType.EXPIRED);
        assertThat(hourly.exchange.clock().nextClose()).isEqualTo(anchor.plus(Duration.ofMinutes(180)));
    }

    @Test
    void theCloseTakesLastEquityAndLastdayPrices() {
        kit.market("AAPL", "buy", "10");
        kit.prices.set("AAPL", "210.00");
        kit.clock.set(Instant.parse("2026-11-28T00:00:00Z"));
        kit.exchange.clock(); // any call performs the close, at 210.00
        kit.prices.set("AAPL", "220.00");

        SimAccount account = kit.exchange.account();
        assertThat(account.lastEquity()).isEqualByComparingTo("100100.00");
        assertThat(account.equity()).isEqualByComparingTo("100200.00");
        assertThat(account.balanceAsof()).hasToString("2026-11-27");
        SimPosition position = kit.exchange.position("AAPL");
        assertThat(position.lastdayPrice()).isEqualByComparingTo("210.00");
        assertThat(position.unrealizedIntradayPl()).isEqualByComparingTo("100.00");
        assertThat(position.unrealizedPl()).isEqualByComparingTo("200.00");
    }

    @Test
    void rejectIsAFaultThatEndsAnOpenOrderWithARejectedEvent() {
        SimOrder order = kit.limit("AAPL", "buy", "1", "100", "gtc");

        SimOrder rejected = kit.exchange.reject(order.id());

        assertThat(rejected.status()).isEqualTo(SimOrderStatus.REJECTED);
        assertThat(rejected.failedAt()).isEqualTo(SimTestKit.START);
        assertThat(kit.eventTypesOf(order)).containsExactly(SimEventType.NEW, SimEventType.REJECTED);
    }

    @Test
    void allOrdersKeepsEveryOrderEverPlacedOldestFirst() {
        SimOrder a = kit.market("AAPL", "buy", "1");
        SimOrder b = kit.limit("AAPL", "buy", "1", "100", "gtc");
        SimOrder c = kit.exchange.replace(b.id(), new SimReplaceRequest(null, null, dec("101"), null, null, null));
        kit.exchange.cancel(c.id());

        assertThat(kit.exchange.allOrders()).extracting(SimOrder::id).containsExactly(a.id(), b.id(), c.id());
    }

    private static void assertRejection(Runnable call, int status, int code, String message) {
        SimRejection rejection = catchThrowableOfType(SimRejection.class, call::run);
        assertThat(rejection).as(message).isNotNull();
        assertThat(rejection.httpStatus()).isEqualTo(status);
        assertThat(rejection.code()).isEqualTo(code);
        assertThat(rejection.getMessage()).isEqualTo(message);
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
