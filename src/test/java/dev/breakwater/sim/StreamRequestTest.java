package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamRequestTest {

    @Test
    void documentedAuthenticateForm() {
        assertThat(parse("{\"action\":\"authenticate\",\"data\":{\"key_id\":\"K\",\"secret_key\":\"S\"}}"))
                .isEqualTo(new StreamRequest.Authenticate("K", "S"));
    }

    @Test
    void marketDataStyleAuthForm() {
        assertThat(parse("{\"action\":\"auth\",\"key\":\"K\",\"secret\":\"S\"}"))
                .isEqualTo(new StreamRequest.Authenticate("K", "S"));
    }

    @Test
    void oauthTokenOrMissingFieldsLeaveTheCredentialsEmpty() {
        assertThat(parse("{\"action\":\"authenticate\",\"data\":{\"oauth_token\":\"T\"}}"))
                .isEqualTo(new StreamRequest.Authenticate(null, null));
        assertThat(parse("{\"action\":\"auth\",\"key\":1,\"secret\":\"S\"}"))
                .isEqualTo(new StreamRequest.Authenticate(null, "S"));
    }

    @Test
    void listenKeepsTheNamesInOrder() {
        assertThat(parse("{\"action\":\"listen\",\"data\":{\"streams\":[\"trade_updates\",\"x\"]}}"))
                .isEqualTo(new StreamRequest.Listen(List.of("trade_updates", "x")));
        assertThat(parse("{\"action\":\"listen\",\"data\":{\"streams\":[]}}"))
                .isEqualTo(new StreamRequest.Listen(List.of()));
    }

    @Test
    void everythingElseIsUnsupported() {
        assertThat(parse("{\"action\":\"listen\",\"data\":{}}")).isInstanceOf(StreamRequest.Unsupported.class);
        assertThat(parse("{\"action\":\"subscribe\"}")).isInstanceOf(StreamRequest.Unsupported.class);
        assertThat(parse("[]")).isInstanceOf(StreamRequest.Unsupported.class);
        assertThat(parse("{")).isInstanceOf(StreamRequest.Unsupported.class);
        assertThat(parse("")).isInstanceOf(StreamRequest.Unsupported.class);
    }

    @Test
    void theSecretStaysOutOfLogs() {
        assertThat(new StreamRequest.Authenticate("K", "S").toString()).doesNotContain("S]").contains("***");
    }

    private static StreamRequest parse(String json) {
        return StreamRequest.parse(json.getBytes(StandardCharsets.UTF_8));
    }
}
