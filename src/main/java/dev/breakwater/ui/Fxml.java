package dev.breakwater.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;

/**
 * Loads a view's FXML by convention: {@code XView.fxml} next to the class {@code XView}, with the given
 * instance as its controller, so the view has its view model before {@code initialize} runs.
 */
public final class Fxml {

    private Fxml() {
    }

    /** Returns the FXML's root; a missing or broken file is a programming error, thrown unchecked. */
    public static <T> T load(Object controller) {
        return load(controller, controller.getClass().getSimpleName() + ".fxml");
    }

    public static <T> T load(Object controller, String fxmlName) {
        FXMLLoader loader = new FXMLLoader(controller.getClass().getResource(fxmlName));
        loader.setControllerFactory(type -> controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxmlName, e);
        }
    }
}
