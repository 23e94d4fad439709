package dev.breakwater.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

    /**
     * Inserts {@code intent}'s row (without its first event).
     *
     * @return false, with the transaction rolled back, when an intent with its client_order_id exists
     */
    static boolean insertIntent(Connection c, Intent intent) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO intents (" + IntentRows.INTENT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, intent.clientOrderId());
            insert.setString(2, intent.ticketId());
            insert.setString(3, intent.account());
            insert.setString(4, intent.requestJson());
            insert.setString(5, intent.requestHash());
            insert.setString(6, intent.state().name());
            insert.setString(7, intent.brokerOrderId());
            insert.setString(8, intent.brokerStatus());
            insert.setInt(9, intent.attempts());
            insert.setString(10, null);
            IntentRows.setInstant(insert, 11, intent.createdAt());
            IntentRows.setInstant(insert, 12, intent.updatedAt());
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (JournalErrors.DUPLICATE_KEY.equals(e.getSQLState())) {
                // Nothing of this transaction is kept (PostgreSQL aborts it at a failed statement anyway).
                c.rollback();
                return false;
            }
            throw e;
        }
    }

    /** The compare-and-set of {@link OrderJournal#transition}: how many rows changed (0 or 1). */
    static int updateState(Connection c, String clientOrderId, IntentState expected, Transition change, Instant now)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE intents SET state = ?,"
                + " broker_order_id = COALESCE(?, broker_order_id), broker_status = COALESCE(?, broker_status),"
                + " attempts = attempts + ?, last_error = COALESCE(?, last_error), updated_at = ?"
                + " WHERE client_order_id = ? AND state = ?")) {
            update.setString(1, change.to().name());
            update.setString(2, change.brokerOrderId());
            update.setString(3, change.brokerStatus());
            update.setInt(4, change.countAttempt() ? 1 : 0);
            update.setString(5, IntentRows.clip(change.error()));
            IntentRows.setInstant(update, 6, now);
            update.setString(7, clientOrderId);
            update.setString(8, expected.name());
            return update.executeUpdate();
        }
    }

    static int updateBrokerStatus(Connection c, String clientOrderId, String brokerOrderId, String brokerStatus,
                                  Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE intents SET"
                + " broker_order_id = COALESCE(?, broker_order_id), broker_status = COALESCE(?, broker_status),"
                + " updated_at = ? WHERE client_order_id = ?")) {
            update.setString(1, brokerOrderId);
            update.setString(2, brokerStatus);
            IntentRows.setInstant(update, 3, now);
            update.setString(4, clientOrderId);
            return update.executeUpdate();
        }
    }

    /** Counts as activity on the intent ({@code updated_at}) without changing it otherwise. */
    static int touch(Connection c, String clientOrderId, Instant now) throws SQLException {
        try (PreparedStatement touch = c.prepareStatement("UPDATE intents SET updated_at = ? WHERE client_order_id = ?")) {
            IntentRows.setInstant(touch, 1, now);
            touch.setString(2, clientOrderId);
            return touch.executeUpdate();
        }
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

    static List<Intent> list(Connection c, IntentState state, Instant since, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + IntentRows.INTENT_COLUMNS + " FROM intents WHERE 1 = 1");
        if (state != null) {
            sql.append(" AND state = ?");
        }
        if (since != null) {
            sql.append(" AND updated_at >= ?");
        }
        sql.append(" ORDER BY created_at DESC, client_order_id DESC FETCH FIRST ? ROWS ONLY");
        PreparedStatement query = c.prepareStatement(sql.toString());
        int index = 1;
        if (state != null) {
            query.setString(index++, state.name());
        }
        if (since != null) {
            IntentRows.setInstant(query, index++, since);
        }
        query.setInt(index, limit);
        return intents(query);
    }

    static List<JournalEvent> events(Connection c, String clientOrderId) throws SQLException {
        PreparedStatement query = c.prepareStatement("SELECT " + IntentRows.EVENT_COLUMNS
                + " FROM intent_events WHERE client_order_id = ? ORDER BY seq");
        query.setString(1, clientOrderId);
        return events(query);
    }

    static List<JournalEvent> eventsSince(Connection c, Instant since, int limit) throws SQLException {
        PreparedStatement query = c.prepareStatement("SELECT " + IntentRows.EVENT_COLUMNS + " FROM intent_events"
                + (since == null ? "" : " WHERE at >= ?") + " ORDER BY seq FETCH FIRST ? ROWS ONLY");
        int index = 1;
        if (since != null) {
            IntentRows.setInstant(query, index++, since);
        }
        query.setInt(index, limit);
        return events(query);
    }

    static Optional<Instant> newestResolvedCreatedAt(Connection c) throws SQLException {
        try (Statement query = c.createStatement();
             ResultSet rows = query.executeQuery("SELECT MAX(created_at) FROM intents WHERE state IN " + RESOLVED)) {
            rows.next();
            return Optional.ofNullable(IntentRows.instant(rows, 1));
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
