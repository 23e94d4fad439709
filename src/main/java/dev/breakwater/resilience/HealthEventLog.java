package dev.breakwater.resilience;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last {@value #CAPACITY} health events plus the listeners that want them live. Thread-safe:
 * events arrive from broker-call threads and from Resilience4j's breaker timer thread.
 *
 * <p>Listeners run on the publishing thread, outside the ring's lock; a UI listener must hop to its
 * own thread. A listener that throws is logged and skipped, so it can neither break the broker call
 * that published nor starve the other listeners.
 */
final class HealthEventLog {

    /** Enough for a few minutes of a bad outage; bounded so a rejection storm cannot grow memory. */
    static final int CAPACITY = 500;

    private static final Logger LOG = LoggerFactory.getLogger(HealthEventLog.class);

    private final ArrayDeque<HealthEvent> ring = new ArrayDeque<>(CAPACITY);
    private final List<Consumer<? super HealthEvent>> listeners = new CopyOnWriteArrayList<>();

    void publish(HealthEvent event) {
        Objects.requireNonNull(event, "event");
        synchronized (ring) {
            if (ring.size() == CAPACITY) {
                ring.removeFirst();
            }
            ring.addLast(event);
        }
        for (Consumer<? super HealthEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("health listener {} failed on {}", listener, event.description(), e);
            }
        }
    }

    /** Oldest first, at most {@value #CAPACITY}. */
    List<HealthEvent> recent() {
        synchronized (ring) {
            return List.copyOf(ring);
        }
    }

    void addListener(Consumer<? super HealthEvent> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void removeListener(Consumer<? super HealthEvent> listener) {
        listeners.remove(listener);
    }
}
