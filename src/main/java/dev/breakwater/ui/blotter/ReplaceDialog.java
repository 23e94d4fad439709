package dev.breakwater.ui.blotter;

import dev.breakwater.ui.Fxml;
import dev.breakwater.domain.ReplaceRequest;
import dev.breakwater.domain.TimeInForce;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The replace dialog: qty, limit, stop, trail and TIF prefilled from the order; only the fields the order
 * type takes are editable; OK stays disabled while the {@link ReplaceForm} has problems. Non-modal to the
 * FX thread ({@code show}, not {@code showAndWait}), so nothing waits on it.
 */
public final class ReplaceDialog {

    private final ReplaceForm form;
    @FXML private DialogPane replacePane;
    @FXML private Label replaceTitle;
    @FXML private TextField replaceQty;
    @FXML private TextField replaceLimit;
    @FXML private TextField replaceStop;
    @FXML private TextField replaceTrail;
    @FXML private Label replaceTrailLabel;
    @FXML private ComboBox<TimeInForce> replaceTif;
    @FXML private Label replaceProblems;
    private final Dialog<ReplaceRequest> dialog = new Dialog<>();

    private ReplaceDialog(ReplaceForm form) {
        this.form = form;
    }

    /** Opens the dialog over {@code owner}; {@code onOk} gets the request when the trader presses OK. */
    public static Dialog<ReplaceRequest> open(Window owner, ReplaceForm form, String title, Consumer<ReplaceRequest> onOk) {
        ReplaceDialog view = new ReplaceDialog(form);
        Fxml.load(view);
        Dialog<ReplaceRequest> dialog = view.dialog;
        dialog.setTitle("Replace " + title);
        view.replaceTitle.setText("Replace " + title);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setOnHidden(event -> {
            if (dialog.getResult() != null) {
                onOk.accept(dialog.getResult());
            }
        });
        dialog.show();
        return dialog;
    }

    @FXML
    private void initialize() {
        dialog.setDialogPane(replacePane);
        bind(replaceQty, form.qtyProperty(), true);
        bind(replaceLimit, form.limitPriceProperty(), form.limitEditable());
        bind(replaceStop, form.stopPriceProperty(), form.stopEditable());
        bind(replaceTrail, form.trailProperty(), form.trailEditable());
        replaceTrailLabel.setText("Trail (" + form.trailUnit() + ")");
        replaceTif.getItems().setAll(Arrays.stream(TimeInForce.values()).filter(tif -> tif != TimeInForce.UNKNOWN).toList());
        replaceTif.setConverter(new StringConverter<>() {
            @Override
            public String toString(TimeInForce tif) {
                return tif == null ? "" : tif.wire();
            }

            @Override
            public TimeInForce fromString(String text) {
                return TimeInForce.fromWire(text);
            }
        });
        replaceTif.valueProperty().bindBidirectional(form.timeInForceProperty());
        replaceProblems.textProperty().bind(form.problemsProperty());
        Node ok = replacePane.lookupButton(ButtonType.OK);
        ok.setId("replaceOk");
        ok.disableProperty().bind(form.validProperty().not());
        replacePane.lookupButton(ButtonType.CANCEL).setId("replaceCancel");
        dialog.setResultConverter(button -> button == ButtonType.OK ? form.request() : null);
    }

    private static void bind(TextField field, StringProperty value, boolean editable) {
        field.textProperty().bindBidirectional(value);
        field.setDisable(!editable);
    }
}
