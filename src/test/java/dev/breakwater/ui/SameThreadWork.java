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
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onResult.accept(result);
    }

    /** How many pieces of work were handed over. */
    public int runs() {
        return runs;
    }
}
