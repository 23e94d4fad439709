package dev.breakwater.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationsTest {

    @TempDir
    Path dir;

    @Test
    void migrationsAreAppliedOnceWithTheirChecksum() throws Exception {
        H2OrderJournal.open(Requests.fileUrl(dir)).close();
        List<String> first = versions();
        H2OrderJournal.open(Requests.fileUrl(dir)).close();

        assertThat(versions()).isEqualTo(first)
                .containsExactly("1 intents " + SchemaMigrations.ALL.get(0).checksum(),
                        "2 lean_hot_path " + SchemaMigrations.ALL.get(1).checksum());
    }

    @Test
    void anAppliedMigrationThatChangedIsRefused() throws Exception {
        H2OrderJournal.open(Requests.fileUrl(dir)).close();
        execute("UPDATE schema_version SET checksum = 'edited' WHERE version = 1");

        assertThatThrownBy(() -> H2OrderJournal.open(Requests.fileUrl(dir)))
                .isInstanceOf(JournalUnavailableException.class)
                .hasMessageContaining(Requests.dataFile(dir).toString())
                .hasMessageContaining("migration V1 with different content");
    }

    @Test
    void aJournalFromANewerBuildIsRefused() throws Exception {
        H2OrderJournal.open(Requests.fileUrl(dir)).close();
        execute("INSERT INTO schema_version VALUES (99, 'future', 'x', CURRENT_TIMESTAMP)");

        assertThatThrownBy(() -> H2OrderJournal.open(Requests.fileUrl(dir)))
                .isInstanceOf(JournalUnavailableException.class)
                .hasMessageContaining("schema version 99, newer than this build knows (2)");
    }

    @Test
    void aMigrationInterruptedBeforeItsVersionRowRunsAgainHarmlessly() throws Exception {
        H2OrderJournal.open(Requests.fileUrl(dir)).close();
        // As after a crash between the DDL (committed implicitly by H2) and the version row.
        execute("DELETE FROM schema_version");

        try (H2OrderJournal journal = H2OrderJournal.open(Requests.fileUrl(dir))) {
            journal.createIfAbsent("t", "PA", Requests.limitBuy(), IntentState.PENDING);
        }
        assertThat(versions()).hasSize(2);
        assertThat(leanSchema()).isTrue();
    }

    @Test
    void aJournalOfTheFirstSchemaLosesWhatTheOrderPathNoLongerWrites() throws Exception {
        try (Connection c = DriverManager.getConnection(Requests.fileUrl(dir) + ";WRITE_DELAY=0")) {
            c.setAutoCommit(false);
            new SchemaMigrations(SchemaMigrations.ALL.subList(0, 1)).migrate(c, "v1 only");
        }
        assertThat(leanSchema()).isFalse();

        try (H2OrderJournal journal = H2OrderJournal.open(Requests.fileUrl(dir))) {
            journal.createIfAbsent("t", "PA", Requests.limitBuy(), IntentState.SENDING);
        }

        assertThat(versions()).hasSize(2);
        assertThat(leanSchema()).isTrue();
    }

    /** No foreign key (nor its index) and no index on intent_events.at: what V2 drops. */
    private boolean leanSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(Requests.fileUrl(dir));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                     + " WHERE CONSTRAINT_TYPE = 'FOREIGN KEY') + (SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES"
                     + " WHERE INDEX_NAME IN ('INTENT_EVENTS_AT', 'CONSTRAINT_INDEX_6'))")) {
            r.next();
            return r.getInt(1) == 0;
        }
    }

    @Test
    void scriptsSplitIntoStatementsWithoutComments() {
        Migration v1 = SchemaMigrations.ALL.get(0);

        assertThat(v1.statements()).hasSize(7).noneMatch(s -> s.contains("--") || s.endsWith(";"));
        assertThat(v1.statements().get(0)).startsWith("CREATE TABLE IF NOT EXISTS intents");
    }

    private List<String> versions() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(Requests.fileUrl(dir));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version, description, checksum FROM schema_version ORDER BY version")) {
            while (r.next()) {
                rows.add(r.getInt(1) + " " + r.getString(2) + " " + r.getString(3));
            }
        }
        return rows;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(Requests.fileUrl(dir) + ";WRITE_DELAY=0");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
