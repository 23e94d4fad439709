package dev.breakwater.ui.health;

import dev.breakwater.ui.Fxml;
import java.io.File;
import java.net.URL;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

/** The broker-health panel's FXML controller: binds to {@link HealthViewModel} and forwards clicks. */
public final class HealthView {

    private final HealthViewModel vm;
    private Parent root;

    @FXML private HBox tiles;
    @FXML private TableView<RetryRow> retryTable;
    @FXML private TableColumn<RetryRow, String> endpointColumn;
    @FXML private TableColumn<RetryRow, Number> attempt1Column;
    @FXML private TableColumn<RetryRow, Number> attempt2Column;
    @FXML private TableColumn<RetryRow, Number> attempt3Column;
    @FXML private TableColumn<RetryRow, Number> attempt4Column;
    @FXML private TableColumn<RetryRow, Number> successfulWithoutRetryColumn;
    @FXML private TableColumn<RetryRow, Number> successfulWithRetryColumn;
    @FXML private TableColumn<RetryRow, Number> failedWithRetryColumn;
    @FXML private TableColumn<RetryRow, Number> failedWithoutRetryColumn;
    @FXML private Label brokerLimitText;
    @FXML private ProgressBar brokerLimitBar;
    @FXML private Label localLimitText;
    @FXML private ProgressBar localLimitBar;
    @FXML private Label streamState;
    @FXML private Label streamReason;
    @FXML private Label streamAttempt;
    @FXML private Label streamNextTry;
    @FXML private Label streamAge;
    @FXML private Label streamConnects;
    @FXML private Label streamMalformed;
    @FXML private ListView<EventLogEntry> eventLog;
    @FXML private Label exportStatus;
    @FXML private Button exportLog;

    private HealthView(HealthViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    /** Loads HealthView.fxml over {@code vm}; call on the FX thread. */
    public static HealthView create(HealthViewModel vm) {
        HealthView view = new HealthView(vm);
        view.root = Fxml.load(view);
        URL css = HealthView.class.getResource("HealthView.css");
        view.root.getStylesheets().add(Objects.requireNonNull(css, "HealthView.css").toExternalForm());
        return view;
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        for (BreakerTileModel tile : vm.tiles()) {
            tiles.getChildren().add(BreakerTileView.create(tile, vm::forceOpen, vm::reset));
        }
        bindRetryTable();
        bindRateLimit();
        bindStream();
        eventLog.setItems(vm.eventLog());
        eventLog.setCellFactory(list -> new EventCell());
        exportStatus.textProperty().bind(vm.exportStatusProperty());
        exportLog.disableProperty().bind(vm.exportingProperty());
    }

    private void bindRetryTable() {
        retryTable.setItems(vm.retryRows());
        endpointColumn.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().name()));
        count(attempt1Column, RetryRow::firstAttemptsProperty);
        count(attempt2Column, RetryRow::secondAttemptsProperty);
        count(attempt3Column, RetryRow::thirdAttemptsProperty);
        count(attempt4Column, RetryRow::laterAttemptsProperty);
        count(successfulWithoutRetryColumn, RetryRow::successfulWithoutRetryProperty);
        count(successfulWithRetryColumn, RetryRow::successfulWithRetryProperty);
        count(failedWithRetryColumn, RetryRow::failedWithRetryProperty);
        count(failedWithoutRetryColumn, RetryRow::failedWithoutRetryProperty);
    }

    private static void count(TableColumn<RetryRow, Number> column, Function<RetryRow, ReadOnlyLongProperty> property) {
        column.setCellValueFactory(cell -> property.apply(cell.getValue()));
    }

    private void bindRateLimit() {
        RateLimitModel limit = vm.rateLimit();
        brokerLimitText.textProperty().bind(limit.brokerTextProperty());
        brokerLimitBar.progressProperty().bind(limit.brokerHeadroomProperty());
        brokerLimitBar.visibleProperty().bind(limit.brokerKnownProperty());
        brokerLimitBar.managedProperty().bind(limit.brokerKnownProperty());
        ToneStyles.bind(brokerLimitBar, limit.brokerToneProperty());
        localLimitText.textProperty().bind(limit.localTextProperty());
        localLimitBar.progressProperty().bind(limit.localHeadroomProperty());
        ToneStyles.bind(localLimitBar, limit.localToneProperty());
    }

    private void bindStream() {
        StreamModel stream = vm.stream();
        streamState.textProperty().bind(stream.stateTextProperty());
        ToneStyles.bind(streamState, stream.toneProperty());
        streamReason.textProperty().bind(stream.reasonProperty());
        streamAttempt.textProperty().bind(stream.attemptTextProperty());
        streamNextTry.textProperty().bind(stream.nextTryTextProperty());
        streamAge.textProperty().bind(stream.lastMessageAgeTextProperty());
        ObservableValue<Tone> ageTone = stream.staleProperty().map(stale -> stale ? Tone.DANGER : null);
        ToneStyles.bind(streamAge, ageTone);
        streamConnects.textProperty().bind(stream.connectsProperty().asString());
        streamMalformed.textProperty().bind(stream.malformedProperty().asString());
    }

    @FXML
    private void onExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export health events");
        chooser.setInitialFileName("breakwater-health-events.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            vm.exportLog(file.toPath());
        }
    }

    /** "14:03:05  breaker  orders breaker CLOSED -> OPEN", coloured by the entry's tone. */
    private final class EventCell extends ListCell<EventLogEntry> {
        @Override
        protected void updateItem(EventLogEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                ToneStyles.apply(this, null);
                return;
            }
            setText(HealthFormat.time(entry.time(), vm.zone()) + "  " + entry.kind() + "  " + entry.text());
            ToneStyles.apply(this, entry.tone() == Tone.SUCCESS ? null : entry.tone());
        }
    }
}
