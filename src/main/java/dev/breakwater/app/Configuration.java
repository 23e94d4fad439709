package dev.breakwater.app;

import dev.breakwater.broker.alpaca.AlpacaMarketDataClient;
import dev.breakwater.settings.BrokerMode;
import dev.breakwater.settings.SettingsFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * The operator options ({@link ConfigOption}) resolved in the one order every command uses: a flag, then
 * the environment, then {@code breakwater.properties}, then the default. A blank value counts as not set
 * at every level. Values are checked when resolved, so a mistyped port or level stops the command at once
 * with a message naming where the value came from; the keys are never quoted in a message.
 */
final class Configuration {

    static final String DEFAULT_LOG_LEVEL = "INFO";
    /** Written where a journal option has {@code {mode}}: one journal per account kind. */
    static final String MODE_PLACEHOLDER = "{mode}";
    private static final Set<String> LOG_LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");
    private static final String OFF = "off";

    /** A value and where it was found, e.g. {@code --metrics-port} or {@code settings file …: metrics.port}. */
    private record Found(String value, String where) {
    }

    private final Map<ConfigOption, Found> found;
    private final String userHome;
    private final Path configDir;
    private final Path settingsFile;
    private final Path dataDir;
    private final BrokerMode broker;
    private final Integer metricsPort;
    private final String logLevel;

    private Configuration(Map<ConfigOption, Found> found, Map<String, String> env, String userHome, Path configDir,
                          Path settingsFile) {
        this.found = found;
        this.userHome = userHome;
        this.configDir = configDir;
        this.settingsFile = settingsFile;
        this.dataDir = parse(ConfigOption.DATA_DIR, this::path, "a directory")
                .orElseGet(() -> Directories.dataDirectory(env));
        this.broker = parse(ConfigOption.BROKER, Configuration::brokerMode, "sim, paper or live").orElse(null);
        this.metricsPort = parse(ConfigOption.METRICS_PORT, Configuration::port, "a port 0-65535 (0 = any free port) or off")
                .filter(port -> port >= 0).orElse(null);
        this.logLevel = parse(ConfigOption.LOG_LEVEL, Configuration::level, "one of " + LOG_LEVELS)
                .orElse(DEFAULT_LOG_LEVEL);
    }

    /** Resolves against the process's home directory. */
    static Configuration resolve(Map<ConfigOption, String> flags, Map<String, String> env) throws IOException {
        return resolve(flags, env, System.getProperty("user.home"));
    }

    /**
     * @param flags    the command line's values (absent or null when a flag was not given)
     * @param env      the environment
     * @param userHome the home directory, for the default config directory and {@code ~/} in paths
     * @throws IllegalArgumentException naming the flag, variable or file key whose value is not valid
     * @throws IOException              when the settings file exists but cannot be read
     */
    static Configuration resolve(Map<ConfigOption, String> flags, Map<String, String> env, String userHome)
            throws IOException {
        Found configValue = first(ConfigOption.CONFIG_DIR, flags, env, Map.of(), null);
        Path configDir = configValue != null ? expand(configValue.value(), userHome)
                : SettingsFile.defaultDirectory(env, userHome);
        Path file = configDir.resolve(SettingsFile.FILE_NAME);
        Map<String, String> fileValues = SettingsFile.values(file);
        Map<ConfigOption, Found> found = new EnumMap<>(ConfigOption.class);
        for (ConfigOption option : ConfigOption.values()) {
            Found value = first(option, flags, env, fileValues, file);
            if (value != null) {
                found.put(option, value);
            }
        }
        return new Configuration(found, env, userHome, configDir, file);
    }

    private static Found first(ConfigOption option, Map<ConfigOption, String> flags, Map<String, String> env,
                               Map<String, String> fileValues, Path file) {
        String flag = flags.get(option);
        if (flag != null && !flag.isBlank()) {
            return new Found(flag.trim(), option.flag());
        }
        String variable = env.get(option.environment());
        if (variable != null && !variable.isBlank()) {
            return new Found(variable.trim(), option.environment());
        }
        String key = option.key() == null ? null : fileValues.get(option.key());
        return key == null ? null : new Found(key, "settings file " + file + ": " + option.key());
    }

