package dev.breakwater.ui.blotter;

import dev.breakwater.ui.Fxml;
import dev.breakwater.ui.OrderRow;
import java.io.File;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The blotter screen: Working / Filled / All tabs over the view model's filtered lists, a filter field,
 * Cancel, Replace…, Cancel all (confirmed inline) and Export CSV. Binds and forwards clicks; the rules
 * live in {@link BlotterViewModel}.
 */
public final class BlotterView {

    private final BlotterViewModel vm;
    private final OrderTable columns = new OrderTable(ZoneId.systemDefault());
    private Function<Window, File> saveFileChooser = BlotterView::chooseCsvFile;

    @FXML private Parent blotterRoot;
    @FXML private TextField filterField;
    @FXML private Button cancelButton;
    @FXML private Button replaceButton;
    @FXML private Button cancelAllButton;
    @FXML private Button exportButton;
    @FXML private HBox cancelAllConfirm;
    @FXML private Label cancelAllText;
    @FXML private Button cancelAllYes;
    @FXML private Button cancelAllNo;
    @FXML private TabPane blotterTabs;
    @FXML private Tab workingTab;
    @FXML private Tab filledTab;
    @FXML private Tab allTab;
    @FXML private TableView<OrderRow> workingTable;
    @FXML private TableView<OrderRow> filledTable;
    @FXML private TableView<OrderRow> allTable;
    @FXML private Label blotterMessage;

    private BlotterView(BlotterViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    public static BlotterView create(BlotterViewModel vm) {
        BlotterView view = new BlotterView(vm);
        Fxml.load(view);
        view.blotterRoot.getStylesheets().add(
                Objects.requireNonNull(BlotterView.class.getResource("BlotterView.css")).toExternalForm());
        return view;
    }

    @FXML
    private void initialize() {
        setUp(workingTab, workingTable, vm.working(), "Working", vm.workingShownProperty());
        setUp(filledTab, filledTable, vm.filled(), "Filled", vm.filledShownProperty());
        setUp(allTab, allTable, vm.all(), "All", vm.allShownProperty());
        filterField.textProperty().bindBidirectional(vm.filterTextProperty());

        vm.selectedProperty().bind(Bindings.createObjectBinding(() -> currentTable().getSelectionModel().getSelectedItem(),
                blotterTabs.getSelectionModel().selectedItemProperty(),
                workingTable.getSelectionModel().selectedItemProperty(),
                filledTable.getSelectionModel().selectedItemProperty(),
                allTable.getSelectionModel().selectedItemProperty()));
        cancelButton.disableProperty().bind(vm.canCancelSelectedProperty().not());
        replaceButton.disableProperty().bind(vm.canReplaceSelectedProperty().not());
        cancelButton.setOnAction(event -> cancelSelected());
        replaceButton.setOnAction(event -> replaceSelected());
        cancelAllButton.setOnAction(event -> requestCancelAll());
        exportButton.setOnAction(event -> exportCurrentTab());

        cancelAllText.textProperty().bind(Bindings.createStringBinding(() -> confirmText(vm.workingCount()),
                vm.workingTotalProperty()));
        cancelAllConfirm.managedProperty().bind(cancelAllConfirm.visibleProperty());
        cancelAllConfirm.setVisible(false);
        // While the question is open, Enter confirms and Escape keeps the orders.
        cancelAllYes.defaultButtonProperty().bind(cancelAllConfirm.visibleProperty());
        cancelAllNo.cancelButtonProperty().bind(cancelAllConfirm.visibleProperty());
        cancelAllYes.setOnAction(event -> {
            cancelAllConfirm.setVisible(false);
            vm.cancelAll();
        });
        cancelAllNo.setOnAction(event -> {
            cancelAllConfirm.setVisible(false);
            focusTable();
        });
        blotterMessage.textProperty().bind(vm.messageProperty());
    }

    private void setUp(Tab tab, TableView<OrderRow> table, ObservableList<OrderRow> rows, String title,
                       ObservableValue<Number> count) {
        columns.configure(table, rows, tab.selectedProperty());
        tab.textProperty().bind(Bindings.createStringBinding(() -> title + " (" + count.getValue() + ")", count));
        table.setRowFactory(ignored -> {
            TableRow<OrderRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()
                        && vm.canReplace(row.getItem())) {
                    openReplace(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && vm.canCancelSelectedProperty().get()) {
                cancelSelected();
                event.consume();
            }
        });
        table.setContextMenu(contextMenu(table.getId()));
    }

    private ContextMenu contextMenu(String tableId) {
        MenuItem cancel = item(tableId + "-cancel", "Cancel", this::cancelSelected);
        cancel.disableProperty().bind(vm.canCancelSelectedProperty().not());
        MenuItem replace = item(tableId + "-replace", "Replace…", this::replaceSelected);
        replace.disableProperty().bind(vm.canReplaceSelectedProperty().not());
        return new ContextMenu(cancel, replace, new SeparatorMenuItem(),
                item(tableId + "-cancelAll", "Cancel all…", this::requestCancelAll),
                item(tableId + "-export", "Export CSV…", this::exportCurrentTab));
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    static String confirmText(int working) {
        return switch (working) {
            case 0 -> "No working orders shown. Send cancel-all to the broker anyway?";
            case 1 -> "Cancel the 1 working order?";
            default -> "Cancel all " + working + " working orders?";
        };
    }

    private TableView<OrderRow> currentTable() {
        Tab tab = blotterTabs.getSelectionModel().getSelectedItem();
        return tab == filledTab ? filledTable : tab == allTab ? allTable : workingTable;
    }

    private void cancelSelected() {
        OrderRow row = vm.selectedProperty().get();
        if (row != null) {
            vm.cancel(row);
        }
    }

    private void replaceSelected() {
        OrderRow row = vm.selectedProperty().get();
        if (row != null && vm.canReplace(row)) {
            openReplace(row);
        }
    }

    private Dialog<?> openReplace(OrderRow row) {
        return ReplaceDialog.open(window(), vm.replaceForm(row), BlotterViewModel.describe(row),
                request -> vm.replace(row, request));
    }

    private void exportCurrentTab() {
        File file = saveFileChooser.apply(window());
        if (file != null) {
            vm.exportCsv(List.copyOf(currentTable().getItems()), file.toPath());
        }
    }

    private static File chooseCsvFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export orders as CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        chooser.setInitialFileName("orders.csv");
        return chooser.showSaveDialog(owner);
    }

    private Window window() {
        return blotterRoot.getScene() == null ? null : blotterRoot.getScene().getWindow();
    }

    /** For tests: answers the Export CSV file question instead of a FileChooser. */
    void setSaveFileChooser(Function<Window, File> chooser) {
        this.saveFileChooser = Objects.requireNonNull(chooser);
    }

    // ---- what the shell calls ------------------------------------------------------------------------

    public Parent root() {
        return blotterRoot;
    }

    /** Focuses the current tab's table (a hotkey target), on its first row when none is focused yet. */
    public void focusTable() {
        TableView<OrderRow> table = currentTable();
        table.requestFocus();
        if (table.getFocusModel().getFocusedIndex() < 0 && !table.getItems().isEmpty()) {
            table.getFocusModel().focus(0);
        }
    }

    /** Shows the cancel-all question with the number of working orders (Ctrl+Shift+X). Sends nothing. */
    public void requestCancelAll() {
        cancelAllConfirm.setVisible(true);
        cancelAllYes.requestFocus();
    }
}
