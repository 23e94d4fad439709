package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breakwater.broker.alpaca.AlpacaMarketDataClient;
import dev.breakwater.settings.BrokerMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Flag, then environment, then settings file, then default: for every option, in one place. */
class ConfigurationTest {

    @TempDir
    Path home;

    /** Three valid values per option, for the flag, the variable and the file. */
    private static String[] samples(ConfigOption option) {
        return switch (option) {
            case BROKER -> new String[] {"live", "paper", "sim"};
            case BROKER_URL, DATA_URL -> new String[] {"http://127.0.0.1:1", "http://127.0.0.1:2", "http://127.0.0.1:3"};
            case KEY_ID, SECRET_KEY -> new String[] {"from-flag", "from-env", "from-file"};
            case JOURNAL -> new String[] {"jdbc:h2:file:/flag", "jdbc:h2:file:/env", "jdbc:h2:file:/file"};
            case DATA_DIR, CONFIG_DIR -> new String[] {"/flag", "/env", "/file"};
            case METRICS_PORT -> new String[] {"9101", "9102", "9103"};
            case LOG_LEVEL -> new String[] {"DEBUG", "WARN", "ERROR"};
        };
    }

    /** Resolves with {@code file} as the default settings file's content; null: no file. */
    private Configuration resolve(Map<ConfigOption, String> flags, Map<String, String> env, String file)
            throws IOException {
        Path settings = Files.createDirectories(home.resolve(".config/breakwater")).resolve("breakwater.properties");
        if (file == null) {
            Files.deleteIfExists(settings);
        } else {
            Files.writeString(settings, file);
        }
        return Configuration.resolve(flags, env, home.toString());
    }

    @ParameterizedTest
    @EnumSource(ConfigOption.class)
    void theFlagWinsOverTheEnvironmentWhichWinsOverTheFile(ConfigOption option) throws IOException {
        String[] values = samples(option);
        String file = option.key() == null ? null : option.key() + "=" + values[2] + "\n";
        Map<ConfigOption, String> flags = option.flag() == null ? Map.of() : Map.of(option, values[0]);
        Map<String, String> env = Map.of(option.environment(), values[1]);

        if (option.flag() != null) {
            assertThat(resolve(flags, env, file).value(option)).as("flag").hasValue(values[0]);
            assertThat(resolve(flags, env, file).source(option)).hasValue(option.flag());
        }
        assertThat(resolve(Map.of(), env, file).value(option)).as("environment").hasValue(values[1]);
        assertThat(resolve(Map.of(), env, file).source(option)).hasValue(option.environment());
        if (option.key() != null) {
            assertThat(resolve(Map.of(), Map.of(), file).value(option)).as("file").hasValue(values[2]);
            assertThat(resolve(Map.of(), Map.of(), file).source(option).orElseThrow()).endsWith(": " + option.key());
        }
        assertThat(resolve(Map.of(), Map.of(), null).value(option)).as("nothing set").isEmpty();
    }

    @Test
    void aBlankValueCountsAsNotSet() throws IOException {
        Configuration config = resolve(new EnumMap<>(Map.of(ConfigOption.LOG_LEVEL, " ")),
                Map.of("BREAKWATER_LOG_LEVEL", ""), "log.level=warn\n");
        assertThat(config.logLevel()).isEqualTo("WARN");
    }

    @Test
    void defaultsWhenNothingIsSet() throws IOException {
        Configuration config = resolve(Map.of(), Map.of("XDG_DATA_HOME", "/xdg/data"), null);
        assertThat(config.broker()).isEmpty();
        assertThat(config.brokerUrl()).isEmpty();
        assertThat(config.dataUrl()).isEqualTo(AlpacaMarketDataClient.DEFAULT_DATA_URL);
        assertThat(config.metricsPort()).isEmpty();
        assertThat(config.logLevel()).isEqualTo("INFO");
        assertThat(config.configDir()).isEqualTo(home.resolve(".config/breakwater"));
        assertThat(config.settingsFile()).isEqualTo(home.resolve(".config/breakwater/breakwater.properties"));
        assertThat(config.dataDir()).isEqualTo(Path.of("/xdg/data/breakwater"));
        assertThat(config.logDirectory()).isEqualTo(Path.of("/xdg/data/breakwater/logs"));
        assertThat(config.journal(BrokerMode.PAPER)).isEqualTo("jdbc:h2:file:/xdg/data/breakwater/journal-paper");
        assertThat(config.journal(BrokerMode.LIVE)).isEqualTo("jdbc:h2:file:/xdg/data/breakwater/journal-live");
    }

