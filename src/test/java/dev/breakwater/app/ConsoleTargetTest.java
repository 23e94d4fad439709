package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.settings.BrokerMode;
import dev.breakwater.settings.ConsoleSettings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleTargetTest {

    private static final Path DATA = Path.of("/tmp/bw-data");
    private static final Map<String, String> KEYS = Map.of(AlpacaConfig.ENV_KEY_ID, "AKID",
            AlpacaConfig.ENV_SECRET_KEY, "canary-secret");

    @Test
    void noKeysAnywhereMeansTheSimulator() {
        ConsoleTarget target = ConsoleTarget.resolve(null, null, ConsoleSettings.defaults(), false, Map.of(), DATA);
        assertThat(target.mode()).isEqualTo(BrokerMode.SIM);
        assertThat(target.journal()).isNull();
    }

    @Test
    void environmentKeysWithoutASettingsFileMeanPaper() {
        ConsoleTarget target = ConsoleTarget.resolve(null, null, ConsoleSettings.defaults(), false, KEYS, DATA);
        assertThat(target.mode()).isEqualTo(BrokerMode.PAPER);
        assertThat(target.baseUrl()).isEqualTo(AlpacaConfig.PAPER);
        assertThat(target.journal()).endsWith("journal-paper");
    }

    @Test
    void anExplicitSimChoiceInTheSettingsFileWinsOverKeys() {
        ConsoleTarget target = ConsoleTarget.resolve(null, null, ConsoleSettings.defaults(), true, KEYS, DATA);
        assertThat(target.mode()).isEqualTo(BrokerMode.SIM);
    }

    @Test
    void liveIsOnlyEverChosenExplicitlyAndHasAJournalOfItsOwn() {
        ConsoleTarget target = ConsoleTarget.resolve(BrokerMode.LIVE, null, ConsoleSettings.defaults(), false, KEYS,
                DATA);
        assertThat(target.mode()).isEqualTo(BrokerMode.LIVE);
        assertThat(target.baseUrl()).isEqualTo(AlpacaConfig.LIVE);
        assertThat(target.journal()).endsWith("journal-live");
    }

    @Test
    void settingsKeysServeWhenTheEnvironmentHasNone() {
        ConsoleSettings settings = ConsoleSettings.defaults().withBroker(BrokerMode.PAPER).withKeys("AK2", "s2");
        ConsoleTarget target = ConsoleTarget.resolve(null, "http://127.0.0.1:9", settings, true, Map.of(), DATA);
        assertThat(target.mode()).isEqualTo(BrokerMode.PAPER);
        assertThat(target.keyId()).isEqualTo("AK2");
        assertThat(target.baseUrl()).isEqualTo("http://127.0.0.1:9");
    }

    @Test
    void paperWithoutKeysIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> ConsoleTarget.resolve(BrokerMode.PAPER, null, ConsoleSettings.defaults(), false,
                Map.of(), DATA))
                .hasMessageContaining(AlpacaConfig.ENV_KEY_ID).hasMessageContaining("--broker sim");
    }

    @Test
    void theSecretIsNeverPrinted() {
        ConsoleTarget target = ConsoleTarget.resolve(null, null, ConsoleSettings.defaults(), false, KEYS, DATA);
        assertThat(target.toString()).doesNotContain("canary-secret");
    }
}
