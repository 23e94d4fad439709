package dev.breakwater.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@link BackgroundWork} that runs everything at once on the caller's thread: view-model tests, no toolkit. */
public final class SameThreadWork implements BackgroundWork {

    private int runs;

    @Override
    public <T> void run(String what, Callable<T> work, Consumer<? super T> onResult,
                        Consumer<? super Throwable> onFailure) {
        runs++;
        deliver(work, onResult, onFailure);
    }

    /** How many pieces of work were handed over. */
    public int runs() {
        return runs;
    }

    /** Runs the work here and hands its result or its failure on, as the app's worker would. */
    static <T> void deliver(Callable<T> work, Consumer<? super T> onResult, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onResult.accept(result);
    }
}
