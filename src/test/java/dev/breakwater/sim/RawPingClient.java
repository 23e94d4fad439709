package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A JDK WebSocket client that sends pings by hand and queues the pongs, which OkHttp does not expose:
 * the direct check that a silenced connection stops answering pings.
 */
final class RawPingClient implements WebSocket.Listener {

    final BlockingQueue<String> pongs = new LinkedBlockingQueue<>();
    final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private WebSocket socket;

    static RawPingClient connect(HttpClient http, String url) throws Exception {
        RawPingClient client = new RawPingClient();
        client.socket = http.newWebSocketBuilder()
                .buildAsync(URI.create(url), client)
                .get(StreamTestClient.WAIT_SECONDS, TimeUnit.SECONDS);
        return client;
    }

    void send(String json) throws Exception {
        socket.sendText(json, true).get(StreamTestClient.WAIT_SECONDS, TimeUnit.SECONDS);
    }

    void ping(String payload) throws Exception {
        socket.sendPing(ByteBuffer.wrap(payload.getBytes(StandardCharsets.UTF_8)))
                .get(StreamTestClient.WAIT_SECONDS, TimeUnit.SECONDS);
    }

    String nextPong() throws InterruptedException {
        String pong = pongs.poll(StreamTestClient.WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(pong).as("a pong within %d s", StreamTestClient.WAIT_SECONDS).isNotNull();
        return pong;
    }

    String nextMessage() throws InterruptedException {
        String message = messages.poll(StreamTestClient.WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(message).as("a message within %d s", StreamTestClient.WAIT_SECONDS).isNotNull();
        return message;
    }

    void abort() {
        socket.abort();
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] chunk = new byte[data.remaining()];
        data.get(chunk);
        partial.writeBytes(chunk);
        if (last) {
            messages.add(partial.toString(StandardCharsets.UTF_8));
            partial.reset();
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        pongs.add(StandardCharsets.UTF_8.decode(message).toString());
        webSocket.request(1);
        return null;
    }
}