    @Test
    void theConfigDirectoryFlagDecidesWhichFileIsRead() throws IOException {
        Path elsewhere = Files.createDirectories(home.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("breakwater.properties"), "metrics.port=9200\n");
        String file = "metrics.port=9100\n";

        assertThat(resolve(Map.of(ConfigOption.CONFIG_DIR, elsewhere.toString()), Map.of(), file).metricsPort())
                .isEqualTo(OptionalInt.of(9200));
        assertThat(resolve(Map.of(), Map.of("BREAKWATER_CONFIG_DIR", elsewhere.toString()), file).metricsPort())
                .isEqualTo(OptionalInt.of(9200));
        assertThat(resolve(Map.of(), Map.of("XDG_CONFIG_HOME", home.toString()), file).settingsFile())
                .isEqualTo(home.resolve("breakwater/breakwater.properties"));
        assertThat(resolve(Map.of(), Map.of(), file).metricsPort()).isEqualTo(OptionalInt.of(9100));
    }

    @Test
    void offTurnsOffAPortTheFileSets() throws IOException {
        assertThat(resolve(Map.of(), Map.of("BREAKWATER_METRICS_PORT", "off"), "metrics.port=9100\n").metricsPort())
                .isEmpty();
        assertThat(resolve(Map.of(ConfigOption.METRICS_PORT, "0"), Map.of(), null).metricsPort())
                .isEqualTo(OptionalInt.of(0));
    }

    @Test
    void theDataDirectoryHoldsJournalsAndLogsAndTakesATilde() throws IOException {
        Configuration config = resolve(Map.of(), Map.of(), "data_dir=~/trading\njournal=~/j/{mode}.db\n");
        assertThat(config.dataDir()).isEqualTo(home.resolve("trading"));
        assertThat(config.logDirectory()).isEqualTo(home.resolve("trading/logs"));
        assertThat(config.journal(BrokerMode.LIVE)).isEqualTo("jdbc:h2:file:" + home.resolve("j/live.db"));
        assertThat(resolve(Map.of(ConfigOption.DATA_DIR, "/d"), Map.of("BREAKWATER_DATA_DIR", "/e"), null).dataDir())
                .isEqualTo(Path.of("/d"));
    }

    @Test
    void aValueThatIsNotValidNamesWhereItCameFrom() throws IOException {
        assertThatThrownBy(() -> resolve(Map.of(), Map.of(), "metrics.port=ninety\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("settings file").hasMessageContaining("metrics.port = 'ninety'")
                .hasMessageContaining("0-65535");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("BREAKWATER_LOG_LEVEL", "loud"), null))
                .hasMessageContaining("BREAKWATER_LOG_LEVEL = 'loud'").hasMessageContaining("DEBUG");
        assertThatThrownBy(() -> resolve(Map.of(ConfigOption.METRICS_PORT, "70000"), Map.of(), null))
                .hasMessageContaining("--metrics-port");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("BREAKWATER_BROKER", "real"), null))
                .hasMessageContaining("BREAKWATER_BROKER").hasMessageContaining("sim, paper or live");
    }

    @Test
    void keysComeFromTheEnvironmentOrTheFileAndHaveNoFlag() throws IOException {
        assertThat(ConfigOption.SECRET_KEY.flag()).isNull();
        assertThat(ConfigOption.KEY_ID.flag()).isNull();
        Map<String, String> env = new HashMap<>(Map.of("APCA_API_KEY_ID", "ENVKEYID"));
        Configuration config = resolve(Map.of(), env, "alpaca.key_id=FILEKEYID\nalpaca.secret_key=file-secret\n");
        assertThat(config.keyId()).hasValue("ENVKEYID");
        assertThat(config.secretKey()).hasValue("file-secret");
    }

    @Test
    void theOperatorKeysSurviveTheSettingsScreenSavingTheFile() throws IOException {
        String operatorKeys = "alpaca.base_url=http://127.0.0.1:5\nalpaca.data_url=http://127.0.0.1:6\n"
                + "journal=jdbc:h2:file:/j/{mode}\ndata_dir=/data\nmetrics.port=9300\nlog.level=debug\n";
        Configuration before = resolve(Map.of(), Map.of(), "broker=paper\n" + operatorKeys);
        dev.breakwater.settings.SettingsFile.save(before.settingsFile(),
                dev.breakwater.settings.SettingsFile.load(before.settingsFile()).withDarkTheme(false));

        Configuration after = Configuration.resolve(Map.of(), Map.of(), home.toString());
        for (ConfigOption option : ConfigOption.values()) {
            assertThat(after.value(option)).as(option.name()).isEqualTo(before.value(option));
        }
        assertThat(after.metricsPort()).isEqualTo(OptionalInt.of(9300));
        assertThat(after.logLevel()).isEqualTo("DEBUG");
        assertThat(after.journal(BrokerMode.PAPER)).isEqualTo("jdbc:h2:file:/j/paper");
    }

    @ParameterizedTest
    @EnumSource(ConfigOption.class)
    void theReadmesConfigurationTableListsEveryOptionWithItsFlagVariableAndKey(ConfigOption option)
            throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## Configuration\n");
        assertThat(start).as("README has a Configuration section").isPositive();
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        String row = section.lines().filter(line -> line.contains("| `" + option.environment() + "` |"))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + option.environment()));
        if (option.flag() != null) {
            assertThat(row).contains("| `" + option.flag());
        }
        if (option.key() != null) {
            assertThat(row).contains("| `" + option.key() + "` |");
        }
    }
}
