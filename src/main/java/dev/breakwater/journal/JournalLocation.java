package dev.breakwater.journal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a console keeps its journal by default: the user's data directory, which survives re-installs
 * and is not shared with other users. Linux follows the XDG base directory rule.
 */
final class JournalLocation {

    /** The journal's file name without H2's {@code .mv.db} suffix. */
    static final String FILE_NAME = "journal";

    private JournalLocation() {
    }

    /** The base path of the default journal file for this user and operating system. */
    static Path defaultBasePath(String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path dataDir;
        if (os.contains("win")) {
            String localAppData = env.get("LOCALAPPDATA");
            dataDir = nonBlank(localAppData) ? Path.of(localAppData, "Breakwater")
                    : Path.of(userHome, "AppData", "Local", "Breakwater");
        } else if (os.contains("mac")) {
            dataDir = Path.of(userHome, "Library", "Application Support", "Breakwater");
        } else {
            String xdg = env.get("XDG_DATA_HOME");
            // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
            dataDir = nonBlank(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg, "breakwater")
                    : Path.of(userHome, ".local", "share", "breakwater");
        }
        return dataDir.resolve(FILE_NAME);
    }

    /** The default journal URL of this process's user. */
    static String defaultUrl() {
        Path base = defaultBasePath(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
        return "jdbc:h2:file:" + base.toAbsolutePath().toString().replace('\\', '/') + ";WRITE_DELAY=0";
    }

    private static boolean nonBlank(String value) {
        return value != null && !value.isBlank();
    }
}
