package dev.breakwater.ui.blotter;

import static dev.breakwater.ui.blotter.BlotterOrders.limitBuy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.live.ChangeBatch;
import dev.breakwater.ui.LiveBlotterFeed;
import dev.breakwater.ui.OrderRow;
import dev.breakwater.ui.SameThreadWork;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/**
 * A drain that moves many rows between the tabs reaches each tab's list, and each sorted table list, as one
 * change; the lists hold what a filter and a stable sort of the feed's rows give, and what their listeners
 * were told adds up to the same rows (selection and cells follow those changes).
 */
class BlotterDrainTest {

    private static final Comparator<OrderRow> NEWEST_FIRST =
            Comparator.comparing((OrderRow row) -> row.order().createdAt()).reversed();

    private static final Comparator<OrderRow> BY_STATUS = Comparator.comparing(OrderRow::status);

    private final List<Runnable> uiQueue = new ArrayList<>();
    private final LiveBlotterFeed feed = new LiveBlotterFeed(uiQueue::add);
    private final BlotterViewModel vm = new BlotterViewModel(feed.orderRows(), new TradingBroker(),
            new SameThreadWork(), () -> "bw-r");

    /** A list's change events, and a copy of it kept only from what those events announced. */
    private static final class Watched {
        final ObservableList<OrderRow> list;
        final List<OrderRow> announced;
        int events;

        Watched(ObservableList<OrderRow> list) {
            this.list = list;
            this.announced = new ArrayList<>(list);
            list.addListener((ListChangeListener<OrderRow>) this::mirror);
        }

        private void mirror(ListChangeListener.Change<? extends OrderRow> change) {
            events++;
            while (change.next()) {
                if (change.wasPermutated()) {
                    List<OrderRow> before = new ArrayList<>(announced.subList(change.getFrom(), change.getTo()));
                    for (int i = change.getFrom(); i < change.getTo(); i++) {
                        announced.set(change.getPermutation(i), before.get(i - change.getFrom()));
                    }
                } else if (!change.wasUpdated()) {
                    for (int i = 0; i < change.getRemovedSize(); i++) {
                        announced.remove(change.getFrom());
                    }
                    announced.addAll(change.getFrom(), change.getAddedSubList());
                }
            }
        }
    }

    private void show(List<Order> orders) {
        feed.accept(new ChangeBatch(orders, null, null));
        assertThat(uiQueue).hasSize(1);
        uiQueue.remove(0).run();
    }

    @Test
    void manyRowsMovingInOneDrainAreOneChangePerListInOrder() {
        List<Order> first = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            first.add(limitBuy("o" + i, "S" + (i % 7), OrderStatus.NEW, i % 50, 1)); // equal times: stable order
        }
        show(first);
        SortedRows<OrderRow> workingSorted = new SortedRows<>(vm.working());
        workingSorted.comparatorProperty().set(NEWEST_FIRST);
        SortedRows<OrderRow> filledSorted = new SortedRows<>(vm.filled());
        filledSorted.comparatorProperty().set(NEWEST_FIRST);
        SortedRows<OrderRow> allByStatus = new SortedRows<>(vm.all()); // a key that changes: rows move
        allByStatus.comparatorProperty().set(BY_STATUS);
        List<Watched> watched = List.of(new Watched(vm.working()), new Watched(vm.filled()), new Watched(vm.all()),
                new Watched(workingSorted), new Watched(filledSorted), new Watched(allByStatus));

        Random random = new Random(11);
        int next = 300;
        for (int drain = 1; drain <= 20; drain++) {
            List<Order> batch = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                int pick = random.nextInt(100);
                String id = "o" + random.nextInt(next);
                OrderStatus status = pick < 30 ? OrderStatus.FILLED : pick < 60 ? OrderStatus.PARTIALLY_FILLED
                        : pick < 80 ? OrderStatus.CANCELED : OrderStatus.NEW;
                int created = Integer.parseInt(id.substring(1)) % 50;
                batch.add(limitBuy(id, "S" + (created % 7), status, created, 1 + drain));
            }
            for (int i = 0; i < 30; i++, next++) {
                batch.add(limitBuy("o" + next, "S" + (next % 7), OrderStatus.NEW, next % 50, 1 + drain));
            }
            if (drain == 10) {
                vm.filterTextProperty().set("s3");
            }
            for (Watched list : watched) {
                list.events = 0;
            }

            show(batch);

            for (Watched list : watched) {
                assertThat(list.events).as("change events of one drain").isEqualTo(1);
                assertThat(list.list.size()).isEqualTo(list.announced.size());
                assertThat(list.announced).as("what listeners were told").containsExactlyElementsOf(list.list);
            }
            Predicate<OrderRow> shown = row -> row.symbol().toLowerCase().contains(vm.filterTextProperty().get());
            assertThat(vm.working()).containsExactlyElementsOf(
                    feed.orderRows().stream().filter(BlotterViewModel::isWorking).filter(shown).toList());
            assertThat(vm.filled()).containsExactlyElementsOf(
                    feed.orderRows().stream().filter(BlotterViewModel::isFilled).filter(shown).toList());
            assertThat(workingSorted).containsExactlyElementsOf(
                    vm.working().stream().sorted(NEWEST_FIRST).toList());
            assertThat(filledSorted).containsExactlyElementsOf(
                    vm.filled().stream().sorted(NEWEST_FIRST).toList());
            assertThat(allByStatus).containsExactlyElementsOf(vm.all().stream().sorted(BY_STATUS).toList());
        }
    }
}
