package dev.breakwater.ui.journal;

import dev.breakwater.ui.Fxml;
import atlantafx.base.theme.Styles;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The journal screen's FXML controller: the intents table, the filter, Resolve now and the audit export. */
public final class JournalView {

    /** Row style classes by state; the AtlantaFX state class as well, for themes that style rows by it. */
    static final String UNKNOWN_ROW = "intent-unknown";
    static final String SENDING_ROW = "intent-sending";
    private static final List<String> ROW_CLASSES = List.of(UNKNOWN_ROW, SENDING_ROW, Styles.DANGER, Styles.WARNING);

    private final JournalViewModel vm;
    private final ZoneId zone = ZoneId.systemDefault();
    private Function<Window, Path> exportChooser = JournalView::chooseExportFile;
    private Parent root;

    @FXML private ComboBox<JournalFilter> stateFilter;
    @FXML private Button resolveNow;
    @FXML private Button exportAudit;
    @FXML private Label attention;
    @FXML private Label journalLocation;
    @FXML private Label journalMessage;
    @FXML private TableView<Intent> journalTable;
    @FXML private TableColumn<Intent, String> colCreated;
    @FXML private TableColumn<Intent, String> colClientOrderId;
    @FXML private TableColumn<Intent, String> colState;
    @FXML private TableColumn<Intent, String> colSymbol;
    @FXML private TableColumn<Intent, String> colSide;
    @FXML private TableColumn<Intent, String> colQty;
    @FXML private TableColumn<Intent, String> colType;
    @FXML private TableColumn<Intent, String> colLimit;
    @FXML private TableColumn<Intent, String> colBrokerOrderId;
    @FXML private TableColumn<Intent, String> colBrokerStatus;
    @FXML private TableColumn<Intent, Integer> colAttempts;
    @FXML private TableColumn<Intent, String> colLastError;

    private JournalView(JournalViewModel vm) {
        this.vm = vm;
    }

    public static JournalView create(JournalViewModel vm) {
        JournalView view = new JournalView(Objects.requireNonNull(vm, "vm"));
        view.root = Fxml.load(view);
        view.root.getStylesheets().add(JournalView.class.getResource("JournalView.css").toExternalForm());
        return view;
    }

    public Parent root() {
        return root;
    }

    /** Replaces the save dialog of "Export audit CSV" (tests; a shell with its own default folder). Null cancels. */
    public void setExportChooser(Function<Window, Path> chooser) {
        this.exportChooser = Objects.requireNonNull(chooser, "chooser");
    }

    @FXML
    private void initialize() {
        stateFilter.getItems().setAll(vm.filters());
        stateFilter.valueProperty().bindBidirectional(vm.filterProperty());

        text(colCreated, intent -> JournalFormat.time(intent.createdAt(), zone));
        text(colClientOrderId, Intent::clientOrderId);
        text(colState, intent -> intent.state().name());
        text(colSymbol, intent -> request(intent).symbol());
        text(colSide, intent -> JournalFormat.wire(request(intent).side()));
        text(colQty, intent -> JournalFormat.quantity(request(intent)));
        text(colType, intent -> JournalFormat.wire(request(intent).type()));
        text(colLimit, intent -> JournalFormat.price(request(intent).limitPrice()));
        text(colBrokerOrderId, Intent::brokerOrderId);
        text(colBrokerStatus, Intent::brokerStatus);
        colAttempts.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().attempts()));
        text(colLastError, Intent::lastError);
        journalTable.setItems(vm.rows());
        journalTable.setRowFactory(table -> new StateRow());

        resolveNow.disableProperty().bind(vm.resolvingProperty());
        vm.unknownCountProperty().addListener((o, was, now) -> emphasize(now.intValue() > 0));
        emphasize(vm.unknownCountProperty().get() > 0);
        exportAudit.disableProperty().bind(vm.exportingProperty());
        attention.textProperty().bind(vm.attentionProperty());
        attention.visibleProperty().bind(Bindings.isNotEmpty(attention.textProperty()));
        journalLocation.textProperty().bind(Bindings.concat("Journal: ", vm.locationProperty()));
        journalMessage.textProperty().bind(vm.messageProperty());
    }

    @FXML
    private void onResolveNow() {
        vm.resolveNow();
    }

    @FXML
    private void onExportAudit() {
        Path file = exportChooser.apply(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            vm.exportAudit(file);
        }
    }

    private void emphasize(boolean unknown) {
        resolveNow.getStyleClass().removeAll(Styles.DANGER);
        attention.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
        if (unknown) {
            resolveNow.getStyleClass().add(Styles.DANGER);
            attention.getStyleClass().add(Styles.DANGER);
        } else {
            attention.getStyleClass().add(Styles.WARNING);
        }
    }

    private static OrderRequest request(Intent intent) {
        return intent.request();
    }

    private static void text(TableColumn<Intent, String> column, Function<Intent, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    private static Path chooseExportFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export audit trail");
        chooser.setInitialFileName("breakwater-audit.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }

    /** Colours a row by its intent's state: UNKNOWN red, SENDING amber. */
    private static final class StateRow extends TableRow<Intent> {
        @Override
        protected void updateItem(Intent intent, boolean empty) {
            super.updateItem(intent, empty);
            getStyleClass().removeAll(ROW_CLASSES);
            if (empty || intent == null) {
                return;
            }
            if (intent.state() == IntentState.UNKNOWN) {
                getStyleClass().addAll(UNKNOWN_ROW, Styles.DANGER);
            } else if (intent.state() == IntentState.SENDING) {
                getStyleClass().addAll(SENDING_ROW, Styles.WARNING);
            }
        }
    }
}
