package dev.breakwater.ui.blotter;

import static dev.breakwater.ui.blotter.BlotterOrders.limitBuy;
import static dev.breakwater.ui.blotter.BlotterOrders.show;
import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.ui.LiveBlotterFeed;
import dev.breakwater.ui.OrderRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class UpdatingRowsTest {

    private final LiveBlotterFeed feed = new LiveBlotterFeed(Runnable::run);

    @Test
    void aRowIsReportedUpdatedWithEveryPropertyAlreadyCurrent() {
        show(feed, limitBuy("a", "AAPL", OrderStatus.NEW, 1, 1));
        UpdatingRows rows = new UpdatingRows(feed.orderRows());
        List<String> seen = new ArrayList<>();
        rows.addListener((ListChangeListener<OrderRow>) change -> {
            while (change.next()) {
                OrderRow row = change.getList().get(change.getFrom());
                seen.add(change.wasUpdated() + " " + row.statusProperty().get().wire() + " "
                        + row.filledQtyProperty().get().toPlainString() + " " + row.typeProperty().get().wire());
            }
        });

        show(feed, limitBuy("a", "AAPL", OrderStatus.FILLED, 1, 2));

        assertThat(seen).containsExactly("true filled 10 " + OrderType.LIMIT.wire());
    }

    @Test
    void followsRemovalsAndPermutationsOfItsSource() {
        show(feed, limitBuy("a", "AAPL", OrderStatus.NEW, 1, 1), limitBuy("b", "MSFT", OrderStatus.NEW, 2, 2),
                limitBuy("c", "KO", OrderStatus.NEW, 3, 3));
        ObservableList<OrderRow> source = FXCollections.observableArrayList(feed.orderRows());
        UpdatingRows rows = new UpdatingRows(source);
        List<Integer> updated = new ArrayList<>();
        rows.addListener((ListChangeListener<OrderRow>) change -> {
            while (change.next()) {
                if (change.wasUpdated()) {
                    updated.add(change.getFrom());
                }
            }
        });
        OrderRow a = source.get(0);

        source.remove(a);
        show(feed, limitBuy("a", "AAPL", OrderStatus.FILLED, 1, 5));
        assertThat(updated).as("a removed row is no longer watched").isEmpty();

        FXCollections.sort(source, Comparator.comparing(OrderRow::id).reversed());
        assertThat(rows).extracting(OrderRow::id).containsExactly("c", "b");
        show(feed, limitBuy("b", "MSFT", OrderStatus.CANCELED, 2, 5));
        assertThat(updated).containsExactly(1);
    }
}
