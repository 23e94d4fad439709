package dev.breakwater.ui.ticket;

import dev.breakwater.ui.BackgroundWork;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@link BackgroundWork} that holds each piece of work until the test releases it: work "in flight". */
final class DeferredWork implements BackgroundWork {

    private final Deque<Runnable> pending = new ArrayDeque<>();

    @Override
    public <T> void run(String what, Callable<T> work, Consumer<? super T> onResult,
                        Consumer<? super Throwable> onFailure) {
        pending.addLast(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onResult.accept(result);
        });
    }

    int pending() {
        return pending.size();
    }

    void releaseAll() {
        while (!pending.isEmpty()) {
            pending.removeFirst().run();
        }
    }
}
