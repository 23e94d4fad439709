package dev.breakwater.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens connections to a journal database and checks what H2 would otherwise let slip: a file journal
 * that H2 quietly opened read-only.
 *
 * <p>A failed open never touches the existing file: nothing here deletes, renames or re-creates it.
 * A missing file is a first start and H2 creates it.
 */
final class JournalDatabase {

    static {
        // H2 reads h2.bindAddress once, when its SysProperties class loads, and binds every TCP server
        // to it; without it the desk server would listen on all interfaces. This class is where the
        // journal first touches H2, so setting it here (unless the user set it) comes early enough.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private JournalDatabase() {
    }

    /** Makes sure H2 binds servers to loopback; call before any other H2 class is used. */
    static void init() {
        // the static initialiser does the work
    }

    /** A new connection with auto-commit off, checked to be writable. */
    static Connection connect(JournalUrl url) {
        if (url.kind() == JournalUrl.Kind.FILE) {
            createParentDirectory(url);
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection(url.url(), "", "");
        } catch (SQLException e) {
            throw JournalErrors.onOpen(url, e);
        }
        try {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            // H2 opens a file it may not write read-only without complaint; the journal must fail now,
            // not at the pre-send commit of the first order.
            if (connection.isReadOnly() || databaseIsReadOnly(connection)) {
                throw JournalErrors.unwritable(url.location(), null);
            }
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw JournalErrors.onOpen(url, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static boolean databaseIsReadOnly(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("CALL READONLY()")) {
            result.next();
            boolean readOnly = result.getBoolean(1);
            connection.commit();
            return readOnly;
        }
    }

    private static void createParentDirectory(JournalUrl url) {
        Path parent = url.basePath().getParent();
        if (parent == null || Files.isDirectory(parent)) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw JournalErrors.unwritable(url.location(), e);
        }
    }

    static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a broken connection: nothing left to save
        }
    }
}
