package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlpacaConfigTest {

    private static final String KEY = "PKABCDEFGH12345678";
    private static final String SECRET = "s3cr3t-VALUE-xyz";

    @Test
    void defaultsArePaperWithTenAndThirtySecondTimeouts() {
        AlpacaConfig config = AlpacaConfig.fromEnvironment(Map.of("APCA_API_KEY_ID", KEY, "APCA_API_SECRET_KEY", SECRET));

        assertThat(config.baseUrl()).isEqualTo(AlpacaConfig.PAPER).isEqualTo("https://paper-api.alpaca.markets");
        assertThat(config.keyId()).isEqualTo(KEY);
        assertThat(config.secretKey()).isEqualTo(SECRET);
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.isLive()).isFalse();
    }

    @Test
    void environmentChoosesTheBaseUrlAndValuesAreTrimmed() {
        AlpacaConfig config = AlpacaConfig.fromEnvironment(Map.of(
                "APCA_API_KEY_ID", " " + KEY + "\n",
                "APCA_API_SECRET_KEY", SECRET + "\n",
                "APCA_API_BASE_URL", "https://api.alpaca.markets/"));

        assertThat(config.baseUrl()).isEqualTo(AlpacaConfig.LIVE);
        assertThat(config.isLive()).isTrue();
        assertThat(config.keyId()).isEqualTo(KEY);
        assertThat(config.secretKey()).isEqualTo(SECRET);
    }

    @Test
    void missingVariablesAreNamedButNoValueIsQuoted() {
        assertThatThrownBy(() -> AlpacaConfig.fromEnvironment(Map.of("APCA_API_SECRET_KEY", SECRET)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("APCA_API_KEY_ID")
                .hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> AlpacaConfig.fromEnvironment(Map.of("APCA_API_KEY_ID", KEY, "APCA_API_SECRET_KEY", " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("APCA_API_SECRET_KEY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://paper-api.alpaca.markets", "http://10.0.0.5:8080", "http://0.0.0.0:9000",
            "http://192.168.1.20", "http://localhost.example.com", "http://[2001:db8::1]:8080",
            "http://127.0.0.1.nip.io"})
    void plainHttpToANonLoopbackHostIsRefused(String url) {
        assertThatThrownBy(() -> new AlpacaConfig(url, KEY, SECRET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http://")
                .hasMessageContaining("loopback");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080", "http://127.10.20.30", "http://localhost:9000",
            "http://LOCALHOST:9000", "http://[::1]:8080", "https://sim.example.com", "https://10.0.0.5:8443"})
    void loopbackHttpAndAnyHttpsAreAllowed(String url) {
        assertThat(new AlpacaConfig(url, KEY, SECRET).baseUrl()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a url", "ftp://example.com", "https://paper-api.alpaca.markets/v2",
            "https://user:pw@paper-api.alpaca.markets", "https://paper-api.alpaca.markets?x=1"})
    void unusableBaseUrlsAreRefused(String url) {
        assertThatThrownBy(() -> new AlpacaConfig(url, KEY, SECRET)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeoutsMustBePositive() {
        assertThatThrownBy(() -> new AlpacaConfig(AlpacaConfig.PAPER, KEY, SECRET, Duration.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AlpacaConfig(AlpacaConfig.PAPER, KEY, SECRET, null, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        AlpacaConfig custom = new AlpacaConfig(AlpacaConfig.PAPER, KEY, SECRET)
                .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(7));
        assertThat(custom.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(custom.callTimeout()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void keysThatCannotBeHeaderValuesAreRefusedWithoutQuotingThem() {
        assertThatThrownBy(() -> new AlpacaConfig(AlpacaConfig.PAPER, KEY, "abc def-" + SECRET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secret key")
                .hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> new AlpacaConfig(AlpacaConfig.PAPER, KEY, SECRET + "\u00e9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> new AlpacaConfig(AlpacaConfig.PAPER, null, SECRET))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key id");
    }

    @Test
    void toStringMasksTheSecretAndMostOfTheKeyId() {
        AlpacaConfig config = new AlpacaConfig(AlpacaConfig.PAPER, KEY, SECRET);

        assertThat(config.toString())
                .doesNotContain(SECRET)
                .doesNotContain(KEY)
                .contains("****5678")
                .contains("secretKey=****")
                .contains(AlpacaConfig.PAPER);
    }
}
