package dev.breakwater.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam between view models and slow work (network, journal, files). A view model hands the work
 * here and gets its result, or its failure, back on the UI executor; it never blocks the FX thread and
 * never calls {@code Platform} itself. The app uses {@link ExecutorBackgroundWork}; view-model tests use
 * a same-thread double, so they run without a toolkit and without waiting.
 */
public interface BackgroundWork {

    /**
     * Runs {@code work} off the UI thread, then {@code onResult} or {@code onFailure} on the UI thread.
     *
     * @param what a few words for the thread name and the log ("submit bw-01H…", "cancel all")
     */
    <T> void run(String what, Callable<T> work, Consumer<? super T> onResult, Consumer<? super Throwable> onFailure);
}
