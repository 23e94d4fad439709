package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.broker.StreamState;
import dev.breakwater.domain.TradeEvent;
import dev.breakwater.domain.TradeUpdate;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the client sends, and what it makes of odd frames, against a scripted WebSocket peer (MockWebServer):
 * malformed frames are counted and skipped, text and binary frames are both read, unknown events are
 * delivered.
 */
class AlpacaTradeStreamFramesTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String KEY_ID = "PKFRAMES12345678";
    private static final String SECRET = "frames-secret-never-logged";

    private final MockWebServer server = new MockWebServer();
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final RecordingStreamListener listener = new RecordingStreamListener();
    private final CircuitBreaker breaker = CircuitBreaker.ofDefaults("stream");
    private AlpacaTradeStream stream;
    /** What the peer sends after its listening acknowledgement. */
    private volatile List<Object> afterListening = List.of();

    @BeforeEach
    void startServer() throws Exception {
        server.start();
        server.enqueue(new MockResponse.Builder().webSocketUpgrade(new ScriptedPeer()).build());
    }

    @AfterEach
    void tearDown() {
        if (stream != null) {
            stream.close();
        }
        server.close();
    }

    /** Authorizes any key, acknowledges listen, then sends {@link #afterListening} (String = text, ByteString = binary). */
    private final class ScriptedPeer extends WebSocketListener {
        @Override
        public void onMessage(WebSocket webSocket, String text) {
            received.add(text);
            String action = text.contains("\"authenticate\"") ? "authenticate" : text.contains("\"listen\"") ? "listen" : "";
            if (action.equals("authenticate")) {
                webSocket.send(ByteString.encodeUtf8(
                        "{\"stream\":\"authorization\",\"data\":{\"status\":\"authorized\",\"action\":\"authenticate\"}}"));
            } else if (action.equals("listen")) {
                webSocket.send(ByteString.encodeUtf8("{\"stream\":\"listening\",\"data\":{\"streams\":[\"trade_updates\"]}}"));
                for (Object frame : afterListening) {
                    if (frame instanceof ByteString bytes) {
                        webSocket.send(bytes);
                    } else {
                        webSocket.send((String) frame);
                    }
                }
            }
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
        }
    }

    private void startClient() {
        AlpacaConfig config = new AlpacaConfig("http://127.0.0.1:" + server.getPort(), KEY_ID, SECRET);
        stream = AlpacaTradeStream.builder(config, listener, breaker).settings(StreamTestSettings.fast()).build();
        stream.start();
    }

    @Test
    void sendsTheDocumentedAuthenticateThenListen() throws Exception {
        startClient();
        listener.awaitState(StreamState.LIVE, WAIT);

        JsonNode authenticate = AlpacaJson.mapper().readTree(received.poll(5, TimeUnit.SECONDS));
        JsonNode listen = AlpacaJson.mapper().readTree(received.poll(5, TimeUnit.SECONDS));

        assertThat(authenticate.path("action").asText()).isEqualTo("authenticate");
        assertThat(authenticate.path("data").path("key_id").asText()).isEqualTo(KEY_ID);
        assertThat(authenticate.path("data").path("secret_key").asText()).isEqualTo(SECRET);
        assertThat(listen.toString()).isEqualTo("{\"action\":\"listen\",\"data\":{\"streams\":[\"trade_updates\"]}}");
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/stream");
    }

    @Test
    void malformedFramesAreCountedAndSkippedAndLaterGoodFramesStillArrive() throws Exception {
        afterListening = List.of(
                "not json at all",
                ByteString.of((byte) 0x01),
                "[1,2,3]",
                "{\"stream\":\"trade_updates\",\"data\":{\"event\":\"fill\"}}",
                Payloads.text("trade-update-fill-docs-example.json"),
                ByteString.encodeUtf8(Payloads.text("trade-update-unknown-event.json")),
                "{\"stream\":\"something_else\",\"data\":{}}",
                ByteString.encodeUtf8(Payloads.text("trade-update-canceled.json")));
        startClient();

        TradeUpdate fill = listener.nextUpdate(WAIT);
        TradeUpdate unknown = listener.nextUpdate(WAIT);
        TradeUpdate canceled = listener.nextUpdate(WAIT);

        assertThat(fill.event()).isEqualTo(TradeEvent.FILL);
        assertThat(unknown.event()).isEqualTo(TradeEvent.UNKNOWN);
        assertThat(unknown.eventName()).isEqualTo("order_held_for_review");
        assertThat(canceled.event()).isEqualTo(TradeEvent.CANCELED);
        assertThat(stream.status().malformed()).isEqualTo(4);
        assertThat(stream.status().state()).isEqualTo(StreamState.LIVE);
        assertThat(stream.status().connects()).isEqualTo(1);
    }
}
