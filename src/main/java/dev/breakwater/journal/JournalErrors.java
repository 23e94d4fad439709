package dev.breakwater.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Turns H2's errors into messages a trader can act on: which journal, what is wrong, what to do. No
 * message ever suggests deleting the journal: that would forget what was sent.
 */
final class JournalErrors {

    // H2's ErrorCode constants, repeated here so the messages read on their own.
    static final int DATABASE_ALREADY_OPEN = 90020;
    static final int FILE_CORRUPTED = 90030;
    static final int FILE_VERSION_ERROR = 90048;
    static final int FILE_ENCRYPTION_ERROR = 90049;
    static final int DATABASE_IS_READ_ONLY = 90097;
    static final int IO_EXCEPTION = 90028;
    static final int IO_EXCEPTION_2 = 90031;
    static final int FILE_CREATION_FAILED = 90062;
    static final int CONNECTION_BROKEN = 90067;
    static final int DATABASE_NOT_FOUND = 90013;
    static final int DATABASE_NOT_FOUND_WITH_IF_EXISTS = 90146;
    static final int DATABASE_CALLED_AT_SHUTDOWN = 90121;
    static final int OBJECT_CLOSED = 90007;
    static final int GENERAL_ERROR = 50000;

    // Below this much free space an I/O error at open is more likely a full disk than a damaged file.
    private static final long MIN_FREE_BYTES = 16L * 1024 * 1024;

    /** SQLState of a unique or primary key violation, the same in H2 and PostgreSQL. */
    static final String DUPLICATE_KEY = "23505";

    private JournalErrors() {
    }

    /** The journal is in use by another console. */
    static JournalUnavailableException inUse(String location, Throwable cause) {
        return new JournalUnavailableException("journal " + location + " is in use by another Breakwater"
                + " (close it, or use desk mode to share one journal between consoles)", cause);
    }

    /**
     * What went wrong while opening a file journal. H2 reports a file too short to hold its header as
     * an I/O error, like a file it may not write; the file system tells the two apart.
     */
    static JournalUnavailableException onOpen(JournalUrl url, SQLException e) {
        int code = e.getErrorCode();
        if (url.kind() == JournalUrl.Kind.FILE && (code == IO_EXCEPTION || code == IO_EXCEPTION_2)
                && looksWritable(url.dataFile())) {
            return damaged(url.location(), e);
        }
        return onOpen(url.location(), e);
    }

    private static boolean looksWritable(Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            return Files.isRegularFile(file) && Files.isReadable(file) && Files.isWritable(file)
                    && Files.isWritable(folder) && Files.getFileStore(folder).getUsableSpace() > MIN_FREE_BYTES;
        } catch (IOException e) {
            return false;
        }
    }

    /** What went wrong while opening the journal. */
    static JournalUnavailableException onOpen(String location, SQLException e) {
        return switch (e.getErrorCode()) {
            case DATABASE_ALREADY_OPEN -> inUse(location, e);
            case FILE_CORRUPTED, FILE_ENCRYPTION_ERROR, GENERAL_ERROR -> damaged(location, e);
            case FILE_VERSION_ERROR -> new JournalUnavailableException("journal " + location + " was written in a"
                    + " format this build of H2 cannot read; it was left untouched. Open it with the Breakwater"
                    + " version that wrote it, or move it aside to start a new one (orders it recorded will then be"
                    + " reconciled from the broker)", e);
            case DATABASE_IS_READ_ONLY, IO_EXCEPTION, IO_EXCEPTION_2, FILE_CREATION_FAILED -> unwritable(location, e);
            case CONNECTION_BROKEN, DATABASE_NOT_FOUND, DATABASE_NOT_FOUND_WITH_IF_EXISTS ->
                    new JournalUnavailableException("journal server " + location + " is not reachable or does not"
                            + " serve this journal (" + e.getMessage() + "): start the desk server, or check its address", e);
            default -> new JournalUnavailableException("journal " + location + " could not be opened; it was left"
                    + " untouched (H2 error " + e.getErrorCode() + ": " + e.getMessage() + ")", e);
        };
    }

    /** What went wrong while reading or writing an open journal. */
    static JournalUnavailableException onUse(String location, String action, SQLException e) {
        return switch (e.getErrorCode()) {
            case DATABASE_IS_READ_ONLY, IO_EXCEPTION, IO_EXCEPTION_2, FILE_CREATION_FAILED -> unwritable(location, e);
            case FILE_CORRUPTED -> damaged(location, e);
            default -> new JournalUnavailableException("journal " + location + " failed while " + action
                    + " (H2 error " + e.getErrorCode() + ", SQLState " + e.getSQLState() + ": " + e.getMessage() + ")", e);
        };
    }

    static JournalUnavailableException damaged(String location, Throwable cause) {
        return new JournalUnavailableException("journal " + location + " is damaged; it was left untouched; restore"
                + " it from backup or move it aside to start a new one (orders it recorded will then be reconciled"
                + " from the broker)", cause);
    }

    static JournalUnavailableException unwritable(String location, Throwable cause) {
        return new JournalUnavailableException("journal " + location + " cannot be written (read-only file or folder,"
                + " or a full disk): make it writable, or free space; nothing can be sent until then", cause);
    }

    /** True when the connection itself is gone, so the next call should open a new one. */
    static boolean connectionLost(SQLException e) {
        int code = e.getErrorCode();
        return code == CONNECTION_BROKEN || code == DATABASE_CALLED_AT_SHUTDOWN || code == OBJECT_CLOSED;
    }
}
