package dev.breakwater.journal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A journal's H2 JDBC URL, checked and completed: {@code WRITE_DELAY=0} is added when absent (H2's
 * default of 500 ms loses the last half second of commits on a {@code kill -9}, and the setting does
 * not persist, so it must be in the URL on every open), and settings that would break the journal's
 * promise are refused with a {@link JournalUnavailableException} saying why.
 */
final class JournalUrl {

    /** Where the database lives, which decides what the journal may do with it (compaction, locking). */
    enum Kind {
        /** An embedded file: this process owns it; compaction is ours. */
        FILE,
        /** A database in memory: tests only; nothing survives the process. */
        MEMORY,
        /** A desk server over TCP: the server owns the file and its compaction. */
        REMOTE
    }

    private static final String PREFIX = "jdbc:h2:";

    private final String url;
    private final Kind kind;
    private final String database;

    private JournalUrl(String url, Kind kind, String database) {
        this.url = url;
        this.kind = kind;
        this.database = database;
    }

    /** Checks {@code jdbcUrl} and adds {@code WRITE_DELAY=0} if it is absent. */
    static JournalUrl parse(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw refused("not an H2 journal URL (expected jdbc:h2:…): " + withoutSettings(jdbcUrl));
        }
        String[] parts = jdbcUrl.substring(PREFIX.length()).split(";");
        String database = parts[0];
        if (database.isBlank()) {
            throw refused("the journal URL names no database: " + withoutSettings(jdbcUrl));
        }
        List<String> settings = new ArrayList<>();
        boolean hasWriteDelay = false;
        for (int i = 1; i < parts.length; i++) {
            String setting = parts[i].trim();
            if (setting.isEmpty()) {
                continue;
            }
            String name = setting.contains("=") ? setting.substring(0, setting.indexOf('=')).trim().toUpperCase(Locale.ROOT) : setting;
            String value = setting.contains("=") ? setting.substring(setting.indexOf('=') + 1).trim() : "";
            switch (name) {
                case "AUTO_SERVER" -> {
                    if (value.equalsIgnoreCase("TRUE")) {
                        throw refused("AUTO_SERVER=TRUE is refused for the order journal: H2's automatic"
                                + " server listens on all network interfaces, so anyone on the network could reach the"
                                + " journal. To share a journal between consoles use desk mode (JournalServer, bound to"
                                + " loopback) instead: " + database);
                    }
                }
                case "WRITE_DELAY" -> {
                    if (!value.equals("0")) {
                        throw refused("WRITE_DELAY=" + value + " is refused for the order journal: only"
                                + " WRITE_DELAY=0 writes each commit before it returns, so an acknowledged intent survives"
                                + " a crash: " + database);
                    }
                    hasWriteDelay = true;
                }
                case "FILE_LOCK" -> {
                    if (value.equalsIgnoreCase("NO")) {
                        throw refused("FILE_LOCK=NO is refused for the order journal: two consoles"
                                + " writing one file without a lock corrupt it: " + database);
                    }
                }
                default -> {
                    // other settings are H2's business
                }
            }
            settings.add(setting);
        }
        if (!hasWriteDelay) {
            settings.add("WRITE_DELAY=0");
        }
        String url = PREFIX + database + (settings.isEmpty() ? "" : ";" + String.join(";", settings));
        return new JournalUrl(url, kindOf(database), database);
    }

    // Settings may carry a password (USER=…;PASSWORD=… is legal in a JDBC URL): never echo them.
    private static String withoutSettings(String jdbcUrl) {
        if (jdbcUrl == null) {
            return "null";
        }
        int end = jdbcUrl.length();
        for (char c : new char[] {';', '?'}) {
            int at = jdbcUrl.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return jdbcUrl.substring(0, end);
    }

    private static JournalUnavailableException refused(String message) {
        return new JournalUnavailableException(message, null);
    }

    private static Kind kindOf(String database) {
        String lower = database.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mem:")) {
            return Kind.MEMORY;
        }
        if (lower.startsWith("tcp:") || lower.startsWith("ssl:")) {
            return Kind.REMOTE;
        }
        return Kind.FILE;
    }

    /** The URL to connect with. */
    String url() {
        return url;
    }

    Kind kind() {
        return kind;
    }

    /**
     * The database file's base path (H2 adds {@code .mv.db}), absolute; only for {@link Kind#FILE}. Used
     * to tell two opens of one file in this JVM apart, and to measure and name the file in messages.
     */
    Path basePath() {
        if (kind != Kind.FILE) {
            throw new IllegalStateException("not a file journal: " + database);
        }
        String path = database.regionMatches(true, 0, "file:", 0, 5) ? database.substring(5) : database;
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Path.of(path).toAbsolutePath().normalize();
    }

    /** The {@code .mv.db} file H2 keeps the journal in; only for {@link Kind#FILE}. */
    Path dataFile() {
        Path base = basePath();
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    /** What to call the journal in messages: the file, or the server URL without settings. */
    String location() {
        return switch (kind) {
            case FILE -> dataFile().toString();
            case MEMORY -> "in-memory journal " + database;
            case REMOTE -> PREFIX + database;
        };
    }

    @Override
    public String toString() {
        return location();
    }
}
