package dev.breakwater.app;

import dev.breakwater.journal.H2OrderJournal;
import dev.breakwater.journal.JournalUnavailableException;
import dev.breakwater.settings.BrokerMode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The journal an operator command works on: a JDBC URL, and the {@code .mv.db} file behind it when it is
 * an embedded file (not a desk server, not memory). Opening it never creates one: an operator who
 * mistypes a path must hear so, not read an empty journal that then sits beside the real one.
 */
final class JournalFile {

    private static final String H2_PREFIX = "jdbc:h2:";
    private static final String DATA_SUFFIX = ".mv.db";
    // H2's "database may be already in use" (ErrorCode.DATABASE_ALREADY_OPEN_1).
    private static final int ALREADY_OPEN = 90020;

    private final String url;
    private final Path dataFile;

    private JournalFile(String url, Path dataFile) {
        this.url = url;
        this.dataFile = dataFile;
    }

    /** {@code --journal}: a JDBC URL as {@link H2OrderJournal#open} takes it, or the file's path (with or without {@code .mv.db}). */
    static JournalFile of(String urlOrPath) {
        String value = urlOrPath.trim();
        if (value.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return new JournalFile(value, dataFileOf(value));
        }
        String path = value.endsWith(DATA_SUFFIX) ? value.substring(0, value.length() - DATA_SUFFIX.length()) : value;
        Path base = Path.of(path).toAbsolutePath().normalize();
        return new JournalFile(H2_PREFIX + "file:" + base, base.resolveSibling(base.getFileName() + DATA_SUFFIX));
    }

    /**
     * The console's journal for {@code mode}, named exactly as {@link ConsoleTarget#resolve} names it
     * (which needs API keys; reading a journal does not). {@code JournalCommandTest} holds the two together.
     */
    static JournalFile ofConsole(BrokerMode mode, Path dataDir) {
        if (mode == BrokerMode.SIM) {
            throw new IllegalArgumentException("the simulator keeps no journal between runs");
        }
        return of(H2_PREFIX + "file:" + dataDir.resolve("journal-" + mode.name().toLowerCase(Locale.ROOT)).toAbsolutePath());
    }

    // The .mv.db file of an embedded URL; null for a server or an in-memory database.
    private static Path dataFileOf(String jdbcUrl) {
        if (!jdbcUrl.regionMatches(true, 0, H2_PREFIX, 0, H2_PREFIX.length())) {
            return null; // not H2: the journal refuses it with its own message
        }
        String database = jdbcUrl.substring(H2_PREFIX.length()).split(";", 2)[0];
        String lower = database.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:")) {
            return null;
        }
        String path = lower.startsWith("file:") ? database.substring(5) : database;
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        Path base = Path.of(path).toAbsolutePath().normalize();
        return base.resolveSibling(base.getFileName() + DATA_SUFFIX);
    }

    /** The URL as it will be opened. */
    String url() {
        return url;
    }

    /** What to call the journal in messages: the file, or the URL without its settings (they may hold a password). */
    String describe() {
        return dataFile != null ? dataFile.toString() : url.split("[;?]", 2)[0];
    }

    /**
     * The URL to open with, after checking that the file exists; {@code IFEXISTS=TRUE} is added for a file
     * too, so that even a file deleted between the check and the open is not recreated empty.
     *
     * @throws JournalCommandFailure when there is no such file
     */
    String existingUrl() {
        if (dataFile == null) {
            return url;
        }
        if (!Files.isRegularFile(dataFile)) {
            throw new JournalCommandFailure("no journal at " + dataFile + " (none was created): the console creates"
                    + " it on its first start in that mode; pass --journal for another file");
        }
        return url.toUpperCase(Locale.ROOT).contains(";IFEXISTS=") ? url : url + ";IFEXISTS=TRUE";
    }

    /** Opens the existing journal, or fails with one line saying why. */
    H2OrderJournal open() {
        String existing = existingUrl();
        try {
            return H2OrderJournal.open(existing);
        } catch (JournalUnavailableException e) {
            throw explain(e);
        }
    }

    /** The journal's own message, or, when another process (or this one) holds the file, what to do about it. */
    JournalCommandFailure explain(JournalUnavailableException e) {
        if (dataFile != null && (hasErrorCode(e, ALREADY_OPEN) || locked(dataFile))) {
            return new JournalCommandFailure("the journal " + dataFile + " is open in a running Breakwater console"
                    + " (one process at a time); close that console first, or copy the file and pass the copy with"
                    + " --journal", e);
        }
        return new JournalCommandFailure(e.getMessage(), e);
    }

    private static boolean hasErrorCode(Throwable error, int code) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == code) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a file lock is held on {@code file}: H2 locks its file for as long as a process has the
     * database open. A shared lock needs only read access and is released at once.
     */
    private static boolean locked(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException sameProcess) {
            return true;
        } catch (IOException unreadable) {
            return false;
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
