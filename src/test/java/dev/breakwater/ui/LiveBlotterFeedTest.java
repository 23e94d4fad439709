package dev.breakwater.ui;

import static dev.breakwater.testing.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.Position;
import dev.breakwater.domain.PositionSide;
import dev.breakwater.live.ChangeBatch;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The coalescer without the FX toolkit: the UI executor is played by the test. */
class LiveBlotterFeedTest {

    private static final int EVENTS = 50_000;

    @Test
    void fiftyThousandEventsCostOneDrainPerPulse() throws Exception {
        Burst burst = new Burst();
        ConcurrentLinkedQueue<Runnable> uiQueue = new ConcurrentLinkedQueue<>();
        CountingExecutor ui = new CountingExecutor(uiQueue::add);
        LiveBlotterFeed feed = new LiveBlotterFeed(ui);
        feed.connect(burst.live);

        Thread producer = burst.start(EVENTS);
        // The test thread is the FX thread; a "pulse" comes every 500 published events (time, in a real app).
        int pulses = 0;
        while (producer.isAlive() || !uiQueue.isEmpty()) {
            int next = Math.min(burst.published.get() + 500, EVENTS);
            while (burst.published.get() < next && producer.isAlive()) {
                Thread.onSpinWait();
            }
            pulses++;
            // A pulse runs what was queued when it began; what the producer queues meanwhile waits for the next.
            for (int queued = uiQueue.size(); queued > 0; queued--) {
                uiQueue.poll().run();
            }
        }
        producer.join();
        for (Runnable drain = uiQueue.poll(); drain != null; drain = uiQueue.poll()) {
            drain.run();
        }

        System.out.printf("coalescer, pulsed: %d events -> %d UI runnables over %d pulses (max queued %d)%n",
                EVENTS, ui.executed.get(), pulses, ui.maxPending.get());
        assertThat(ui.maxPending.get()).isLessThanOrEqualTo(1);
        assertThat(ui.executed.get()).isLessThanOrEqualTo(pulses + 1).isLessThanOrEqualTo(EVENTS / 500 + 2);
        assertRowsMatchModel(feed, burst);
    }

    @Test
    void fiftyThousandEventsAgainstAFreeRunningUiThread() throws Exception {
        Burst burst = new Burst();
        ExecutorService fxThread = Executors.newSingleThreadExecutor();
        CountingExecutor ui = new CountingExecutor(fxThread);
        LiveBlotterFeed feed = new LiveBlotterFeed(ui);
        feed.connect(burst.live);

        burst.start(EVENTS).join();
        fxThread.submit(() -> { }).get(10, TimeUnit.SECONDS); // everything queued before has run
        fxThread.shutdown();

        System.out.printf("coalescer, free-running UI thread: %d events -> %d UI runnables (max queued %d)%n",
                EVENTS, ui.executed.get(), ui.maxPending.get());
        assertThat(ui.maxPending.get()).isLessThanOrEqualTo(1);
        assertThat(ui.executed.get()).isLessThan(EVENTS);
        assertRowsMatchModel(feed, burst);
    }

    @Test
    void aNewVersionFiresOnlyThePropertiesWhoseValueChanged() {
        LiveBlotterFeed feed = new LiveBlotterFeed(Runnable::run);
        feed.accept(batch(order("a", OrderStatus.NEW, "0", 1)));
        OrderRow row = feed.orderRows().get(0);
        List<String> fired = new java.util.ArrayList<>();
        row.qtyProperty().addListener((property, before, after) -> fired.add("qty"));
        row.symbolProperty().addListener((property, before, after) -> fired.add("symbol"));
        row.createdAtProperty().addListener((property, before, after) -> fired.add("createdAt"));
        row.filledQtyProperty().addListener((property, before, after) -> fired.add("filledQty"));
        row.statusProperty().addListener((property, before, after) -> fired.add("status"));
        row.orderProperty().addListener((property, before, after) -> fired.add("order"));

        feed.accept(batch(order("a", OrderStatus.PARTIALLY_FILLED, "4", 2)));

        // Equal values in new instances (the quantity, the creation time) repaint nothing.
        assertThat(fired).containsExactly("filledQty", "status", "order");
    }

