package dev.breakwater.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The journal's row-level SQL, each statement run inside the caller's transaction on the caller's
 * connection: {@link H2OrderJournal} decides the transactions and the locking, this class only talks
 * to the tables. Plain SQL that also runs on PostgreSQL.
 */
final class IntentStatements {

    /** The resolved states as an SQL list, e.g. {@code ('ACCEPTED', 'REJECTED', 'NOT_SENT')}. */
    static final String RESOLVED = inList(Arrays.stream(IntentState.values()).filter(IntentState::isResolved));
    /** The states still owing an answer, as an SQL list. */
    static final String UNRESOLVED = inList(Arrays.stream(IntentState.values()).filter(s -> !s.isResolved()));

    private IntentStatements() {
    }

    static void insertEvent(Connection c, String clientOrderId, Instant at, String kind, IntentState from,
                                    IntentState to, String detail) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO intent_events"
                + " (client_order_id, at, kind, from_state, to_state, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, clientOrderId);
            IntentRows.setInstant(insert, 2, at);
            insert.setString(3, kind);
            insert.setString(4, from == null ? null : from.name());
            insert.setString(5, to == null ? null : to.name());
            insert.setString(6, IntentRows.clip(detail));
            insert.executeUpdate();
        }
    }

    static Optional<Intent> select(Connection c, String clientOrderId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(
                "SELECT " + IntentRows.INTENT_COLUMNS + " FROM intents WHERE client_order_id = ?")) {
            query.setString(1, clientOrderId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(IntentRows.intent(rows)) : Optional.empty();
            }
        }
    }

    static List<Intent> intents(PreparedStatement query) throws SQLException {
        try (query; ResultSet rows = query.executeQuery()) {
            List<Intent> intents = new ArrayList<>();
            while (rows.next()) {
                intents.add(IntentRows.intent(rows));
            }
            return intents;
        }
    }

    static List<JournalEvent> events(PreparedStatement query) throws SQLException {
        try (query; ResultSet rows = query.executeQuery()) {
            List<JournalEvent> events = new ArrayList<>();
            while (rows.next()) {
                events.add(IntentRows.event(rows));
            }
            return events;
        }
    }

    static int pruneSlice(Connection c, Instant cutoff, int batch) throws SQLException {
        List<String> ids = new ArrayList<>();
        // FOR UPDATE: a console sharing a desk server cannot revive one of these (NOT_SENT → SENDING)
        // between our reading it and deleting it.
        try (PreparedStatement query = c.prepareStatement("SELECT client_order_id FROM intents WHERE state IN "
                + RESOLVED + " AND updated_at < ? ORDER BY updated_at FETCH FIRST " + batch + " ROWS ONLY FOR UPDATE")) {
            IntentRows.setInstant(query, 1, cutoff);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        try (PreparedStatement events = c.prepareStatement("DELETE FROM intent_events WHERE client_order_id = ?");
             PreparedStatement intents = c.prepareStatement("DELETE FROM intents WHERE client_order_id = ?")) {
            for (String id : ids) {
                events.setString(1, id);
                events.addBatch();
                intents.setString(1, id);
                intents.addBatch();
            }
            events.executeBatch();
            intents.executeBatch();
        }
        return ids.size();
    }

    private static String inList(Stream<IntentState> states) {
        return states.map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
