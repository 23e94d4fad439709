package dev.breakwater.orders;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per client_order_id, in this process: two clicks on the same ticket, or a click and the
 * reconciler, never work on one intent at once, so at most one of them sends. (Across processes the
 * journal's compare-and-set on the intent's state decides who releases it.) Share one instance between
 * the {@link OrderService} and the {@link Reconciler}. Locks of ids nobody holds are dropped, so the map
 * does not grow with the day's orders.
 */
public final class IntentLocks {

    private final Map<String, Entry> entries = new HashMap<>(); // guarded by this

    /** Waits for the id's lock. */
    public Held lock(String clientOrderId) {
        Entry entry = enter(clientOrderId);
        entry.lock.lock();
        return new Held(clientOrderId, entry);
    }

    /** The id's lock if nobody holds it now; empty otherwise (the reconciler skips busy intents). */
    public Optional<Held> tryLock(String clientOrderId) {
        Entry entry = enter(clientOrderId);
        if (entry.lock.tryLock()) {
            return Optional.of(new Held(clientOrderId, entry));
        }
        leave(clientOrderId, entry);
        return Optional.empty();
    }

    /** How many ids have a lock entry now (held or waited for); for tests. */
    synchronized int size() {
        return entries.size();
    }

    private synchronized Entry enter(String clientOrderId) {
        Entry entry = entries.computeIfAbsent(clientOrderId, id -> new Entry());
        entry.users++;
        return entry;
    }

    private synchronized void leave(String clientOrderId, Entry entry) {
        if (--entry.users == 0) {
            entries.remove(clientOrderId);
        }
    }

    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        int users; // guarded by IntentLocks.this
    }

    /** A held lock; closing releases it. */
    public final class Held implements AutoCloseable {

        private final String clientOrderId;
        private final Entry entry;
        private boolean released;

        private Held(String clientOrderId, Entry entry) {
            this.clientOrderId = clientOrderId;
            this.entry = entry;
        }

        @Override
        public void close() {
            if (released) {
                return;
            }
            released = true;
            entry.lock.unlock();
            leave(clientOrderId, entry);
        }
    }
}
