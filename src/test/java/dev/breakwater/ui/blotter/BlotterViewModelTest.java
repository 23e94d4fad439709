package dev.breakwater.ui.blotter;

import static dev.breakwater.ui.blotter.BlotterOrders.limitBuy;
import static dev.breakwater.ui.blotter.BlotterOrders.order;
import static dev.breakwater.ui.blotter.BlotterOrders.show;
import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.CancelResult;
import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.TransportException;
import dev.breakwater.broker.UnprocessableException;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.ReplaceRequest;
import dev.breakwater.domain.Side;
import dev.breakwater.ui.LiveBlotterFeed;
import dev.breakwater.ui.OrderRow;
import dev.breakwater.ui.SameThreadWork;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blotter's state and commands without the toolkit: the feed runs drains on the test thread. */
class BlotterViewModelTest {

    private final LiveBlotterFeed feed = new LiveBlotterFeed(Runnable::run);
    private final TradingBroker broker = new TradingBroker();
    private final SameThreadWork work = new SameThreadWork();
    private BlotterViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new BlotterViewModel(feed.orderRows(), broker, work, () -> "bw-replacement");
        show(feed, limitBuy("a", "AAPL", OrderStatus.NEW, 1, 1),
                limitBuy("b", "MSFT", OrderStatus.NEW, 2, 2),
                limitBuy("c", "KO", OrderStatus.FILLED, 3, 3));
    }

    private OrderRow row(String id) {
        return feed.orderRows().stream().filter(row -> row.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void tabsFollowAStatusChangeOfTheSameRowObject() {
        OrderRow a = row("a");
        assertThat(vm.working()).containsExactly(a, row("b"));
        assertThat(vm.filled()).containsExactly(row("c"));
        assertThat(vm.all()).hasSize(3);

        show(feed, limitBuy("a", "AAPL", OrderStatus.PARTIALLY_FILLED, 1, 5));
        assertThat(vm.working()).containsExactly(a, row("b"));
        assertThat(vm.filled()).containsExactly(a, row("c"));
        assertThat(vm.filledShownProperty().get()).isEqualTo(2);

        show(feed, limitBuy("a", "AAPL", OrderStatus.FILLED, 1, 6));
        assertThat(row("a")).isSameAs(a);
        assertThat(vm.working()).containsExactly(row("b"));
        assertThat(vm.filled()).containsExactly(a, row("c")).first().isSameAs(a);
        assertThat(vm.workingShownProperty().get()).isEqualTo(1);
        assertThat(vm.filledShownProperty().get()).isEqualTo(2);
        assertThat(vm.allShownProperty().get()).isEqualTo(3);
        assertThat(vm.workingCount()).isEqualTo(1);
    }

    @Test
    void aStatusChangeIsReportedAsAnUpdateNotAsARebuild() {
        List<String> changes = new java.util.ArrayList<>();
        vm.all().addListener((ListChangeListener<OrderRow>) change -> {
            while (change.next()) {
                changes.add(change.wasUpdated() ? "updated" : change.wasReplaced() ? "replaced"
                        : change.wasAdded() ? "added" : change.wasRemoved() ? "removed" : "other");
            }
        });

        show(feed, limitBuy("b", "MSFT", OrderStatus.CANCELED, 2, 9));

        assertThat(changes).containsExactly("updated");
    }

    @Test
    void newRowsLandInTheirTabAndCountsFollow() {
        show(feed, limitBuy("d", "NVDA", OrderStatus.PENDING_NEW, 4, 4));

        assertThat(vm.working()).extracting(OrderRow::id).containsExactly("a", "b", "d");
        assertThat(vm.workingShownProperty().get()).isEqualTo(3);
        assertThat(vm.allShownProperty().get()).isEqualTo(4);
    }

    @Test
    void filterTextMatchesSymbolClientOrderIdOrderIdAndStatusInEveryTab() {
        vm.filterTextProperty().set("aapl");
        assertThat(vm.working()).extracting(OrderRow::id).containsExactly("a");
        assertThat(vm.all()).extracting(OrderRow::id).containsExactly("a");
        assertThat(vm.filled()).isEmpty();

        vm.filterTextProperty().set("CID-B");
        assertThat(vm.all()).extracting(OrderRow::id).containsExactly("b");

        vm.filterTextProperty().set("Filled");
        assertThat(vm.all()).extracting(OrderRow::id).containsExactly("c");
        assertThat(vm.filledShownProperty().get()).isEqualTo(1);
        assertThat(vm.workingShownProperty().get()).isZero();
        assertThat(vm.workingCount()).as("cancel-all is about every working order, filtered or not").isEqualTo(2);

        vm.filterTextProperty().set("  ");
        assertThat(vm.all()).hasSize(3);
    }

    @Test
    void aFilteredRowThatChangesStatusStillObeysTheFilter() {
        vm.filterTextProperty().set("msft");
        show(feed, limitBuy("a", "AAPL", OrderStatus.FILLED, 1, 7), limitBuy("b", "MSFT", OrderStatus.FILLED, 2, 7));

        assertThat(vm.filled()).extracting(OrderRow::id).containsExactly("b");
        assertThat(vm.working()).isEmpty();
    }

    @Test
    void cancelReachesTheBrokerAndSaysSo() {
        vm.cancel(row("a"));

        assertThat(broker.canceled).containsExactly("a");
        assertThat(vm.messageProperty().get()).isEqualTo("Cancel requested for AAPL buy 10");
    }

    @Test
    void aRefusedCancelShowsTheBrokersReason() {
        broker.failure = new UnprocessableException(Endpoint.CANCEL_ORDER, 422, 42210000, "order is not cancelable");

        vm.cancel(row("a"));

        assertThat(vm.messageProperty().get()).isEqualTo("Cancel failed for AAPL buy 10: order is not cancelable");
    }

    @Test
    void aFinalOrderIsNotSentForCancel() {
        vm.cancel(row("c"));

        assertThat(work.runs()).isZero();
        assertThat(broker.canceled).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Not canceled: KO buy 10 is filled");
    }

    @Test
    void cancelAndReplaceRules() {
        show(feed, order("m", "SPY", Side.SELL, OrderType.MARKET, OrderStatus.NEW, "0", 5, 5),
                order("t", "SPY", Side.SELL, OrderType.TRAILING_STOP, OrderStatus.ACCEPTED, "0", 6, 6),
                limitBuy("p", "SPY", OrderStatus.PENDING_CANCEL, 7, 7));

        assertThat(vm.canCancel(row("a"))).isTrue();
        assertThat(vm.canReplace(row("a"))).isTrue();
        assertThat(vm.canCancel(row("m"))).isTrue();
        assertThat(vm.canReplace(row("m"))).as("a market order has nothing to amend").isFalse();
        assertThat(vm.canReplace(row("t"))).isTrue();
        assertThat(vm.canCancel(row("p"))).as("cancel already pending").isFalse();
        assertThat(vm.canCancel(row("c"))).isFalse();
        assertThat(vm.canReplace(row("c"))).isFalse();
        assertThat(vm.canCancel(null)).isFalse();
    }

    @Test
    void theSelectedRowsFlagsFollowItsStatus() {
        vm.selectedProperty().set(row("a"));
        assertThat(vm.canCancelSelectedProperty().get()).isTrue();
        assertThat(vm.canReplaceSelectedProperty().get()).isTrue();

        show(feed, limitBuy("a", "AAPL", OrderStatus.FILLED, 1, 8));

        assertThat(vm.canCancelSelectedProperty().get()).isFalse();
        assertThat(vm.canReplaceSelectedProperty().get()).isFalse();
        vm.selectedProperty().set(null);
        assertThat(vm.canCancelSelectedProperty().get()).isFalse();
    }

    @Test
    void replaceSendsTheChangedFieldsWithAFreshClientOrderId() {
        ReplaceRequest request = new ReplaceRequest(null, null, new BigDecimal("61.50"), null, null, null);

        assertThat(vm.replace(row("a"), request)).isTrue();

        assertThat(broker.replaced).hasSize(1);
        assertThat(broker.replaced.get(0).getKey()).isEqualTo("a");
        assertThat(broker.replaced.get(0).getValue())
                .isEqualTo(new ReplaceRequest(null, null, new BigDecimal("61.50"), null, null, "bw-replacement"));
        assertThat(vm.messageProperty().get()).isEqualTo("Replace requested for AAPL buy 10: new order a-r");
    }

    @Test
    void anInvalidReplaceIsNotSentAndSaysWhy() {
        boolean sent = vm.replace(row("a"), new ReplaceRequest(new BigDecimal("-1"), null, null, null, null, null));

        assertThat(sent).isFalse();
        assertThat(work.runs()).isZero();
        assertThat(vm.messageProperty().get()).isEqualTo("Not replaced: qty must be greater than 0");
    }

    @Test
    void aFailedReplaceShowsTheBrokersReason() {
        broker.failure = new UnprocessableException(Endpoint.REPLACE_ORDER, 422, 42210000, "insufficient buying power");

        vm.replace(row("a"), new ReplaceRequest(new BigDecimal("20"), null, null, null, null, null));

        assertThat(vm.messageProperty().get()).isEqualTo("Replace failed for AAPL buy 10: insufficient buying power");
    }

    @Test
    void cancelAllReportsAcceptedAndRefused() {
        broker.cancelAllResults = List.of(new CancelResult("a", 200), new CancelResult("b", 200),
                new CancelResult("x", 500));

        vm.cancelAll();

        assertThat(broker.cancelAllCalls).isEqualTo(1);
        assertThat(vm.messageProperty().get()).isEqualTo("Cancel all: cancel requested for 2 orders, 1 refused");
    }

    @Test
    void aFailedCancelAllSaysSo() {
        broker.failure = new TransportException(Endpoint.CANCEL_ALL_ORDERS, "connection reset", true, null);

        vm.cancelAll();

        assertThat(vm.messageProperty().get()).isEqualTo("Cancel all failed: connection reset");
    }

    @Test
    void exportWritesTheGivenRowsInTheirOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("orders.csv");

        vm.exportCsv(List.of(row("c"), row("a")), file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("created_at,submitted_at,updated_at,symbol,side,qty");
        assertThat(lines.get(1)).contains(",KO,buy,10,").endsWith(",c,,");
        assertThat(lines.get(2)).contains(",AAPL,buy,10,");
        assertThat(vm.messageProperty().get()).isEqualTo("Exported 2 orders to " + file);
    }

    @Test
    void aFailedExportSaysWhy(@TempDir Path dir) {
        vm.exportCsv(List.of(row("a")), dir.resolve("missing-folder").resolve("orders.csv"));

        assertThat(vm.messageProperty().get()).startsWith("Export failed: ");
    }
}
