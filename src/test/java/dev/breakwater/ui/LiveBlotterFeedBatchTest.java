package dev.breakwater.ui;

import static dev.breakwater.testing.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.domain.OrderStatus;
import dev.breakwater.live.ChangeBatch;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** New orders parked between two drains reach the rows as one "added" change, after the rows they update. */
class LiveBlotterFeedBatchTest {

    @Test
    void newRowsOfOneDrainArriveInOneChange() {
        List<Runnable> uiQueue = new ArrayList<>();
        LiveBlotterFeed feed = new LiveBlotterFeed(uiQueue::add);
        feed.accept(new ChangeBatch(List.of(order("a", OrderStatus.NEW, "0", 1)), null, null));
        uiQueue.remove(0).run();
        List<String> changes = new ArrayList<>();
        feed.orderRows().addListener((ListChangeListener<OrderRow>) change -> {
            while (change.next()) {
                changes.add(change.wasAdded() ? "added " + change.getAddedSize() : "other");
            }
        });

        feed.accept(new ChangeBatch(List.of(order("b", OrderStatus.NEW, "0", 2)), null, null));
        feed.accept(new ChangeBatch(List.of(order("a", OrderStatus.PARTIALLY_FILLED, "3", 3)), null, null));
        feed.accept(new ChangeBatch(List.of(order("c", OrderStatus.NEW, "0", 4)), null, null));
        feed.accept(new ChangeBatch(List.of(order("d", OrderStatus.NEW, "0", 5)), null, null));
        assertThat(uiQueue).hasSize(1);
        uiQueue.remove(0).run();

        assertThat(changes).containsExactly("added 3");
        assertThat(feed.orderRows()).extracting(OrderRow::id).containsExactlyInAnyOrder("a", "b", "c", "d");
        assertThat(feed.orderRows().get(0).order().filledQty()).isEqualByComparingTo("3");
    }
}
