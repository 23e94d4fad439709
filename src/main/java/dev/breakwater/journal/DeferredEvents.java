package dev.breakwater.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code JOURNALED} events of intents made by {@link H2OrderJournal#create} (a click's pre-send
 * commit), written at the start of the journal's next transaction instead of in that commit. With
 * WRITE_DELAY=0 a commit's cost grows with the B-trees it touches, and the event adds two (the events
 * table and its index by intent) to the intent row's four; the pre-send commit is most of what a click
 * adds to the broker's round trip. What the POST depends on, the intent row with its request, is still
 * committed before it, and the event holds nothing the row does not: its time is the row's
 * {@code created_at}, its state the row's initial state.
 *
 * <p>A crash before the next transaction leaves an unresolved intent with no event at all (every
 * transaction writes the pending events before its own, so an intent that changed since has its
 * {@code JOURNALED} first); {@link #recover} writes them when the journal is next opened.
 *
 * <p>Not thread-safe: guarded by the journal's lock.
 */
final class DeferredEvents {

    private record Pending(String clientOrderId, Instant at, IntentState initial) {
    }

    private final List<Pending> pending = new ArrayList<>();

    void add(Intent created) {
        pending.add(new Pending(created.clientOrderId(), created.createdAt(), created.state()));
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /**
     * Inserts the pending events in the caller's transaction, to be dropped with {@link #committed}
     * once it committed (a rolled-back transaction leaves them pending).
     *
     * @return how many were written
     */
    int write(Connection c) throws SQLException {
        for (Pending event : pending) {
            IntentStatements.insertEvent(c, event.clientOrderId(), event.at(), NewIntent.JOURNALED, null,
                    event.initial(), NewIntent.journaledDetail(event.initial()));
        }
        return pending.size();
    }

    void committed(int written) {
        pending.subList(0, written).clear();
    }

    /**
     * Writes the {@code JOURNALED} event of every unresolved intent that has no event, in one commit:
     * their writer stopped between the pre-send commit and its next transaction. Only unresolved ones
     * can be affected, and there are few (reconciliation settles them), so this costs an index range
     * and a probe each. {@code NOT EXISTS} in the insert itself: a console sharing a desk server may
     * write its own pending event meanwhile.
     *
     * @return how many were written
     */
    static int recover(Connection c) throws SQLException {
        List<Pending> missing = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT client_order_id, created_at, state FROM intents i"
                + " WHERE state IN " + IntentStatements.UNRESOLVED + " AND NOT EXISTS"
                + " (SELECT 1 FROM intent_events e WHERE e.client_order_id = i.client_order_id)");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                missing.add(new Pending(rows.getString(1), IntentRows.instant(rows, 2),
                        IntentState.valueOf(rows.getString(3))));
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO intent_events"
                + " (client_order_id, at, kind, from_state, to_state, detail) SELECT ?, ?, ?, NULL, ?, ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM intent_events WHERE client_order_id = ?)")) {
            for (Pending event : missing) {
                insert.setString(1, event.clientOrderId());
                IntentRows.setInstant(insert, 2, event.at());
                insert.setString(3, NewIntent.JOURNALED);
                insert.setString(4, event.initial().name());
                insert.setString(5, NewIntent.journaledDetail(event.initial())
                        + " (event written when the journal was next opened: its console stopped first)");
                insert.setString(6, event.clientOrderId());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        c.commit();
        return missing.size();
    }
}
