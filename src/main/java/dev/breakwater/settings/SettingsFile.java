package dev.breakwater.settings;

import dev.breakwater.domain.PrecautionLimits;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The console's settings file, {@code breakwater.properties} (Java properties format) in
 * {@link #defaultDirectory()}.
 *
 * <p>It can hold the Alpaca secret, so it is only ever written whole, through a temporary file that is
 * created 0600 in the same directory and then moved over the old one: no moment exists in which the
 * secret sits in a file others can read, and a crash leaves the old file or the new one, never half of
 * one. The directory is created 0700.
 *
 * <p>A value that cannot be read stops the load with an error naming the key and the file: silently
 * falling back to a default could turn off a precaution the trader set. A missing key takes its default.
 * Keys this class does not know (other tools add their own, issue #8) are kept on save.
 */
public final class SettingsFile {

    public static final String FILE_NAME = "breakwater.properties";

    public static final String BROKER = "broker";
    public static final String KEY_ID = "alpaca.key_id";
    public static final String SECRET_KEY = "alpaca.secret_key";
    public static final String MAX_QTY = "precautions.max_qty";
    public static final String MAX_ORDER_VALUE = "precautions.max_order_value";
    public static final String MAX_PERCENT_FROM_LAST = "precautions.max_percent_from_last";
    public static final String REVIEW = "ticket.review";
    public static final String THEME = "theme";

    // Operator options: read by the command line's configuration resolver, never written by the console
    // (kept on save like any key it does not know). README "Configuration" lists them with their flags.
    public static final String BASE_URL = "alpaca.base_url";
    public static final String DATA_URL = "alpaca.data_url";
    public static final String JOURNAL = "journal";
    public static final String DATA_DIR = "data_dir";
    public static final String METRICS_PORT = "metrics.port";
    public static final String LOG_LEVEL = "log.level";

    /** The keys this class reads and writes, in the order they are written. */
    public static final List<String> KEYS = List.of(BROKER, KEY_ID, SECRET_KEY, MAX_QTY, MAX_ORDER_VALUE,
            MAX_PERCENT_FROM_LAST, REVIEW, THEME);

    private static final String HEADER = """
            # Breakwater console settings. Written by the console's Settings screen; keys other tools add are kept.
            # May hold the Alpaca secret key: the console keeps this file readable by its owner only (0600).
            # broker: sim | paper | live    precautions.*: a positive number, empty = off
            # ticket.review: true | false   theme: dark | light
            # Also read (see the README's Configuration section): alpaca.base_url, alpaca.data_url, journal,
            # data_dir, metrics.port, log.level.
            """;

    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwx------");

    private SettingsFile() {
    }

    /** {@code $XDG_CONFIG_HOME/breakwater} when that is set (and absolute), else {@code ~/.config/breakwater}. */
    public static Path defaultDirectory() {
        return defaultDirectory(System.getenv(), System.getProperty("user.home"));
    }

    /** {@link #defaultDirectory()} for the given environment and home directory. */
    public static Path defaultDirectory(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "breakwater");
        }
        return Path.of(userHome, ".config", "breakwater");
    }

    /** {@link #FILE_NAME} in {@link #defaultDirectory()}. */
    public static Path defaultFile() {
        return defaultDirectory().resolve(FILE_NAME);
    }

    /**
     * Reads the settings; a missing file gives {@link ConsoleSettings#defaults()}.
     *
     * @throws IllegalArgumentException for a value that cannot be read, naming the key and the file
     * @throws IOException              when the file exists but cannot be read
     */
    public static ConsoleSettings load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return ConsoleSettings.defaults();
        }
        Properties values = read(file);
        ConsoleSettings defaults = ConsoleSettings.defaults();
        PrecautionLimits limits = defaults.precautions();
        return new ConsoleSettings(
                value(values, file, BROKER, defaults.broker(), SettingsFile::brokerMode, "sim, paper or live"),
                text(values, KEY_ID, defaults.keyId()),
                text(values, SECRET_KEY, defaults.secretKey()),
                new PrecautionLimits(
                        value(values, file, MAX_QTY, limits.maxQty(), LimitText::parse, LimitText.RULE),
                        value(values, file, MAX_ORDER_VALUE, limits.maxOrderValue(), LimitText::parse, LimitText.RULE),
                        value(values, file, MAX_PERCENT_FROM_LAST, limits.maxPercentFromLast(), LimitText::parse,
                                LimitText.RULE)),
                value(values, file, REVIEW, defaults.reviewBeforeSend(), SettingsFile::bool, "true or false"),
                value(values, file, THEME, defaults.darkTheme(), SettingsFile::darkTheme, "dark or light"));
    }

    /**
     * Every key of the file with its trimmed value, blank values left out (a blank value means "not set"),
     * unchecked: the caller knows what each key must hold. A missing file gives an empty map.
     *
     * @throws IllegalArgumentException when the file is not in properties format, naming the file
     * @throws IOException              when the file exists but cannot be read
     */
    public static Map<String, String> values(Path file) throws IOException {
        Map<String, String> values = new TreeMap<>();
        if (Files.exists(file)) {
            read(file).forEach((key, value) -> {
                String text = ((String) value).trim();
                if (!text.isEmpty()) {
                    values.put((String) key, text);
                }
            });
        }
        return values;
    }

    /**
     * Writes {@code settings} to {@code file} atomically with mode 0600, keeping the keys of the file's
     * current version that this class does not know.
     */
    public static void save(Path file, ConsoleSettings settings) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        boolean posix = createDirectory(directory);
        Map<String, String> lines = new LinkedHashMap<>(known(settings));
        if (Files.exists(absolute)) {
            Map<String, String> others = new TreeMap<>();
            read(absolute).forEach((key, value) -> {
                if (!KEYS.contains((String) key)) {
                    others.put((String) key, (String) value);
                }
            });
            lines.putAll(others);
        }
        byte[] bytes = (HEADER + PropertiesText.lines(lines)).getBytes(StandardCharsets.US_ASCII);
        FileAttribute<?>[] mode = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_MODE)}
                : new FileAttribute<?>[0];
        Path temporary = Files.createTempFile(directory, "." + FILE_NAME + "-", ".tmp", mode);
        try {
            if (posix) {
                Files.setPosixFilePermissions(temporary, FILE_MODE); // whatever the umask did
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            if (posix) {
                Files.setPosixFilePermissions(absolute, FILE_MODE);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Map<String, String> known(ConsoleSettings settings) {
        PrecautionLimits limits = settings.precautions();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(BROKER, settings.broker().name().toLowerCase(Locale.ROOT));
        values.put(KEY_ID, settings.keyId() == null ? "" : settings.keyId());
        values.put(SECRET_KEY, settings.secretKey() == null ? "" : settings.secretKey());
        values.put(MAX_QTY, LimitText.format(limits.maxQty()));
        values.put(MAX_ORDER_VALUE, LimitText.format(limits.maxOrderValue()));
        values.put(MAX_PERCENT_FROM_LAST, LimitText.format(limits.maxPercentFromLast()));
        values.put(REVIEW, Boolean.toString(settings.reviewBeforeSend()));
        values.put(THEME, settings.darkTheme() ? "dark" : "light");
        return values;
    }

    /** Creates the directory 0700 if it is missing; true when the file system has POSIX permissions. */
    private static boolean createDirectory(Path directory) throws IOException {
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(directory)) {
            Path parent = directory.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (posix) {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(DIRECTORY_MODE));
                Files.setPosixFilePermissions(directory, DIRECTORY_MODE);
            } else {
                Files.createDirectory(directory);
            }
        }
        return posix;
    }

    private static Properties read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Properties values = new Properties();
        try (Reader reader = new StringReader(text)) {
            values.load(reader);
        } catch (IllegalArgumentException malformed) {
            throw new IllegalArgumentException("settings file " + file + " cannot be read: " + malformed.getMessage(),
                    malformed);
        }
        return values;
    }

    private static String text(Properties values, String key, String fallback) {
        String value = values.getProperty(key);
        if (value == null) {
            return fallback;
        }
        return value.isBlank() ? null : value.trim();
    }

    private static <T> T value(Properties values, Path file, String key, T fallback, Function<String, T> parse,
                               String expected) {
        String text = values.getProperty(key);
        if (text == null) {
            return fallback;
        }
        try {
            return parse.apply(text.trim());
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("settings file " + file + ": " + key + " = '" + text.trim()
                    + "' is not valid; expected " + expected, bad);
        }
    }

    private static BrokerMode brokerMode(String text) {
        return BrokerMode.valueOf(text.toUpperCase(Locale.ROOT));
    }

    private static Boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }

    private static Boolean darkTheme(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "dark" -> true;
            case "light" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }
}
