package dev.breakwater.ui.blotter;

import static dev.breakwater.ui.blotter.BlotterOrders.limitBuy;
import static dev.breakwater.ui.blotter.BlotterOrders.show;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.Styles;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.ReplaceRequest;
import dev.breakwater.ui.LiveBlotterFeed;
import dev.breakwater.ui.OrderRow;
import dev.breakwater.ui.SameThreadWork;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real FXML blotter over a feed driven on the FX thread, a recording broker and same-thread work. */
@ExtendWith(ApplicationExtension.class)
class BlotterViewFxTest {

    private LiveBlotterFeed feed;
    private TradingBroker broker;
    private BlotterViewModel vm;
    private BlotterView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        feed = new LiveBlotterFeed(Runnable::run);
        broker = new TradingBroker();
        vm = new BlotterViewModel(feed.orderRows(), broker, new SameThreadWork(), () -> "bw-r1");
        view = BlotterView.create(vm);
        show(feed, limitBuy("a", "AAPL", OrderStatus.NEW, 1, 1), limitBuy("b", "MSFT", OrderStatus.ACCEPTED, 2, 2),
                limitBuy("c", "KO", OrderStatus.FILLED, 3, 3));
        stage.setScene(new Scene(view.root(), 1200, 500));
        stage.show();
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
    }

    private static void fxRun(Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private TableView<OrderRow> table(FxRobot robot, String id) {
        return (TableView<OrderRow>) robot.lookup("#" + id).query();
    }

    /** The pseudo-class a status cell is coloured by (named like the AtlantaFX style class). */
    private static PseudoClass colour(String style) {
        return PseudoClass.getPseudoClass(style);
    }

    private static TableCell<?, ?> statusCell(TableView<OrderRow> table, OrderRow row) {
        int index = table.getItems().indexOf(row);
        return table.lookupAll(".table-cell").stream()
                .map(node -> (TableCell<?, ?>) node)
                .filter(cell -> cell.getTableColumn() != null
                        && cell.getTableColumn().getId().equals(table.getId() + "-status")
                        && cell.getIndex() == index)
                .findFirst().orElseThrow();
    }

    /** A cell of {@code tableId} showing {@code text}; hidden tabs hold cells with the same text elsewhere. */
    private static Node cell(FxRobot robot, String tableId, String text) {
        return robot.from(robot.lookup("#" + tableId).queryAs(Node.class))
                .lookup((Node node) -> node instanceof TableCell<?, ?> cell && text.equals(cell.getText()))
                .query();
    }

    @Test
    @SuppressWarnings("unchecked")
    void sortsByTheHeadersTheTraderPicksReadingTheSameValuesTheCellsShow(FxRobot robot) throws Exception {
        TableView<OrderRow> all = table(robot, "allTable");
        List<String> newestFirst = fx(() -> all.getItems().stream().map(OrderRow::id).toList());
        assertThat(newestFirst).containsExactly("c", "b", "a");
        for (TableColumn<OrderRow, ?> column : fx(() -> List.copyOf(all.getColumns()))) {
            java.util.function.Function<OrderRow, Object> key =
                    (java.util.function.Function<OrderRow, Object>) column.getProperties().get(OrderTable.SORT_KEY);
            assertThat(key).as(column.getId()).isNotNull();
            for (OrderRow row : fx(() -> List.copyOf(all.getItems()))) {
                assertThat(key.apply(row)).as("%s of %s", column.getId(), row.id())
                        .isEqualTo(fx(() -> column.getCellData(row)));
            }
        }
        TableColumn<OrderRow, ?> symbol = column(all, "symbol");
        TableColumn<OrderRow, ?> status = column(all, "status");

        fxRun(() -> {
            symbol.setSortType(TableColumn.SortType.ASCENDING);
            all.getSortOrder().setAll(List.of(symbol));
        });
        assertThat(fx(() -> all.getItems().stream().map(OrderRow::symbol).toList()))
                .containsExactly("AAPL", "KO", "MSFT");
        fxRun(() -> {
            status.setSortType(TableColumn.SortType.DESCENDING);
            all.getSortOrder().setAll(List.of(status, symbol));
            show(feed, limitBuy("d", "AMZN", OrderStatus.NEW, 4, 4), limitBuy("e", "IBM", OrderStatus.FILLED, 5, 5));
        });
        // Status by its declaration order (new, ..., filled, ..., accepted), last first; then symbol.
        assertThat(fx(() -> all.getItems().stream().map(OrderRow::id).toList())).containsExactly("b", "e", "c", "a", "d");
        fxRun(() -> all.getSortOrder().clear());
        assertThat(fx(() -> all.getItems().stream().map(OrderRow::id).toList()))
                .as("no sort: the feed's order").containsExactly("a", "b", "c", "d", "e");
    }

    private static TableColumn<OrderRow, ?> column(TableView<OrderRow> table, String name) {
        return table.getColumns().stream().filter(c -> c.getId().equals(table.getId() + "-" + name)).findFirst()
                .orElseThrow();
    }

    @Test
    void aFilledRowMovesFromWorkingToFilledAsTheSameObjectAndItsStatusCellRecolours(FxRobot robot) throws Exception {
        OrderRow a = fx(() -> feed.orderRows().get(0));
        TableView<OrderRow> working = table(robot, "workingTable");
        TableView<OrderRow> all = table(robot, "allTable");
        assertThat(fx(() -> working.getItems().contains(a))).isTrue();
        robot.clickOn("#allTab");
        TableCell<?, ?> before = fx(() -> statusCell(all, a));
        assertThat(before.getPseudoClassStates()).contains(colour(Styles.ACCENT))
                .doesNotContain(colour(Styles.SUCCESS));

        fxRun(() -> show(feed, limitBuy("a", "AAPL", OrderStatus.FILLED, 1, 9)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> feed.orderRows().get(0))).isSameAs(a);
        assertThat(fx(() -> working.getItems().contains(a))).isFalse();
        assertThat(fx(() -> table(robot, "filledTable").getItems().contains(a))).isTrue();
        TableCell<?, ?> after = fx(() -> statusCell(all, a));
        assertThat(after.getText()).isEqualTo("filled");
        assertThat(after.getPseudoClassStates()).contains(colour(Styles.SUCCESS))
                .doesNotContain(colour(Styles.ACCENT));
        assertThat(fx(() -> robot.lookup("#blotterTabs").queryAs(TabPane.class).getTabs().get(0).getText()))
                .isEqualTo("Working (1)");
        assertThat(fx(() -> robot.lookup("#blotterTabs").queryAs(TabPane.class).getTabs().get(1).getText()))
                .isEqualTo("Filled (2)");
    }

    @Test
    void newestFirstByDefault(FxRobot robot) throws Exception {
        assertThat(fx(() -> table(robot, "workingTable").getItems().stream().map(OrderRow::id).toList()))
                .containsExactly("b", "a");
        fxRun(() -> show(feed, limitBuy("d", "NVDA", OrderStatus.NEW, 9, 9)));
        assertThat(fx(() -> table(robot, "workingTable").getItems().stream().map(OrderRow::id).toList()))
                .containsExactly("d", "b", "a");
    }

    @Test
    void aDrainOfManyNewRowsReachesTheCellsOfEveryTabAndKeepsTheSelection(FxRobot robot) throws Exception {
        TableView<OrderRow> working = table(robot, "workingTable");
        OrderRow b = fx(() -> feed.orderRows().get(1));
        fxRun(() -> working.getSelectionModel().select(b));
        List<Order> burst = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            burst.add(limitBuy("n" + i, "N" + i, OrderStatus.NEW, 10 + i, 10 + i));
        }
        burst.add(limitBuy("a", "AAPL", OrderStatus.FILLED, 1, 9));

        fxRun(() -> show(feed, burst.toArray(Order[]::new)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> working.getItems().size())).isEqualTo(41);
        assertThat(fx(() -> working.getSelectionModel().getSelectedItem())).isSameAs(b);
        assertThat(fx(() -> symbolShown(working, 0))).isEqualTo("N39");
        assertThat(fx(() -> symbolShown(working, 1))).isEqualTo("N38");
        robot.clickOn("#allTab"); // laid out for the first time since the drain
        WaitForAsyncUtils.waitForFxEvents();
        TableView<OrderRow> all = table(robot, "allTable");
        assertThat(fx(() -> all.getItems().size())).isEqualTo(43);
        assertThat(fx(() -> symbolShown(all, 0))).isEqualTo("N39");
    }

    @Test
    void rowsPushedDownByNewRowsShowTheirColourAndSelectionInTheSameFrame(FxRobot robot) throws Exception {
        robot.clickOn("#allTab");
        TableView<OrderRow> all = table(robot, "allTable");
        OrderRow b = fx(() -> feed.orderRows().get(1));
        fxRun(() -> all.getSelectionModel().select(b));
        WaitForAsyncUtils.waitForFxEvents();
        List<List<String>> inTheFrame = new ArrayList<>();
        List<List<String>> restyled = new ArrayList<>();
        fxRun(() -> {
            // One pulse by hand: the update, a CSS pass, then the layout pass that re-indexes the rows.
            show(feed, limitBuy("d", "NVDA", OrderStatus.NEW, 9, 9), limitBuy("e", "TSLA", OrderStatus.NEW, 8, 8));
            all.getScene().getRoot().applyCss();
            all.getScene().getRoot().layout();
            inTheFrame.addAll(looks(all));
            all.getScene().getRoot().applyCss(); // every node restyled from scratch
            restyled.addAll(looks(all));
        });

        assertThat(inTheFrame).extracting(look -> look.get(0)).containsExactly("d", "e", "c", "b", "a");
        assertThat(inTheFrame).isEqualTo(restyled);
    }

    @Test
    void aViewScrolledDownKeepsItsRowsWhenNewOnesArriveWhileTheTopShowsThem(FxRobot robot) throws Exception {
        robot.clickOn("#allTab");
        TableView<OrderRow> all = table(robot, "allTable");
        List<Order> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(limitBuy("m" + i, "M" + i, OrderStatus.NEW, 10 + i, 10 + i));
        }
        fxRun(() -> show(feed, many.toArray(Order[]::new)));
        WaitForAsyncUtils.waitForFxEvents();
        fxRun(() -> all.scrollTo(100));
        WaitForAsyncUtils.waitForFxEvents();
        String read = fx(() -> topRow(all));
        assertThat(read).isEqualTo(fx(() -> all.getItems().get(100).id()));

        fxRun(() -> show(feed, limitBuy("x1", "X1", OrderStatus.NEW, 1000, 1000),
                limitBuy("x2", "X2", OrderStatus.NEW, 1001, 1001), limitBuy("m150", "M150", OrderStatus.FILLED, 160, 999)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> topRow(all))).as("the row read before the new ones came").isEqualTo(read);

        fxRun(() -> all.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        fxRun(() -> show(feed, limitBuy("x3", "X3", OrderStatus.NEW, 1002, 1002)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> topRow(all))).as("at the top, the newest order").isEqualTo("x3");
    }

    /** The order of the first row {@code table} shows. */
    private static String topRow(TableView<OrderRow> table) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        return ((OrderRow) ((javafx.scene.control.TableRow<?>) flow.getFirstVisibleCell()).getItem()).id();
    }

    /** Each filled row of {@code table} top down: its order id, its background, its status cell's text and colour. */
    private static List<List<String>> looks(TableView<OrderRow> table) {
        return table.lookupAll(".table-row-cell").stream()
                .map(node -> (javafx.scene.control.TableRow<?>) node)
                .filter(row -> row.isVisible() && !row.isEmpty() && row.getItem() != null)
                .sorted(java.util.Comparator.comparingInt(javafx.scene.control.TableRow::getIndex))
                .map(row -> {
                    TableCell<?, ?> status = row.getChildrenUnmodifiable().stream()
                            .filter(node -> node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                                    && cell.getTableColumn().getId().equals(table.getId() + "-status"))
                            .map(node -> (TableCell<?, ?>) node).findFirst().orElseThrow();
                    return List.of(((OrderRow) row.getItem()).id(), String.valueOf(row.getBackground().getFills()),
                            String.valueOf(status.getText()), String.valueOf(status.getTextFill()));
                })
                .toList();
    }

    /** The text of the symbol cell the table shows at row {@code index}. */
    private static String symbolShown(TableView<OrderRow> table, int index) {
        return table.lookupAll(".table-cell").stream()
                .map(node -> (TableCell<?, ?>) node)
                .filter(cell -> cell.getTableColumn() != null && cell.isVisible()
                        && cell.getTableColumn().getId().equals(table.getId() + "-symbol") && cell.getIndex() == index)
                .map(TableCell::getText).findFirst().orElse(null);
    }

    @Test
    void cancelAllAsksFirstAndOnlyThenCallsTheBroker(FxRobot robot) throws Exception {
        Node confirm = robot.lookup("#cancelAllConfirm").query();
        assertThat(confirm.isVisible()).isFalse();

        robot.clickOn("#cancelAllButton");

        assertThat(confirm.isVisible()).isTrue();
        assertThat(robot.lookup("#cancelAllText").queryLabeled().getText()).isEqualTo("Cancel all 2 working orders?");
        assertThat(broker.cancelAllCalls).isZero();

        robot.clickOn("#cancelAllYes");

        assertThat(broker.cancelAllCalls).isEqualTo(1);
        assertThat(confirm.isVisible()).isFalse();
        assertThat(robot.lookup("#blotterMessage").queryLabeled().getText())
                .isEqualTo("Cancel all: the broker had no open orders");
    }

    @Test
    void theHotkeyHookAsksAndKeepOrdersSendsNothing(FxRobot robot) throws Exception {
        fxRun(view::requestCancelAll);
        assertThat(robot.lookup("#cancelAllConfirm").query().isVisible()).isTrue();

        robot.clickOn("#cancelAllNo");

        assertThat(robot.lookup("#cancelAllConfirm").query().isVisible()).isFalse();
        assertThat(broker.cancelAllCalls).isZero();
    }

    @Test
    void cancelIsForTheSelectedWorkingRow(FxRobot robot) throws Exception {
        Button cancel = robot.lookup("#cancelButton").queryButton();
        assertThat(cancel.isDisabled()).isTrue();

        robot.clickOn(cell(robot, "workingTable", "MSFT"));

        assertThat(cancel.isDisabled()).isFalse();
        robot.clickOn("#cancelButton");
        assertThat(broker.canceled).containsExactly("b");
        assertThat(robot.lookup("#blotterMessage").queryLabeled().getText()).isEqualTo("Cancel requested for MSFT buy 10");
    }

    @Test
    void theFilterNarrowsEveryTab(FxRobot robot) throws Exception {
        robot.clickOn("#filterField").write("ko");

        TabPane tabs = robot.lookup("#blotterTabs").queryAs(TabPane.class);
        assertThat(fx(() -> tabs.getTabs().stream().map(tab -> tab.getText()).toList()))
                .containsExactly("Working (0)", "Filled (1)", "All (1)");
    }

    @Test
    void doubleClickOpensReplaceWhoseOkWaitsForAValidChange(FxRobot robot) throws Exception {
        robot.doubleClickOn(cell(robot, "workingTable", "AAPL"));

        Button ok = robot.lookup("#replaceOk").queryButton();
        assertThat(ok.isDisabled()).as("nothing changed yet").isTrue();
        assertThat(robot.lookup("#replaceLimit").queryTextInputControl().getText()).isEqualTo("60.00");

        robot.doubleClickOn("#replaceLimit").eraseText(5).write("61.5");
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn("#replaceOk");

        assertThat(broker.replaced).hasSize(1);
        assertThat(broker.replaced.get(0).getKey()).isEqualTo("a");
        assertThat(broker.replaced.get(0).getValue())
                .isEqualTo(new ReplaceRequest(null, null, new BigDecimal("61.5"), null, null, "bw-r1"));
    }

    @Test
    void exportWritesTheRowsTheCurrentTabShows(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("working.csv");
        fxRun(() -> view.setSaveFileChooser(owner -> file.toFile()));

        robot.clickOn("#exportButton");

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(",MSFT,");
        assertThat(lines.get(2)).contains(",AAPL,");
    }
}