    /** The option's text as resolved, before any default. */
    Optional<String> value(ConfigOption option) {
        return Optional.ofNullable(found.get(option)).map(Found::value);
    }

    /** Where {@link #value} came from: a flag, a variable or the file's key; empty when the default applies. */
    Optional<String> source(ConfigOption option) {
        return Optional.ofNullable(found.get(option)).map(Found::where);
    }

    /** The broker asked for; empty when nobody chose (then keys mean paper, no keys the simulator). */
    Optional<BrokerMode> broker() {
        return Optional.ofNullable(broker);
    }

    /** The trading API origin asked for; empty means Alpaca's paper or live one, by mode. */
    Optional<String> brokerUrl() {
        return value(ConfigOption.BROKER_URL);
    }

    String dataUrl() {
        return value(ConfigOption.DATA_URL).orElse(AlpacaMarketDataClient.DEFAULT_DATA_URL);
    }

    Optional<String> keyId() {
        return value(ConfigOption.KEY_ID);
    }

    Optional<String> secretKey() {
        return value(ConfigOption.SECRET_KEY);
    }

    Path configDir() {
        return configDir;
    }

    /** {@code breakwater.properties} in {@link #configDir()}; it need not exist. */
    Path settingsFile() {
        return settingsFile;
    }

    /** Journals and logs: {@code $XDG_DATA_HOME/breakwater} unless an option says otherwise. */
    Path dataDir() {
        return dataDir;
    }

    Path logDirectory() {
        return dataDir.resolve("logs");
    }

    /** The port to serve metrics on (0 = any free one); empty = no metrics endpoint. */
    OptionalInt metricsPort() {
        return metricsPort == null ? OptionalInt.empty() : OptionalInt.of(metricsPort);
    }

    /** TRACE, DEBUG, INFO, WARN, ERROR or OFF. */
    String logLevel() {
        return logLevel;
    }

    /**
     * The journal's JDBC URL for {@code mode}: the option with {@code {mode}} replaced by paper or live, else
     * {@code journal-paper} / {@code journal-live} in the data directory, so that a paper intent is never
     * reconciled against the live account.
     */
    String journal(BrokerMode mode) {
        String name = mode.name().toLowerCase(Locale.ROOT);
        return value(ConfigOption.JOURNAL)
                .map(text -> journalUrl(text.replace(MODE_PLACEHOLDER, name), userHome))
                .orElseGet(() -> "jdbc:h2:file:" + dataDir.resolve("journal-" + name).toAbsolutePath());
    }

    /** A JDBC URL as given; any other text is a journal file path ({@code ~/} allowed). */
    static String journalUrl(String value, String userHome) {
        return value.regionMatches(true, 0, "jdbc:", 0, 5) ? value : "jdbc:h2:file:" + expand(value, userHome);
    }

    private <T> Optional<T> parse(ConfigOption option, Function<String, T> parser, String expected) {
        Found value = found.get(option);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(value.value()));
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException(value.where() + " = '" + value.value() + "' is not valid; expected "
                    + expected, bad);
        }
    }

    private Path path(String text) {
        return expand(text, userHome);
    }

    /** {@code ~} and {@code ~/…} are the home directory (a shell would not expand them in a file); then absolute. */
    private static Path expand(String text, String userHome) {
        if (text.equals("~")) {
            return Path.of(userHome);
        }
        Path path = text.startsWith("~/") ? Path.of(userHome, text.substring(2)) : Path.of(text);
        return path.toAbsolutePath().normalize();
    }

    private static BrokerMode brokerMode(String text) {
        return BrokerMode.valueOf(text.toUpperCase(Locale.ROOT));
    }

    /** A port, or -1 for {@code off} (so that a flag or variable can turn off a port the file sets). */
    private static Integer port(String text) {
        if (text.equalsIgnoreCase(OFF)) {
            return -1;
        }
        int port = Integer.parseInt(text);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("out of range: " + port);
        }
        return port;
    }

    private static String level(String text) {
        String level = text.toUpperCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(level)) {
            throw new IllegalArgumentException(text);
        }
        return level;
    }
}
