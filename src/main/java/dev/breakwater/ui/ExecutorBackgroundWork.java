package dev.breakwater.ui;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * {@link BackgroundWork} on a worker pool, reporting back through the UI executor (the app's
 * {@link PulseExecutor}). A failure nobody expected is logged as well as handed to {@code onFailure}.
 */
public final class ExecutorBackgroundWork implements BackgroundWork {

    private final ExecutorService workers;
    private final Executor ui;

    public ExecutorBackgroundWork(ExecutorService workers, Executor ui) {
        this.workers = Objects.requireNonNull(workers, "workers");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    @Override
    public <T> void run(String what, Callable<T> work, Consumer<? super T> onResult,
                        Consumer<? super Throwable> onFailure) {
        workers.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                // The logger only now: the console builds this on the FX thread before Logback is configured.
                LoggerFactory.getLogger(ExecutorBackgroundWork.class).warn("{} failed: {}", what, e.toString());
                ui.execute(() -> onFailure.accept(e));
                return;
            }
            ui.execute(() -> onResult.accept(result));
        });
    }
}
