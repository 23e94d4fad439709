package dev.breakwater.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A raw OkHttp client for the simulator's tests: sends the broker's key pair, never retries on its own
 * (as our Alpaca client), and returns status, headers and body as they came.
 */
final class SimHttp implements AutoCloseable {

    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    /** One reply, fully read. */
    record Reply(int status, Headers headers, String body) {

        JsonNode json() {
            try {
                return SimWire.mapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.get(name);
        }
    }

    private final SimulatedBroker broker;
    private final OkHttpClient client;

    SimHttp(SimulatedBroker broker) {
        this(broker, Duration.ofSeconds(10));
    }

    SimHttp(SimulatedBroker broker, Duration timeout) {
        this.broker = broker;
        this.client = new OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .callTimeout(timeout)
                .readTimeout(timeout)
                .build();
    }

    Reply get(String path) throws IOException {
        return send(request(path).get());
    }

    Reply post(String path, String json) throws IOException {
        return send(request(path).post(RequestBody.create(json, JSON)));
    }

    Reply patch(String path, String json) throws IOException {
        return send(request(path).patch(RequestBody.create(json, JSON)));
    }

    Reply delete(String path) throws IOException {
        return send(request(path).delete());
    }

    /** A request to the API port with the key pair; {@code customize} may change anything. */
    Reply send(String path, Consumer<Request.Builder> customize) throws IOException {
        Request.Builder builder = request(path);
        customize.accept(builder);
        return send(builder);
    }

    /** A request to the control port, without keys. */
    Reply control(String method, String path, String body) throws IOException {
        Request.Builder builder = new Request.Builder().url(broker.controlUrl() + path)
                .method(method, body == null ? null : RequestBody.create(body, JSON));
        return send(builder);
    }

    Request.Builder request(String path) {
        return new Request.Builder().url(broker.baseUrl() + path)
                .header("APCA-API-KEY-ID", broker.keyId())
                .header("APCA-API-SECRET-KEY", broker.secret());
    }

    Reply send(Request.Builder request) throws IOException {
        try (Response response = client.newCall(request.build()).execute()) {
            return new Reply(response.code(), response.headers(), response.body().string());
        }
    }

    OkHttpClient client() {
        return client;
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    /** A limit order far below the market, so it rests. */
    static String restingBuy(String symbol, String qty, String clientOrderId) {
        return "{\"symbol\":\"" + symbol + "\",\"qty\":\"" + qty + "\",\"side\":\"buy\",\"type\":\"limit\","
                + "\"time_in_force\":\"gtc\",\"limit_price\":\"1.00\""
                + (clientOrderId == null ? "" : ",\"client_order_id\":\"" + clientOrderId + "\"") + "}";
    }
}
