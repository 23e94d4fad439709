package dev.breakwater.app;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The JavaFX runtime for the benches: headless Monocle when asked (the same properties the FX tests run
 * with; Monocle is on the runtime class path for this), else whatever display there is (Xvfb or a real one).
 */
final class BenchUiToolkit {

    /** Monocle's headless screen, big enough for the console's 1440x900 window, software rendering. */
    static final Map<String, String> HEADLESS = Map.of(
            "glass.platform", "Monocle",
            "monocle.platform", "Headless",
            "prism.order", "sw",
            "headless.geometry", "1600x1000-32",
            "java.awt.headless", "true");

    private BenchUiToolkit() {
    }

    /** Selects headless Monocle; must run before the toolkit starts. */
    static void useHeadlessMonocle() {
        HEADLESS.forEach(System::setProperty);
    }

    /** Starts the toolkit unless it runs already (a test JVM may have started it). */
    static void start() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get(60, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
    }

    /** Runs {@code task} on the FX thread and waits for its result. */
    static <T> T onFx(Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }
}
