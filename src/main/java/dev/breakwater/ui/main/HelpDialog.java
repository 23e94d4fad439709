package dev.breakwater.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Lists the hotkeys, straight from the table that binds them. */
public final class HelpDialog {

    private HelpDialog() {
    }

    public static void show(Window owner, Hotkeys hotkeys) {
        GridPane grid = new GridPane();
        grid.setId("hotkeyTable");
        grid.setHgap(24);
        grid.setVgap(6);
        int row = 0;
        for (Hotkeys.Hotkey hotkey : hotkeys.table()) {
            Label keys = new Label(hotkey.keys().getDisplayText());
            keys.getStyleClass().add("hotkey-keys");
            grid.addRow(row++, keys, new Label(hotkey.description()));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Breakwater: hotkeys");
        alert.setHeaderText("Hotkeys");
        alert.getDialogPane().setContent(grid);
        alert.show();
    }
}
