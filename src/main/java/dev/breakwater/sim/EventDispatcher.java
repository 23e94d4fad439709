package dev.breakwater.sim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers {@link SimTradeEvent}s to listeners in one global order, never while the exchange's lock is
 * held.
 *
 * <p>The exchange {@linkplain #enqueue enqueues} events while it holds its lock, which numbers them in the
 * order the state changes happened. After releasing the lock, the mutating thread {@linkplain #drain()
 * drains} the queue. Draining is serialised, so listeners see events one at a time and in sequence order
 * even when several threads mutate the exchange; a thread that drains finds also the events of others.
 * A listener that calls back into the exchange does not drain recursively: its events are delivered by
 * the loop already running, after the current event reached every listener.
 *
 * <p>A listener that throws is logged and skipped; the other listeners and the exchange carry on.
 */
final class EventDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

    private final CopyOnWriteArrayList<Consumer<SimTradeEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Queue<SimTradeEvent> pending = new ConcurrentLinkedQueue<>();
    private final Object deliveryLock = new Object();
    private final ThreadLocal<Boolean> delivering = ThreadLocal.withInitial(() -> Boolean.FALSE);
    private long lastSequence;

    void addListener(Consumer<SimTradeEvent> listener) {
        listeners.add(listener);
    }

    void removeListener(Consumer<SimTradeEvent> listener) {
        listeners.remove(listener);
    }

    /** Queues an event; must be called under the exchange's lock, which makes the numbering global. */
    void enqueue(SimEventType type, SimOrder order, Instant timestamp, String executionId, BigDecimal price,
                 BigDecimal qty, BigDecimal positionQty) {
        pending.add(new SimTradeEvent(++lastSequence, type, order, timestamp, executionId, price, qty, positionQty));
    }

    /** Delivers everything queued so far; called after the exchange's lock is released. */
    void drain() {
        if (delivering.get()) {
            return;
        }
        synchronized (deliveryLock) {
            delivering.set(Boolean.TRUE);
            try {
                SimTradeEvent event;
                while ((event = pending.poll()) != null) {
                    deliver(event);
                }
            } finally {
                delivering.set(Boolean.FALSE);
            }
        }
    }

    private void deliver(SimTradeEvent event) {
        for (Consumer<SimTradeEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("trade event listener failed on event {} ({} of order {})",
                        event.sequence(), event.event().wire(), event.order().id(), e);
            }
        }
    }
}
