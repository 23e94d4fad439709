package dev.breakwater.orders;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.journal.JournalEvent;
import dev.breakwater.journal.JournalUnavailableException;
import dev.breakwater.journal.OrderJournal;
import dev.breakwater.journal.Transition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A journal that fails on demand: everything ({@link #failEverything}), or only the transitions into one
 * state ({@link #failTransitionsTo}), as a full disk would after the pre-send commit. It can also hold
 * the writes handed to {@link #writeSoon} back, like a writer thread that has not run yet (the next
 * call runs them first, as the contract says), and drop them, as a {@code kill -9} would.
 */
final class FailingJournal implements OrderJournal {

    private final OrderJournal delegate;
    private volatile boolean failEverything;
    private volatile IntentState failTransitionsTo;
    private volatile boolean holdSoonWrites;
    private final List<Runnable> held = new ArrayList<>(); // guarded by this

    FailingJournal(OrderJournal delegate) {
        this.delegate = delegate;
    }

    void failEverything(boolean value) {
        failEverything = value;
    }

    void failTransitionsTo(IntentState state) {
        failTransitionsTo = state;
    }

    void holdSoonWrites() {
        holdSoonWrites = true;
    }

    synchronized int heldWrites() {
        return held.size();
    }

    /** What a crash does to writes the writer thread had not run: they never happen. */
    synchronized void dropHeldWrites() {
        held.clear();
    }

    @Override
    public void writeSoon(Runnable write) {
        if (!holdSoonWrites) {
            delegate.writeSoon(write);
            return;
        }
        synchronized (this) {
            held.add(write);
        }
    }

    private void runHeld() {
        while (true) {
            Runnable write;
            synchronized (this) {
                if (held.isEmpty()) {
                    return;
                }
                write = held.remove(0);
            }
            write.run();
        }
    }

    private void check() {
        runHeld();
        if (failEverything) {
            throw new JournalUnavailableException("journal /tmp/bw/journal.mv.db: disk full", null);
        }
    }

    @Override
    public Optional<Intent> create(String ticketId, String account, OrderRequest request, IntentState initial) {
        check();
        return delegate.create(ticketId, account, request, initial);
    }

    @Override
    public Optional<Intent> find(String clientOrderId) {
        check();
        return delegate.find(clientOrderId);
    }

    @Override
    public Optional<Intent> transition(String clientOrderId, IntentState expected, Transition change) {
        check();
        if (change.to() == failTransitionsTo) {
            throw new JournalUnavailableException("journal /tmp/bw/journal.mv.db: disk full", null);
        }
        return delegate.transition(clientOrderId, expected, change);
    }

    @Override
    public void recordBrokerStatus(String clientOrderId, String brokerOrderId, String brokerStatus, String detail) {
        check();
        delegate.recordBrokerStatus(clientOrderId, brokerOrderId, brokerStatus, detail);
    }

    @Override
    public void appendEvent(String clientOrderId, String kind, String detail) {
        check();
        delegate.appendEvent(clientOrderId, kind, detail);
    }

    @Override
    public Intent adopt(Order brokerOrder, String account) {
        check();
        return delegate.adopt(brokerOrder, account);
    }

    @Override
    public List<Intent> unresolved() {
        check();
        return delegate.unresolved();
    }

    @Override
    public List<Intent> list(IntentState state, Instant since, int limit) {
        check();
        return delegate.list(state, since, limit);
    }

    @Override
    public List<JournalEvent> events(String clientOrderId) {
        check();
        return delegate.events(clientOrderId);
    }

    @Override
    public List<JournalEvent> eventsSince(Instant since, int limit) {
        check();
        return delegate.eventsSince(since, limit);
    }

    @Override
    public Optional<Instant> newestResolvedCreatedAt() {
        check();
        return delegate.newestResolvedCreatedAt();
    }

    @Override
    public int prune(Duration retention) {
        check();
        return delegate.prune(retention);
    }

    @Override
    public void compact() {
        delegate.compact();
    }

    @Override
    public String location() {
        return delegate.location();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
