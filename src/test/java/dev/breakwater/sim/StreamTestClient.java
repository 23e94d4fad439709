package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * An OkHttp WebSocket client of the stream that queues what it sees, binary and text frames apart, so a
 * test waits for each thing with a timeout instead of sleeping.
 */
final class StreamTestClient extends WebSocketListener {

    static final long WAIT_SECONDS = 5;

    static final String AUTHENTICATE =
            "{\"action\":\"authenticate\",\"data\":{\"key_id\":\"PKTEST\",\"secret_key\":\"s3cret\"}}";
    static final String LISTEN = "{\"action\":\"listen\",\"data\":{\"streams\":[\"trade_updates\"]}}";
    static final String AUTHORIZED =
            "{\"stream\":\"authorization\",\"data\":{\"status\":\"authorized\",\"action\":\"authenticate\"}}";
    static final String LISTENING = "{\"stream\":\"listening\",\"data\":{\"streams\":[\"trade_updates\"]}}";

    final BlockingQueue<byte[]> binaryMessages = new LinkedBlockingQueue<>();
    final BlockingQueue<String> textMessages = new LinkedBlockingQueue<>();
    /** "code reason" of the server's close frame. */
    final BlockingQueue<String> closings = new LinkedBlockingQueue<>();
    final BlockingQueue<Throwable> failures = new LinkedBlockingQueue<>();
    private final CountDownLatch opened = new CountDownLatch(1);
    private final WebSocket socket;

    private StreamTestClient(OkHttpClient http, String url) {
        socket = http.newWebSocket(new Request.Builder().url(url).build(), this);
    }

    /** Connects and waits for the upgrade to complete. */
    static StreamTestClient connect(OkHttpClient http, String url) throws InterruptedException {
        StreamTestClient client = new StreamTestClient(http, url);
        assertThat(client.opened.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("connected").isTrue();
        return client;
    }

    /**
     * Connects without authenticating, and makes sure the server has registered the connection: OkHttp
     * reports the upgrade before Jetty has opened the endpoint, and the unauthorized reply to a listen
     * can only come after it did.
     */
    static StreamTestClient connectRegistered(OkHttpClient http, String url) throws InterruptedException {
        StreamTestClient client = connect(http, url);
        client.send(LISTEN);
        assertThat(client.nextBinary()).contains("\"unauthorized\"");
        return client;
    }

    /** Connects, authenticates, listens to trade_updates and checks both replies. */
    static StreamTestClient connectAndListen(OkHttpClient http, String url) throws InterruptedException {
        StreamTestClient client = connect(http, url);
        client.send(AUTHENTICATE);
        assertThat(client.nextBinary()).isEqualTo(AUTHORIZED);
        client.send(LISTEN);
        assertThat(client.nextBinary()).isEqualTo(LISTENING);
        return client;
    }

    void send(String json) {
        assertThat(socket.send(json)).as("queued").isTrue();
    }

    void sendBinary(String json) {
        assertThat(socket.send(ByteString.encodeUtf8(json))).as("queued").isTrue();
    }

    byte[] nextBinaryBytes() throws InterruptedException {
        byte[] message = binaryMessages.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(message).as("a binary frame within %d s", WAIT_SECONDS).isNotNull();
        return message;
    }

    String nextBinary() throws InterruptedException {
        return new String(nextBinaryBytes(), StandardCharsets.UTF_8);
    }

    String nextText() throws InterruptedException {
        String message = textMessages.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(message).as("a text frame within %d s", WAIT_SECONDS).isNotNull();
        return message;
    }

    String nextClosing() throws InterruptedException {
        String closing = closings.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(closing).as("a close frame within %d s", WAIT_SECONDS).isNotNull();
        return closing;
    }

    Throwable nextFailure() throws InterruptedException {
        Throwable failure = failures.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(failure).as("a failure within %d s", WAIT_SECONDS).isNotNull();
        return failure;
    }

    void close() {
        socket.close(1000, "test done");
    }

    void cancel() {
        socket.cancel();
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
        opened.countDown();
    }

    @Override
    public void onMessage(WebSocket webSocket, ByteString bytes) {
        binaryMessages.add(bytes.toByteArray());
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
        textMessages.add(text);
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
        closings.add(code + " " + reason);
        webSocket.close(code, null);
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
        failures.add(t);
    }
}
