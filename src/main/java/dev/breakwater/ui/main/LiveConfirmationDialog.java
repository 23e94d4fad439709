package dev.breakwater.ui.main;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The modal dialog over {@link LiveConfirmation}: Start live trading is enabled only by the typed account number. */
public final class LiveConfirmationDialog {

    static final ButtonType START = new ButtonType("Start live trading", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<Boolean> dialog = new Dialog<>();

    public LiveConfirmationDialog(Window owner, LiveConfirmation confirmation) {
        dialog.initOwner(owner);
        dialog.setTitle("Confirm LIVE trading");
        dialog.setHeaderText("LIVE account: orders placed here use real money.");
        Label prompt = new Label("Type the account number " + confirmation.accountNumber()
                + " to start live trading.");
        prompt.setWrapText(true);
        TextField typed = new TextField();
        typed.setId("liveAccountConfirm");
        typed.setPromptText("account number");
        typed.textProperty().bindBidirectional(confirmation.typedProperty());
        VBox content = new VBox(10, prompt, typed);
        content.setPadding(new Insets(10, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(START, ButtonType.CANCEL);
        Node start = dialog.getDialogPane().lookupButton(START);
        start.setId("confirmLive");
        start.disableProperty().bind(confirmation.matchesProperty().not());
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancelLive");
        dialog.setResultConverter(button -> button == START && confirmation.confirmed());
        dialog.setOnShown(event -> typed.requestFocus());
    }

    /** Shows the dialog and waits; true only when the trader typed the number and chose to start. */
    public boolean showAndWait() {
        return dialog.showAndWait().orElse(false);
    }
}
