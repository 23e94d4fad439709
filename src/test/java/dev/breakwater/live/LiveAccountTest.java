package dev.breakwater.live;

import dev.breakwater.testing.MutableClock;
import dev.breakwater.testing.FakeBroker;
import dev.breakwater.testing.ManualScheduler;
import dev.breakwater.testing.Orders;
import static dev.breakwater.testing.Orders.fill;
import static dev.breakwater.testing.Orders.order;
import static dev.breakwater.testing.Orders.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.breakwater.domain.Account;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.TradeEvent;
import dev.breakwater.domain.TradeUpdate;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveAccountTest {

    private final FakeBroker broker = new FakeBroker();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T16:00:00Z"));
    private final List<TradeUpdate> forwarded = new CopyOnWriteArrayList<>();
    private final List<ChangeBatch> batches = new CopyOnWriteArrayList<>();
    private LiveAccount live;

    @BeforeEach
    void create() {
        live = new LiveAccount(broker, scheduler, clock, LiveAccountSettings.defaults(), forwarded::add);
        live.subscribe(batches::add);
    }

    @AfterEach
    void stop() {
        live.close();
        scheduler.shutdownNow();
    }

    @Test
    void olderNewAfterFillDoesNotRegress() {
        live.onTradeUpdate(fill(order("a", OrderStatus.FILLED, "10", 5)));
        live.onTradeUpdate(update(TradeEvent.NEW, order("a", OrderStatus.NEW, "0", 1)));

        assertThat(live.order("a")).get().extracting(Order::status).isEqualTo(OrderStatus.FILLED);
        assertThat(live.order("a").get().filledQty()).isEqualByComparingTo("10");
        assertThat(batches).hasSize(1);
    }

    @Test
    void smallerPartialFillAfterLargerDoesNotRegress() {
        live.onTradeUpdate(fill(order("a", OrderStatus.PARTIALLY_FILLED, "7", 3)));
        live.onTradeUpdate(fill(order("a", OrderStatus.PARTIALLY_FILLED, "4", 2)));

        assertThat(live.order("a").get().filledQty()).isEqualByComparingTo("7");
    }

    @Test
    void finalStatusWinsOverAnOpenVersionStampedLater() {
        // A REST page stamped later but still open must not reopen a canceled order.
        live.onTradeUpdate(update(TradeEvent.CANCELED, order("a", OrderStatus.CANCELED, "0", 2)));
        live.onTradeUpdate(update(TradeEvent.PENDING_CANCEL, order("a", OrderStatus.PENDING_CANCEL, "0", 9)));

        assertThat(live.order("a").get().status()).isEqualTo(OrderStatus.CANCELED);
    }

    @Test
    void sameInstantIsDecidedByStatusRank() {
        live.onTradeUpdate(update(TradeEvent.PENDING_CANCEL, order("a", OrderStatus.PENDING_CANCEL, "0", 4)));
        live.onTradeUpdate(update(TradeEvent.NEW, order("a", OrderStatus.NEW, "0", 4)));

        assertThat(live.order("a").get().status()).isEqualTo(OrderStatus.PENDING_CANCEL);
    }

    @Test
    void replaceChainIsLinkedBothWays() {
        live.onTradeUpdate(update(TradeEvent.NEW, order("old", OrderStatus.NEW, "0", 1)));
        // The replacement arrives first and names the order it replaces ...
        live.onTradeUpdate(update(TradeEvent.NEW, order("new", OrderStatus.NEW, "0", 3, "old", null)));
        // ... then the old one's replaced event names its successor.
        live.onTradeUpdate(update(TradeEvent.REPLACED, order("old", OrderStatus.REPLACED, "0", 3, null, "new")));

        assertThat(live.replacedBy("old")).contains("new");
        assertThat(live.replaces("new")).contains("old");
        assertThat(live.order("old").get().status()).isEqualTo(OrderStatus.REPLACED);
        assertThat(live.byClientOrderId("cid-new")).get().extracting(Order::id).isEqualTo("new");
        // Learning the link changes both rows, so the batch carries both orders.
        assertThat(batches.get(1).orders()).extracting(Order::id).containsExactlyInAnyOrder("new", "old");
    }

    @Test
    void unknownEventKeepsItsOrderVersionAndDoesNotCrash() {
        Order held = order("a", OrderStatus.HELD, "0", 2);
        TradeUpdate unknown = new TradeUpdate(TradeEvent.UNKNOWN, "order_teleported", held, null, null, null, null, null);
        TradeUpdate empty = new TradeUpdate(TradeEvent.UNKNOWN, "heartbeat?", null, null, null, null, null, null);

        assertThatCode(() -> {
            live.onTradeUpdate(unknown);
            live.onTradeUpdate(empty);
            live.onTradeUpdate(null);
        }).doesNotThrowAnyException();

        assertThat(live.order("a")).contains(held);
        assertThat(live.unknownEvents()).isEqualTo(2);
        assertThat(forwarded).containsExactly(unknown, empty, null);
    }

    @Test
    void everyUpdateIsForwardedAndEachAppliedOnePublishesOneBatch() {
        List<TradeUpdate> updates = List.of(
                update(TradeEvent.NEW, order("a", OrderStatus.NEW, "0", 1)),
                update(TradeEvent.NEW, order("b", OrderStatus.NEW, "0", 1)),
                fill(order("a", OrderStatus.PARTIALLY_FILLED, "3", 2)),
                update(TradeEvent.NEW, order("a", OrderStatus.NEW, "0", 1)));

        updates.forEach(live::onTradeUpdate);

        assertThat(forwarded).containsExactlyElementsOf(updates);
        // The stale repeat of a's "new" changed nothing, so it published nothing.
        assertThat(batches).extracting(batch -> batch.orders().get(0).id()).containsExactly("a", "b", "a");
        assertThat(batches).allSatisfy(batch -> {
            assertThat(batch.orders()).hasSize(1);
            assertThat(batch.accountChanged()).isFalse();
        });
    }

    @Test
    void aFailingForwarderOrSubscriberDoesNotStopTheModel() {
        live = new LiveAccount(broker, scheduler, clock, LiveAccountSettings.defaults(), update -> {
            throw new IllegalStateException("reconciler exploded");
        });
        live.subscribe(batch -> {
            throw new IllegalStateException("subscriber exploded");
        });

        live.onTradeUpdate(update(TradeEvent.NEW, order("a", OrderStatus.NEW, "0", 1)));

        assertThat(live.order("a")).isPresent();
    }

    @Test
    void aBurstOfFillsCostsOneRefresh() {
        broker.account = account("99000");
        for (int i = 1; i <= 20; i++) {
            live.onTradeUpdate(fill(order("o" + i, OrderStatus.FILLED, "10", i)));
        }

        assertThat(scheduler.pendingOneShots()).isEqualTo(1);
        assertThat(scheduler.oneShotDelaysMillis).containsExactly(2_000L);
        assertThat(broker.accountReads).hasValue(0);

        scheduler.runOneShots();

        assertThat(broker.accountReads).hasValue(1);
        assertThat(broker.positionReads).hasValue(1);
        assertThat(live.account()).isEqualTo(broker.account);
        assertThat(batches.get(batches.size() - 1).account()).isEqualTo(broker.account);

        // The next fill arms a new refresh.
        live.onTradeUpdate(fill(order("o21", OrderStatus.FILLED, "10", 30)));
        assertThat(scheduler.pendingOneShots()).isEqualTo(1);
    }

    @Test
    void closingCancelsAPendingFillRefreshAndRecoveryRetry() {
        broker.down = true;
        live.start();
        live.onSubscribed(); // fails: a retry waits on the scheduler
        broker.down = false;
        broker.account = account("99000");
        live.onTradeUpdate(fill(order("o1", OrderStatus.FILLED, "10", 1))); // arms the fill refresh
        assertThat(scheduler.pendingOneShots()).isEqualTo(2);
        int accountReads = broker.accountReads.get();

        live.close();
        scheduler.runOneShots();
        scheduler.runPeriodic();

        // a closed model calls the broker no more (nor would the scheduler keep it reachable)
        assertThat(broker.accountReads).hasValue(accountReads);
        assertThat(live.recovered()).isFalse();
    }

    @Test
    void fallbackRefreshRunsEveryIntervalUnlessOneRanRecently() {
        broker.account = account("100000");
        live.start();
        assertThat(scheduler.periodMillis).containsExactly(15_000L);

        clock.advance(Duration.ofSeconds(15));
        scheduler.runPeriodic();
        assertThat(broker.accountReads).hasValue(1);

        clock.advance(Duration.ofSeconds(5));
        scheduler.runPeriodic();
        assertThat(broker.accountReads).hasValue(1);

        clock.advance(Duration.ofSeconds(10));
        scheduler.runPeriodic();
        assertThat(broker.accountReads).hasValue(2);
    }

    @Test
    void unchangedAccountPublishesNothing() {
        broker.account = account("100000");
        live.refreshNow();
        live.refreshNow();

        assertThat(batches).hasSize(1);
        assertThat(batches.get(0).accountChanged()).isTrue();
        assertThat(batches.get(0).positionsChanged()).isFalse();
    }

    @Test
    void recoveryFetchesHeldOpenOrdersThatClosedUnseen() {
        // An order submitted long before the last event: the after= query cannot return it.
        Order old = order("gtc", OrderStatus.NEW, "0", 0);
        live.onTradeUpdate(update(TradeEvent.NEW, old));
        live.onTradeUpdate(update(TradeEvent.NEW, order("recent", OrderStatus.NEW, "0", 3600)));
        broker.put(order("gtc", OrderStatus.FILLED, "10", 4000));

        live.onSubscribed();

        assertThat(live.order("gtc").get().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(broker.getOrderCalls).contains("gtc");
        assertThat(live.recovered()).isTrue();
    }

    @Test
    void failedRecoveryIsRetriedOnTheScheduler() {
        broker.down = true;
        live.onSubscribed();
        assertThat(live.recovered()).isFalse();
        assertThat(scheduler.oneShotDelaysMillis).containsExactly(5_000L);

        broker.down = false;
        broker.put(order("x", OrderStatus.FILLED, "10", 0));
        scheduler.runOneShots();

        assertThat(live.recovered()).isTrue();
        assertThat(live.order("x")).isPresent();
    }

    @Test
    void firstRecoveryLooksBackFromTheClock() {
        live.onSubscribed();

        // Orders.T0 is an hour before the clock, inside the default one-day lookback.
        broker.put(order("y", OrderStatus.NEW, "0", 0));
        live.onSubscribed();
        assertThat(live.order("y")).isPresent();
        assertThat(new ArrayList<>(broker.getOrderCalls)).isEmpty();
    }

    private static Account account(String cash) {
        BigDecimal money = new BigDecimal(cash);
        return new Account("acc", "PA-1", "ACTIVE", "USD", money, money, money, money, BigDecimal.ZERO,
                BigDecimal.ZERO, money, money, money, money, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, false, false, false, false, false, true, 0, null);
    }
}
