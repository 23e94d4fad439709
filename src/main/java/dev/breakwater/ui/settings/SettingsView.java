package dev.breakwater.ui.settings;

import dev.breakwater.ui.Fxml;
import atlantafx.base.theme.Styles;
import dev.breakwater.settings.BrokerMode;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** The settings screen's FXML controller: binds the form to {@link SettingsViewModel}, forwards Save. */
public final class SettingsView {

    private final SettingsViewModel vm;
    private Parent root;

    @FXML private ComboBox<BrokerMode> broker;
    @FXML private TextField keyId;
    @FXML private PasswordField secret;
    @FXML private TextField maxQty;
    @FXML private Label maxQtyError;
    @FXML private TextField maxOrderValue;
    @FXML private Label maxOrderValueError;
    @FXML private TextField maxPercentFromLast;
    @FXML private Label maxPercentFromLastError;
    @FXML private CheckBox reviewBeforeSend;
    @FXML private CheckBox themeDark;
    @FXML private Button saveSettings;
    @FXML private Label settingsMessage;

    private SettingsView(SettingsViewModel vm) {
        this.vm = vm;
    }

    public static SettingsView create(SettingsViewModel vm) {
        SettingsView view = new SettingsView(vm);
        view.root = Fxml.load(view);
        view.root.getStylesheets().add(SettingsView.class.getResource("SettingsView.css").toExternalForm());
        return view;
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        broker.getItems().setAll(vm.brokerModes());
        broker.setConverter(new StringConverter<>() {
            @Override
            public String toString(BrokerMode mode) {
                return mode == null ? "" : label(mode);
            }

            @Override
            public BrokerMode fromString(String text) {
                return BrokerMode.valueOf(text.toUpperCase(Locale.ROOT));
            }
        });
        broker.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(BrokerMode mode, boolean empty) {
                super.updateItem(mode, empty);
                setText(empty || mode == null ? "" : label(mode));
            }
        });
        broker.valueProperty().bindBidirectional(vm.brokerProperty());
        keyId.textProperty().bindBidirectional(vm.keyIdProperty());
        keyId.setPromptText(vm.keyIdPrompt());
        secret.textProperty().bindBidirectional(vm.secretProperty());
        secret.promptTextProperty().bind(vm.secretPromptProperty());
        limit(maxQty, maxQtyError, vm.maxQty());
        limit(maxOrderValue, maxOrderValueError, vm.maxOrderValue());
        limit(maxPercentFromLast, maxPercentFromLastError, vm.maxPercentFromLast());
        reviewBeforeSend.selectedProperty().bindBidirectional(vm.reviewBeforeSendProperty());
        themeDark.selectedProperty().bindBidirectional(vm.themeDarkProperty());
        saveSettings.disableProperty().bind(vm.canSaveProperty().not());
        saveSettings.getStyleClass().add(Styles.ACCENT);
        settingsMessage.textProperty().bind(vm.messageProperty());
    }

    @FXML
    private void onSave() {
        vm.save();
    }

    private static void limit(TextField field, Label error, LimitField model) {
        field.textProperty().bindBidirectional(model.textProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(model.errorProperty()));
        error.managedProperty().bind(error.visibleProperty());
        model.errorProperty().addListener((o, was, now) ->
                field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        field.pseudoClassStateChanged(Styles.STATE_DANGER, !model.isValid());
    }

    private static String label(BrokerMode mode) {
        return switch (mode) {
            case SIM -> "Simulator (no keys, no money)";
            case PAPER -> "Alpaca paper";
            case LIVE -> "Alpaca live (real money)";
        };
    }
}
