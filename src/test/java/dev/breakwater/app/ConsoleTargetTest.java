package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.settings.BrokerMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's broker rule on resolved options: no keys → sim, keys → paper, live only when asked. */
class ConsoleTargetTest {

    private static final Map<String, String> KEYS = Map.of(AlpacaConfig.ENV_KEY_ID, "AKID",
            AlpacaConfig.ENV_SECRET_KEY, "canary-secret");

    @TempDir
    Path home;

    private ConsoleTarget resolve(Map<ConfigOption, String> flags, Map<String, String> env, String file)
            throws IOException {
        if (file != null) {
            Path directory = Files.createDirectories(home.resolve(".config/breakwater"));
            Files.writeString(directory.resolve("breakwater.properties"), file);
        }
        Map<String, String> withData = new HashMap<>(env);
        withData.put("XDG_DATA_HOME", home.resolve("data").toString());
        return ConsoleTarget.resolve(Configuration.resolve(flags, withData, home.toString()));
    }

    @Test
    void noKeysAnywhereMeansTheSimulator() throws IOException {
        ConsoleTarget target = resolve(Map.of(), Map.of(), null);
        assertThat(target.mode()).isEqualTo(BrokerMode.SIM);
        assertThat(target.journal()).isNull();
    }

    @Test
    void environmentKeysWithoutASettingsFileMeanPaper() throws IOException {
        ConsoleTarget target = resolve(Map.of(), KEYS, null);
        assertThat(target.mode()).isEqualTo(BrokerMode.PAPER);
        assertThat(target.baseUrl()).isEqualTo(AlpacaConfig.PAPER);
        assertThat(target.journal()).isEqualTo("jdbc:h2:file:" + home.resolve("data/breakwater/journal-paper"));
    }

    @Test
    void anExplicitSimChoiceInTheSettingsFileWinsOverKeys() throws IOException {
        ConsoleTarget target = resolve(Map.of(), KEYS, "broker=sim\n");
        assertThat(target.mode()).isEqualTo(BrokerMode.SIM);
    }

    @Test
    void aSettingsFileWithoutABrokerChoiceLeavesTheRuleToTheKeys() throws IOException {
        assertThat(resolve(Map.of(), KEYS, "metrics.port=9100\n").mode()).isEqualTo(BrokerMode.PAPER);
    }

    @Test
    void liveIsOnlyEverChosenExplicitlyAndHasAJournalOfItsOwn() throws IOException {
        ConsoleTarget target = resolve(Map.of(ConfigOption.BROKER, "LIVE"), KEYS, null);
        assertThat(target.mode()).isEqualTo(BrokerMode.LIVE);
        assertThat(target.baseUrl()).isEqualTo(AlpacaConfig.LIVE);
        assertThat(target.journal()).endsWith("journal-live");
    }

    @Test
    void settingsKeysServeWhenTheEnvironmentHasNone() throws IOException {
        ConsoleTarget target = resolve(Map.of(ConfigOption.BROKER_URL, "http://127.0.0.1:9"), Map.of(),
                "broker=paper\nalpaca.key_id=AK2\nalpaca.secret_key=s2\n");
        assertThat(target.mode()).isEqualTo(BrokerMode.PAPER);
        assertThat(target.keyId()).isEqualTo("AK2");
        assertThat(target.baseUrl()).isEqualTo("http://127.0.0.1:9");
    }

    @Test
    void theFilesUrlsAndJournalServePaperAndLiveEachWithItsOwnJournal() throws IOException {
        String file = "alpaca.base_url=http://127.0.0.1:7\nalpaca.data_url=http://127.0.0.1:8\n"
                + "journal=" + home.resolve("j-{mode}") + "\n";
        ConsoleTarget paper = resolve(Map.of(), KEYS, file);
        assertThat(paper.baseUrl()).isEqualTo("http://127.0.0.1:7");
        assertThat(paper.dataUrl()).isEqualTo("http://127.0.0.1:8");
        assertThat(paper.journal()).isEqualTo("jdbc:h2:file:" + home.resolve("j-paper"));
        assertThat(resolve(Map.of(ConfigOption.BROKER, "live"), KEYS, file).journal())
                .isEqualTo("jdbc:h2:file:" + home.resolve("j-live"));
    }

    @Test
    void paperWithoutKeysIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> resolve(Map.of(ConfigOption.BROKER, "paper"), Map.of(), null))
                .hasMessageContaining(AlpacaConfig.ENV_KEY_ID).hasMessageContaining("--broker sim");
    }

    @Test
    void theSecretIsNeverPrinted() throws IOException {
        ConsoleTarget target = resolve(Map.of(), KEYS, null);
        assertThat(target.toString()).doesNotContain("canary-secret");
    }
}
