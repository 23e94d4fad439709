package dev.breakwater.resilience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Sleeper} that records each wait and returns at once; an optional hook runs on each wait. */
final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new ArrayList<>();
    private Runnable onSleep = () -> { };

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
        onSleep.run();
    }

    synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }

    synchronized void onSleep(Runnable hook) {
        onSleep = hook;
    }
}
