package dev.breakwater.app;

import dev.breakwater.ui.main.MainViewModel;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The console's side of {@code bench startup}. With {@code -Dbreakwater.startup.probe=true} the console
 * prints one line when it is ready to trade (or has failed to start), then exits:
 * {@code startup: window-shown-ms=… ready-ms=… phase=… window-shown-at=… ready-at=…}; the {@code -ms}
 * figures count from the JVM's start, the {@code -at} ones are wall-clock epoch milliseconds (for the
 * parent, which counts from the moment it spawned the process). Without the property nothing is attached.
 */
final class BenchStartupProbe {

    static final String PROPERTY = "breakwater.startup.probe";
    static final String PREFIX = "startup: ";

    private long shownAt;

    private BenchStartupProbe() {
    }

    /** Call before {@code stage.show()}, on the FX thread. */
    static void attachIfRequested(Stage stage, MainViewModel model) {
        if (Boolean.getBoolean(PROPERTY)) {
            new BenchStartupProbe().attach(stage, model);
        }
    }

    private void attach(Stage stage, MainViewModel model) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> {
            if (shownAt == 0) {
                shownAt = System.currentTimeMillis();
            }
        });
        model.phaseProperty().addListener((property, was, phase) -> {
            if (phase != MainViewModel.Phase.STARTING) {
                report(phase, System.currentTimeMillis());
                Platform.exit();
            }
        });
    }

    private void report(MainViewModel.Phase phase, long readyAt) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(String.format(Locale.ROOT, "%swindow-shown-ms=%d ready-ms=%d phase=%s window-shown-at=%d ready-at=%d",
                PREFIX, shownAt - jvmStart, readyAt - jvmStart, phase, shownAt, readyAt));
        System.out.flush();
    }
}
