package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** What the trade_updates feed of the exchange carries, and how listeners are called. */
class SimExchangeEventsTest {

    private final SimTestKit kit = new SimTestKit();

    @Test
    void aFillCarriesExecutionPriceQtyAndThePositionAfterIt() {
        kit.market("AAPL", "sell", "3"); // opens a short of 3
        kit.clock.advance(java.time.Duration.ofMillis(250));
        SimOrder order = kit.market("AAPL", "buy", "5");

        SimTradeEvent fill = kit.eventsOf(order).get(1);
        assertThat(fill.event()).isEqualTo(SimEventType.FILL);
        assertThat(UUID.fromString(fill.executionId()).version()).isEqualTo(4);
        assertThat(fill.price()).isEqualByComparingTo("200.00");
        assertThat(fill.qty()).isEqualByComparingTo("5");
        assertThat(fill.positionQty()).isEqualByComparingTo("2");
        assertThat(fill.timestamp()).isEqualTo(SimTestKit.START.plusMillis(250));
        assertThat(fill.order().status()).isEqualTo(SimOrderStatus.FILLED);
        assertThat(fill.order().filledQty()).isEqualByComparingTo("5");
        assertThat(kit.eventsOf(kit.exchange.allOrders().get(0)).get(1).positionQty()).isEqualByComparingTo("-3");
    }

    @Test
    void nonExecutionEventsCarryOnlyTheOrderAndTheTime() {
        SimOrder order = kit.limit("AAPL", "buy", "1", "100", "gtc");
        kit.exchange.cancel(order.id());

        for (SimTradeEvent event : kit.eventsOf(order)) {
            assertThat(event.executionId()).isNull();
            assertThat(event.price()).isNull();
            assertThat(event.qty()).isNull();
            assertThat(event.positionQty()).isNull();
            assertThat(event.timestamp()).isEqualTo(SimTestKit.START);
        }
        assertThat(kit.eventsOf(order).get(0).order().status()).isEqualTo(SimOrderStatus.NEW);
        assertThat(kit.eventsOf(order).get(1).order().status()).isEqualTo(SimOrderStatus.CANCELED);
    }

    @Test
    void eventsAreNumberedInOrderAndDeliveredBeforeTheCallReturns() {
        SimOrder first = kit.market("AAPL", "buy", "1");
        assertThat(kit.events).hasSize(2);
        kit.market("MSFT", "buy", "1");

        assertThat(kit.events).extracting(SimTradeEvent::sequence).containsExactly(1L, 2L, 3L, 4L);
        assertThat(kit.events.get(0).order().id()).isEqualTo(first.id());
    }

    @Test
    void pendingNewCanBeAnnouncedBeforeNew() {
        SimTestKit announcing = new SimTestKit(b -> b.announcePendingNew(true));
        SimOrder order = announcing.limit("AAPL", "buy", "1", "100", "gtc");

        assertThat(announcing.eventTypesOf(order)).containsExactly(SimEventType.PENDING_NEW, SimEventType.NEW);
        assertThat(announcing.eventsOf(order).get(0).order().status()).isEqualTo(SimOrderStatus.PENDING_NEW);
        assertThat(order.status()).isEqualTo(SimOrderStatus.NEW);
    }

    @Test
    void aThrowingListenerDisturbsNeitherTheExchangeNorOtherListeners() {
        SimTestKit fresh = new SimTestKit();
        List<SimTradeEvent> seenAfter = new CopyOnWriteArrayList<>();
        fresh.exchange.addListener(event -> {
            throw new IllegalStateException("listener bug");
        });
        fresh.exchange.addListener(seenAfter::add);

        SimOrder order = fresh.market("AAPL", "buy", "1");

        assertThat(fresh.get(order).status()).isEqualTo(SimOrderStatus.FILLED);
        assertThat(seenAfter).hasSize(2);
        assertThat(fresh.events).hasSize(2);
    }

    @Test
    void aListenerMayReadTheExchangeAndSeesTheStateOfItsEventOrLater() {
        List<SimOrderStatus> seen = new ArrayList<>();
        kit.exchange.addListener(event -> seen.add(kit.exchange.get(event.order().id()).status()));

        kit.market("AAPL", "buy", "1");

        assertThat(seen).containsExactly(SimOrderStatus.FILLED, SimOrderStatus.FILLED);
    }

    @Test
    void aListenerThatPlacesAnOrderGetsItsEventsAfterTheCurrentOne() {
        List<String> seen = new CopyOnWriteArrayList<>();
        kit.exchange.addListener(event -> {
            seen.add(event.sequence() + ":" + event.event().wire());
            if (event.sequence() == 1) {
                kit.limit("MSFT", "buy", "1", "100", "gtc"); // re-entrant call from inside delivery
            }
        });

        kit.market("AAPL", "buy", "1");

        assertThat(seen).containsExactly("1:new", "2:fill", "3:new");
        assertThat(kit.events).extracting(SimTradeEvent::sequence).containsExactly(1L, 2L, 3L);
    }

    @Test
    void concurrentCallersSeeOneGlobalOrderOfEvents() throws Exception {
        SimTestKit busy = new SimTestKit(b -> b.ids(SimIds.random()));
        int threads = 4;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String symbol = List.of("AAPL", "MSFT", "CHEAP", "ZZZ").get(t);
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        busy.market(symbol, "buy", "1");
                        busy.exchange.tick();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        int events = threads * perThread * 2;
        assertThat(busy.events).extracting(SimTradeEvent::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, events).boxed().toList());
        Set<String> ids = busy.exchange.allOrders().stream().map(SimOrder::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(threads * perThread);
        assertThat(busy.exchange.positions()).allSatisfy(p -> assertThat(p.qty()).isEqualByComparingTo("50"));
    }
}
