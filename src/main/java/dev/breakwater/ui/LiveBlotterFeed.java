package dev.breakwater.ui;

import dev.breakwater.domain.Account;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.Position;
import dev.breakwater.live.ChangeBatch;
import dev.breakwater.live.LiveAccount;
import dev.breakwater.live.OrderVersions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The bridge from the live account to the FX thread: coalesces change batches, latest version wins, and
 * applies them to observable lists in one drain at a time.
 *
 * <p>Producers (any thread) park each changed order in a map keyed by order id, so a thousand versions of
 * one order between two drains cost one row update. A single "drain scheduled" flag keeps at most one
 * drain queued on the UI executor at any moment; the drain clears the flag first and then takes
 * everything parked, so a version parked during a drain is either taken by it or schedules the next one,
 * never lost. Rows are {@link OrderRow}s updated in place (never clear-and-rebuild), each drain announced
 * as one change of {@link #orderRows()}; positions are
 * replaced element by element with {@code set(index, ...)}. The FX thread only copies values: no JSON, no
 * network.
 *
 * <p>The UI executor is a seam: a {@link PulseExecutor} in the app (the drain then runs at most once per
 * pulse: 50,000 events in a burst measured 21 drains in 21 pulses, against 8,663 with
 * {@code Platform::runLater}), a test executor elsewhere. The
 * observable lists must only be read on that executor's thread.
 */
public final class LiveBlotterFeed implements Consumer<ChangeBatch> {

    private final Executor uiExecutor;
    private final Map<String, Order> pendingOrders = new ConcurrentHashMap<>();
    private final AtomicReference<Account> pendingAccount = new AtomicReference<>();
    private final AtomicReference<List<Position>> pendingPositions = new AtomicReference<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final AtomicLong drainsScheduled = new AtomicLong();

    // UI-thread state below.
    private final OrderRowList orderRows = new OrderRowList();
    private int[] updated = new int[64];
    private final Map<String, OrderRow> rowsById = new HashMap<>();
    private final ObservableList<Position> positions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Account> account = new ReadOnlyObjectWrapper<>(this, "account");
    private final ObservableList<Position> positionsView = FXCollections.unmodifiableObservableList(positions);

    public LiveBlotterFeed(Executor uiExecutor) {
        this.uiExecutor = Objects.requireNonNull(uiExecutor, "uiExecutor");
    }

    /**
     * Subscribes to {@code live} and seeds the feed with what it already holds. Subscribing first means
     * nothing applied in between is missed; a seed version older than a parked one is ignored (the
     * merge uses {@link OrderVersions}). Returns the way to unsubscribe.
     */
    public Runnable connect(LiveAccount live) {
        Runnable unsubscribe = live.subscribe(this);
        accept(new ChangeBatch(live.orders(), live.account(), live.positions()));
        return unsubscribe;
    }

    /** Parks a batch; called on the model's thread, returns at once. */
    @Override
    public void accept(ChangeBatch batch) {
        for (Order order : batch.orders()) {
            pendingOrders.merge(order.id(), order, LiveBlotterFeed::later);
        }
        if (batch.accountChanged()) {
            pendingAccount.set(batch.account());
        }
        if (batch.positionsChanged()) {
            pendingPositions.set(batch.positions());
        }
        if (drainScheduled.compareAndSet(false, true)) {
            drainsScheduled.incrementAndGet();
            uiExecutor.execute(this::drain);
        }
    }

    private static Order later(Order held, Order candidate) {
        return OrderVersions.supersedes(candidate, held) ? candidate : held;
    }

    /**
     * Runs on the UI thread: applies everything parked so far, then announces it on the rows as one change
     * (the rows updated, the rows added at the end): each view and table below re-filters, re-sorts and
     * re-notifies its cells once per drain, not once per order ({@code bench ui}).
     */
    private void drain() {
        drainScheduled.set(false);
        int known = orderRows.size();
        List<OrderRow> added = new ArrayList<>();
        int updatedCount = 0;
        for (String id : pendingOrders.keySet()) {
            Order order = pendingOrders.remove(id);
            if (order == null) {
                continue;
            }
            OrderRow row = applyOrder(order, known + added.size(), added);
            if (row != null && row.position() < known) {
                if (updatedCount == updated.length) {
                    updated = Arrays.copyOf(updated, updatedCount * 2);
                }
                updated[updatedCount++] = row.position();
            }
        }
        orderRows.apply(updated, updatedCount, added);
        Account nextAccount = pendingAccount.getAndSet(null);
        if (nextAccount != null) {
            account.set(nextAccount);
        }
        List<Position> nextPositions = pendingPositions.getAndSet(null);
        if (nextPositions != null) {
            applyPositions(nextPositions);
        }
    }

    /** Shows {@code order}; returns its row when that row was there before and shows a new version now. */
    private OrderRow applyOrder(Order order, int nextPosition, List<OrderRow> added) {
        OrderRow row = rowsById.get(order.id());
        OrderRow updatedRow = null;
        if (row == null) {
            row = new OrderRow(order, nextPosition);
            rowsById.put(order.id(), row);
            added.add(row);
        } else if (OrderVersions.supersedes(order, row.order())) {
            row.update(order);
            updatedRow = row;
        }
        // A replace link is carried by one order of the pair; show it on both rows.
        if (order.replaces() != null && rowsById.containsKey(order.replaces())) {
            rowsById.get(order.replaces()).linkReplacedBy(order.id());
        }
        if (order.replacedBy() != null && rowsById.containsKey(order.replacedBy())) {
            rowsById.get(order.replacedBy()).linkReplaces(order.id());
        }
        return updatedRow;
    }

    private void applyPositions(List<Position> next) {
        Map<String, Position> bySymbol = new HashMap<>();
        next.forEach(position -> bySymbol.put(position.symbol(), position));
        positions.removeIf(held -> !bySymbol.containsKey(held.symbol()));
        Set<String> shown = new HashSet<>();
        for (int i = 0; i < positions.size(); i++) {
            Position held = positions.get(i);
            Position fresh = bySymbol.get(held.symbol());
            shown.add(held.symbol());
            if (!fresh.equals(held)) {
                positions.set(i, fresh);
            }
        }
        for (Position position : next) {
            if (!shown.contains(position.symbol())) {
                positions.add(position);
            }
        }
    }

    /**
     * The blotter rows, one per order id, in first-seen order (sort in the view), read-only. Each drain is one
     * change: rows showing a new version reported updated, new rows added at the end. UI thread only.
     */
    public ObservableList<OrderRow> orderRows() {
        return orderRows;
    }

    /** The positions, one per symbol. UI thread only. */
    public ObservableList<Position> positions() {
        return positionsView;
    }

    public ReadOnlyObjectProperty<Account> accountProperty() {
        return account.getReadOnlyProperty();
    }

    /** How many drains were handed to the UI executor so far (for the health panel and tests). */
    public long drainsScheduled() {
        return drainsScheduled.get();
    }
}
