package dev.breakwater.app;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The JavaFX application: the console's window. Until the console's screens land it shows the product
 * and version, so that {@code mvn javafx:run} and the installers can already be checked end to end.
 */
public final class ConsoleApp extends Application {

    static final String TITLE = "Breakwater";

    /** Starts the JavaFX runtime and blocks until the window is closed. */
    public static void launchConsole() {
        Application.launch(ConsoleApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle(TITLE + " " + BuildVersion.version());
        stage.setScene(new Scene(content(), 960, 600));
        stage.show();
    }

    static VBox content() {
        Label title = new Label(TITLE);
        title.setId("title");
        title.setStyle("-fx-font-size: 28px; -fx-font-weight: bold;");
        Label version = new Label("Version " + BuildVersion.version());
        version.setId("version");
        VBox root = new VBox(12, title, version);
        root.setPadding(new Insets(24));
        return root;
    }
}
