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
    /** Built ahead by {@link #prebuildFrame}, taken by {@link #start}; both on the FX thread. */
    private static ConsoleFrame prebuilt;
    private ConsoleWindow window;

    /** Builds the window's content ahead of {@link #start}, on the FX thread started early by {@link Main}. */
    static void prebuildFrame() {
        prebuilt = new ConsoleFrame();
    }

    /** Starts the JavaFX runtime and blocks until the window is closed. */
    static void launchConsole(ConsoleLaunch options) {
        launch = Objects.requireNonNull(options, "options");
        EarlyToolkit.await();
        Application.launch(ConsoleApp.class);
    }

    @Override
    public void start(Stage stage) {
        ConsoleFrame frame = prebuilt != null ? prebuilt : new ConsoleFrame();
        prebuilt = null;
        window = new ConsoleWindow(stage, launch, System.getenv(), frame);
        window.open();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
