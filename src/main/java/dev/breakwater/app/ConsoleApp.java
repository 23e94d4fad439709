package dev.breakwater.app;

import java.util.Objects;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. It only hands the stage to {@link ConsoleWindow}, which builds the console;
 * {@link #stop()} closes the session (stream, journal, simulator) when the last window closes.
 */
public final class ConsoleApp extends Application {

    private static volatile ConsoleLaunch launch = ConsoleLaunch.DEFAULTS;
    private ConsoleWindow window;

    /** Starts the JavaFX runtime and blocks until the window is closed. */
    static void launchConsole(ConsoleLaunch options) {
        launch = Objects.requireNonNull(options, "options");
        Application.launch(ConsoleApp.class);
    }

    @Override
    public void start(Stage stage) {
        window = new ConsoleWindow(stage, launch, System.getenv());
        window.open();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
