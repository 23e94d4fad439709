package dev.breakwater.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a journal's schema to this build's version at open: applies the missing migrations in order
 * and records each with its checksum in {@code schema_version}. Refuses, rather than guesses, when the
 * journal was changed by a newer build or an applied migration was edited since.
 */
final class SchemaMigrations {

    /** This build's migrations, in order. A new one is added at the end; an applied one is never edited. */
    static final List<Migration> ALL = List.of(
            Migration.load(1, "intents"),
            Migration.load(2, "lean_hot_path"));

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    private static final String CREATE_VERSION_TABLE = """
            CREATE TABLE IF NOT EXISTS schema_version (
                version     INTEGER      NOT NULL PRIMARY KEY,
                description VARCHAR(200) NOT NULL,
                checksum    VARCHAR(64)  NOT NULL,
                applied_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
            )""";

    private final List<Migration> migrations;

    SchemaMigrations(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    /** Applies what is missing; throws when the journal is from a newer build or was tampered with. */
    void migrate(Connection connection, String location) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE_VERSION_TABLE);
        }
        connection.commit();
        Map<Integer, String> applied = applied(connection);
        check(applied, location);
        for (Migration migration : migrations) {
            if (!applied.containsKey(migration.version())) {
                apply(connection, migration, location);
            }
        }
    }

    private void check(Map<Integer, String> applied, String location) {
        int known = migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
        for (Map.Entry<Integer, String> entry : applied.entrySet()) {
            if (entry.getKey() > known) {
                throw new JournalUnavailableException("journal " + location + " has schema version " + entry.getKey()
                        + ", newer than this build knows (" + known + "): it was opened by a newer Breakwater."
                        + " Use that version; this one leaves the journal untouched", null);
            }
        }
        for (Migration migration : migrations) {
            String checksum = applied.get(migration.version());
            if (checksum != null && !checksum.equals(migration.checksum())) {
                throw new JournalUnavailableException("journal " + location + " was set up by schema migration V"
                        + migration.version() + " with different content than this build's (checksum " + checksum
                        + ", expected " + migration.checksum() + "): the build or the journal was altered."
                        + " Nothing was changed; use the build that created the journal", null);
            }
        }
    }

    private static Map<Integer, String> applied(Connection connection) throws SQLException {
        Map<Integer, String> applied = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version, checksum FROM schema_version ORDER BY version")) {
            while (rows.next()) {
                applied.put(rows.getInt(1), rows.getString(2));
            }
        }
        connection.commit();
        return applied;
    }

    private void apply(Connection connection, Migration migration, String location) throws SQLException {
        // H2 commits DDL implicitly, so a migration is not atomic there: its statements are written to
        // run again harmlessly (IF NOT EXISTS), and the version row comes last.
        try (Statement statement = connection.createStatement()) {
            for (String sql : migration.statements()) {
                statement.execute(sql);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO schema_version (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
            insert.setInt(1, migration.version());
            insert.setString(2, migration.description());
            insert.setString(3, migration.checksum());
            insert.setObject(4, Instant.now().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
            connection.commit();
            LOG.info("journal {}: applied schema migration V{} {}", location, migration.version(), migration.description());
        } catch (SQLException e) {
            connection.rollback();
            if (!JournalErrors.DUPLICATE_KEY.equals(e.getSQLState())) {
                throw e;
            }
            // Another console sharing a desk server applied it at the same moment: check it is the same one.
            check(applied(connection), location);
        }
    }
}
