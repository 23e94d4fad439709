package dev.breakwater.app;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/**
 * Starts the JavaFX runtime on a thread of its own while the main thread is still parsing the command line
 * and reading the settings: both take a good part of a second, and the window waits for both. Only
 * {@link Main} starts it, and only when the command line opens the console; {@link #await} then hands over
 * to {@code Application.launch}, which finds the runtime already up and uses it.
 */
final class EarlyToolkit {

    private static final CountDownLatch STARTED = new CountDownLatch(1);
    private static volatile boolean requested;
    private static volatile Throwable failure;

    private EarlyToolkit() {
    }

    /** @param first what to run on the FX thread once it is up, ahead of the application */
    static void start(Runnable first) {
        requested = true;
        Thread starter = new Thread(() -> {
            try {
                Platform.startup(first);
            } catch (RuntimeException | Error e) {
                failure = e;
            } finally {
                STARTED.countDown();
            }
        }, "javafx-early-start");
        starter.setDaemon(true);
        starter.start();
    }

    /**
     * Returns once the runtime started by {@link #start} is up (at once when it was not asked for), so that
     * {@code Application.launch} does not race it.
     *
     * @throws RuntimeException the runtime's own failure, e.g. no display, as {@code Application.launch}
     *                          would have thrown it
     */
    static void await() {
        if (!requested) {
            return;
        }
        try {
            STARTED.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the JavaFX runtime started", e);
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }
}
