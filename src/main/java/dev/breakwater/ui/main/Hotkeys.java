package dev.breakwater.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The console's keyboard table: one scene-level filter matches every combination, so screens don't each
 * install key handlers and the help dialog lists exactly what is bound.
 */
public final class Hotkeys {

    /** One binding: the keys, what it does in a trader's words, and the action. */
    public record Hotkey(KeyCombination keys, String description, Runnable action) {
    }

    private final List<Hotkey> table = new ArrayList<>();

    public Hotkeys bind(String keys, String description, Runnable action) {
        table.add(new Hotkey(KeyCombination.valueOf(keys), description, action));
        return this;
    }

    /** Installs the table on {@code scene}; a matched key is consumed so no field also types it. */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            for (Hotkey hotkey : table) {
                if (hotkey.keys().match(event)) {
                    event.consume();
                    hotkey.action().run();
                    return;
                }
            }
        });
    }

    public List<Hotkey> table() {
        return List.copyOf(table);
    }
}
