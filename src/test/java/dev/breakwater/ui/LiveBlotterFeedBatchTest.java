package dev.breakwater.ui;

import static dev.breakwater.testing.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.domain.OrderStatus;
import dev.breakwater.live.ChangeBatch;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/**
 * What one drain tells the rows' listeners: one change, with the new orders added at the end and the rows
 * that show a new version reported updated, whatever the number of orders parked.
 */
class LiveBlotterFeedBatchTest {

    private final List<Runnable> uiQueue = new ArrayList<>();
    private final LiveBlotterFeed feed = new LiveBlotterFeed(uiQueue::add);
    private final List<List<String>> changes = new ArrayList<>();

    private void drain() {
        assertThat(uiQueue).hasSize(1);
        uiQueue.remove(0).run();
    }

    private void record() {
        feed.orderRows().addListener((ListChangeListener<OrderRow>) change -> {
            List<String> parts = new ArrayList<>();
            while (change.next()) {
                parts.add(change.wasAdded() ? "added " + change.getFrom() + "+" + change.getAddedSize()
                        : change.wasUpdated() ? "updated " + change.getFrom() + "-" + change.getTo() : "other");
            }
            changes.add(parts);
        });
    }

    @Test
    void newRowsOfOneDrainArriveInOneChange() {
        feed.accept(new ChangeBatch(List.of(order("a", OrderStatus.NEW, "0", 1)), null, null));
        drain();
        record();

        feed.accept(new ChangeBatch(List.of(order("b", OrderStatus.NEW, "0", 2)), null, null));
        feed.accept(new ChangeBatch(List.of(order("a", OrderStatus.PARTIALLY_FILLED, "3", 3)), null, null));
        feed.accept(new ChangeBatch(List.of(order("c", OrderStatus.NEW, "0", 4)), null, null));
        feed.accept(new ChangeBatch(List.of(order("d", OrderStatus.NEW, "0", 5)), null, null));
        drain();

        assertThat(changes).containsExactly(List.of("added 1+3", "updated 0-1"));
        assertThat(feed.orderRows()).extracting(OrderRow::id).containsExactlyInAnyOrder("a", "b", "c", "d");
        assertThat(feed.orderRows().get(0).id()).isEqualTo("a");
        assertThat(feed.orderRows().get(0).order().filledQty()).isEqualByComparingTo("3");
    }

    @Test
    void manyUpdatedRowsOfOneDrainAreOneChangeWithEveryRowAlreadyCurrent() {
        List<dev.breakwater.domain.Order> first = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            first.add(order("o" + i, OrderStatus.NEW, "0", 1));
        }
        feed.accept(new ChangeBatch(first, null, null));
        drain();
        List<String> seen = new ArrayList<>();
        feed.orderRows().addListener((ListChangeListener<OrderRow>) change -> {
            while (change.next()) {
                for (int i = change.getFrom(); i < change.getTo(); i++) {
                    OrderRow row = change.getList().get(i);
                    seen.add(row.status() + " " + row.statusProperty().get() + " " + row.order().filledQty());
                }
            }
        });
        record();

        List<dev.breakwater.domain.Order> fills = new ArrayList<>();
        for (int i = 0; i < 200; i += 2) {
            fills.add(order("o" + i, OrderStatus.FILLED, "10", 2));
        }
        feed.accept(new ChangeBatch(fills, null, null));
        feed.accept(new ChangeBatch(List.of(order("o1", OrderStatus.NEW, "0", 1)), null, null)); // stale
        drain();

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0)).allSatisfy(part -> assertThat(part).startsWith("updated "));
        assertThat(seen).as("the rows reported updated").hasSize(100).containsOnly("FILLED FILLED 10");
        assertThat(feed.orderRows()).hasSize(200);
    }

    @Test
    void aDrainWithNothingNewAnnouncesNothing() {
        feed.accept(new ChangeBatch(List.of(order("a", OrderStatus.NEW, "0", 2)), null, null));
        drain();
        record();

        feed.accept(new ChangeBatch(List.of(order("a", OrderStatus.NEW, "0", 1)), null, null)); // stale
        drain();

        assertThat(changes).isEmpty();
    }
}
