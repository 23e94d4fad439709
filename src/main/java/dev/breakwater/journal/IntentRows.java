package dev.breakwater.journal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Maps rows of {@code intents} and {@code intent_events} to records, and instants to columns. */
final class IntentRows {

    /** The columns {@link #intent} reads, in its order. */
    static final String INTENT_COLUMNS = "client_order_id, ticket_id, account, request_json, request_hash, state,"
            + " broker_order_id, broker_status, attempts, last_error, created_at, updated_at";

    /** The columns {@link #event} reads, in its order. */
    static final String EVENT_COLUMNS = "seq, client_order_id, at, kind, from_state, to_state, detail";

    /** Longest text a VARCHAR column of the journal holds. */
    static final int MAX_TEXT = 4000;

    private IntentRows() {
    }

    static Intent intent(ResultSet row) throws SQLException {
        String requestJson = row.getString(4);
        return new Intent(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                CanonicalRequest.parse(requestJson),
                requestJson,
                row.getString(5),
                IntentState.valueOf(row.getString(6)),
                row.getString(7),
                row.getString(8),
                row.getInt(9),
                row.getString(10),
                instant(row, 11),
                instant(row, 12));
    }

    static JournalEvent event(ResultSet row) throws SQLException {
        return new JournalEvent(
                row.getLong(1),
                row.getString(2),
                instant(row, 3),
                row.getString(4),
                state(row.getString(5)),
                state(row.getString(6)),
                row.getString(7));
    }

    static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
    }

    /** The instant as the columns keep it (microseconds), so what is returned equals what is read back. */
    static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** Free text cut to fit its column: a long broker message must not fail the write that records it. */
    static String clip(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    private static IntentState state(String name) {
        return name == null ? null : IntentState.valueOf(name);
    }
}
