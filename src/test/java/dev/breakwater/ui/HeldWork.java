package dev.breakwater.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@link BackgroundWork} that holds each piece of work until the test releases it: work "in flight". */
public final class HeldWork implements BackgroundWork {

    private final Deque<Runnable> pending = new ArrayDeque<>();

    @Override
    public <T> void run(String what, Callable<T> work, Consumer<? super T> onResult,
                        Consumer<? super Throwable> onFailure) {
        pending.addLast(() -> SameThreadWork.deliver(work, onResult, onFailure));
    }

    /** How many pieces of work wait to be released. */
    public int pending() {
        return pending.size();
    }

    /** Runs the oldest piece of work waiting. */
    public void runNext() {
        pending.removeFirst().run();
    }

    /** Runs everything waiting, including work that this work hands over. */
    public void releaseAll() {
        while (!pending.isEmpty()) {
            runNext();
        }
    }
}