    @Test
    void aRowKeepsAPropertyOnlyWhileSomethingListensToIt() {
        LiveBlotterFeed feed = new LiveBlotterFeed(Runnable::run);
        feed.accept(batch(order("a", OrderStatus.NEW, "0", 1)));
        OrderRow row = feed.orderRows().get(0);
        javafx.beans.property.ReadOnlyObjectProperty<OrderStatus> watched = row.statusProperty();
        javafx.beans.InvalidationListener cell = observable -> { };
        javafx.beans.value.ChangeListener<OrderStatus> binding = (property, before, after) -> { };
        watched.addListener(cell);
        watched.addListener(binding);

        watched.removeListener(cell);
        watched.removeListener((javafx.beans.InvalidationListener) observable -> { }); // never added: nothing
        feed.accept(batch(order("a", OrderStatus.PARTIALLY_FILLED, "4", 2)));
        assertThat(row.statusProperty()).as("still listened to").isSameAs(watched);
        assertThat(watched.get()).isEqualTo(OrderStatus.PARTIALLY_FILLED);

        watched.removeListener(binding);
        javafx.beans.property.ReadOnlyObjectProperty<OrderStatus> later = row.statusProperty();
        assertThat(later).as("the row forgot the property nothing listened to").isNotSameAs(watched);
        assertThat(later.get()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        feed.accept(batch(order("a", OrderStatus.FILLED, "10", 3)));
        assertThat(later.get()).isEqualTo(OrderStatus.FILLED);
        assertThat(later.getBean()).isSameAs(row);
        assertThat(later.getName()).isEqualTo("status");
    }

    @Test
    void rowsAreUpdatedInPlaceNeverRebuilt() {
        LiveBlotterFeed feed = new LiveBlotterFeed(Runnable::run);
        feed.accept(batch(order("a", OrderStatus.NEW, "0", 1), order("b", OrderStatus.NEW, "0", 1)));
        OrderRow rowA = feed.orderRows().get(0);
        feed.orderRows().addListener((ListChangeListener<OrderRow>) change -> {
            while (change.next()) {
                assertThat(change.wasRemoved()).as("no row is ever removed or replaced").isFalse();
            }
        });

        feed.accept(batch(order("a", OrderStatus.PARTIALLY_FILLED, "4", 2)));
        feed.accept(batch(order("a", OrderStatus.NEW, "0", 1))); // stale: ignored
        feed.accept(batch(order("c", OrderStatus.NEW, "0", 3)));

        assertThat(feed.orderRows()).extracting(OrderRow::id).containsExactly("a", "b", "c");
        assertThat(feed.orderRows().get(0)).isSameAs(rowA);
        assertThat(rowA.statusProperty().get()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(rowA.filledQtyProperty().get()).isEqualByComparingTo("4");
    }

    @Test
    void replaceLinkShowsOnBothRows() {
        LiveBlotterFeed feed = new LiveBlotterFeed(Runnable::run);
        feed.accept(batch(order("old", OrderStatus.NEW, "0", 1)));
        feed.accept(batch(order("new", OrderStatus.NEW, "0", 2, "old", null)));

        assertThat(feed.orderRows().get(0).replacedByProperty().get()).isEqualTo("new");
        assertThat(feed.orderRows().get(1).replacesProperty().get()).isEqualTo("old");
    }

    @Test
    void positionsAndAccountAreSetInPlaceLatestWins() {
        ConcurrentLinkedQueue<Runnable> uiQueue = new ConcurrentLinkedQueue<>();
        LiveBlotterFeed feed = new LiveBlotterFeed(uiQueue::add);
        feed.accept(new ChangeBatch(List.of(), null, List.of(position("KO", "5"), position("PEP", "1"))));
        uiQueue.poll().run();
        Position pep = feed.positions().get(1);

        feed.accept(new ChangeBatch(List.of(), null, List.of(position("KO", "6"), position("PEP", "1"))));
        feed.accept(new ChangeBatch(List.of(), null, List.of(position("KO", "7"), position("PEP", "1"),
                position("XOM", "2"))));
        assertThat(uiQueue).hasSize(1);
        uiQueue.poll().run();

        assertThat(feed.positions()).extracting(Position::symbol).containsExactly("KO", "PEP", "XOM");
        assertThat(feed.positions().get(0).qty()).isEqualByComparingTo("7");
        assertThat(feed.positions().get(1)).isSameAs(pep);
    }

    private static ChangeBatch batch(Order... orders) {
        return new ChangeBatch(List.of(orders), null, null);
    }

    private static Position position(String symbol, String qty) {
        BigDecimal q = new BigDecimal(qty);
        return new Position("asset-" + symbol, symbol, "NYSE", "us_equity", BigDecimal.TEN, q, q, PositionSide.LONG,
                q.multiply(BigDecimal.TEN), q.multiply(BigDecimal.TEN), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO);
    }

    static void assertRowsMatchModel(LiveBlotterFeed feed, Burst burst) {
        Map<String, Order> model = burst.live.orders().stream()
                .collect(Collectors.toMap(Order::id, Function.identity()));
        assertThat(feed.orderRows()).hasSize(Burst.ORDERS);
        assertThat(feed.orderRows()).allSatisfy(row -> assertThat(row.order()).isEqualTo(model.get(row.id())));
        assertThat(model.values()).allSatisfy(order ->
                assertThat(order.filledQty()).isEqualByComparingTo(Integer.toString(EVENTS / Burst.ORDERS)));
    }
}
