package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.NotFoundException;
import dev.breakwater.broker.RateLimitStatus;
import dev.breakwater.broker.TransportException;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class AlpacaRestClientTransportTest extends MockAlpacaTestBase {

    private static final OrderRequest ORDER = OrderRequest.builder().symbol("AAPL").qty("10").side(Side.BUY)
            .type(OrderType.MARKET).timeInForce(TimeInForce.DAY).clientOrderId("bw-0001").build();

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    @Test
    void connectionRefusedProvablyNeverReachedTheBroker() throws IOException {
        AlpacaConfig refused = new AlpacaConfig("http://127.0.0.1:" + closedPort(), KEY_ID, SECRET);
        try (AlpacaRestClient unreachable = new AlpacaRestClient(refused)) {

            TransportException e = thrown(TransportException.class, () -> unreachable.placeOrder(ORDER));

            assertThat(e.mayHaveTakenEffect()).isFalse();
            assertThat(e.httpStatus()).isZero();
            assertThat(e.endpoint()).isEqualTo(Endpoint.PLACE_ORDER);
            assertThat(e.getCause()).isInstanceOf(IOException.class);
            assertThat(e.brokerMessage()).contains("before the request was sent");
        }
    }

    @Test
    void unknownHostNeverReachedTheBroker() {
        OkHttpClient noDns = new OkHttpClient.Builder()
                .dns(host -> {
                    throw new UnknownHostException("no such host: " + host);
                })
                .build();
        AlpacaConfig config = new AlpacaConfig("https://broker.invalid", KEY_ID, SECRET);
        try (AlpacaRestClient unresolvable = new AlpacaRestClient(config, noDns)) {

            TransportException e = thrown(TransportException.class, () -> unresolvable.placeOrder(ORDER));

            assertThat(e.mayHaveTakenEffect()).isFalse();
            assertThat(e.getCause()).isInstanceOf(UnknownHostException.class);
        }
    }

    @Test
    void replyDelayedPastTheCallTimeoutMayHaveTakenEffect() {
        server.enqueue(new MockResponse.Builder().code(200).body(ORDER_JSON).headersDelay(3, TimeUnit.SECONDS).build());
        try (AlpacaRestClient impatient = new AlpacaRestClient(configWithCallTimeout(Duration.ofMillis(300)))) {
            long start = System.nanoTime();

            TransportException e = thrown(TransportException.class, () -> impatient.placeOrder(ORDER));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(e.mayHaveTakenEffect()).isTrue();
            assertThat(e.brokerMessage()).contains("timed out after the request was sent");
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void bodyDelayedPastTheCallTimeoutMayHaveTakenEffect() {
        server.enqueue(new MockResponse.Builder().code(200).body(ORDER_JSON).bodyDelay(3, TimeUnit.SECONDS).build());
        try (AlpacaRestClient impatient = new AlpacaRestClient(configWithCallTimeout(Duration.ofMillis(300)))) {

            TransportException e = thrown(TransportException.class, () -> impatient.placeOrder(ORDER));

            assertThat(e.mayHaveTakenEffect()).isTrue();
            assertThat(e.httpStatus()).isZero();
        }
    }

    @Test
    void connectionCutAfterTheRequestWasReadIsNotSilentlyRetried() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(new MockResponse.Builder().code(200).body(ORDER_JSON).build());

        TransportException e = thrown(TransportException.class, () -> client.placeOrder(ORDER));

        assertThat(e.mayHaveTakenEffect()).isTrue();
        assertThat(e.brokerMessage()).contains("after the request was sent");
        assertThat(taken().getTarget()).isEqualTo("/v2/orders");
        assertThat(server.getRequestCount()).as("exactly one POST reached the server").isEqualTo(1);
    }

    /**
     * The classic duplicate-order hazard: the POST goes out on a pooled keep-alive connection, the broker
     * reads it, and the connection dies before the reply. OkHttp's default would resend it on a fresh
     * connection (see the control test); this client must not.
     */
    @Test
    void postOnAReusedConnectionCutAfterSendingIsNotResent() throws Exception {
        enqueue(200, CLOCK_JSON);
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        enqueue(200, ORDER_JSON);

        client.getClock();
        TransportException e = thrown(TransportException.class, () -> client.placeOrder(ORDER));

        assertThat(e.mayHaveTakenEffect()).isTrue();
        assertThat(taken().getTarget()).isEqualTo("/v2/clock");
        var post = taken();
        assertThat(post.getTarget()).isEqualTo("/v2/orders");
        assertThat(post.getConnectionIndex()).as("the POST went out on the pooled connection").isZero();
        assertThat(server.getRequestCount()).as("one clock GET and exactly one POST").isEqualTo(2);
    }

    /** Control for the test above: with OkHttp's defaults the very same exchange sends the POST twice. */
    @Test
    void controlOkHttpDefaultsResendThePostOnAReusedConnection() throws Exception {
        enqueue(200, CLOCK_JSON);
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        enqueue(200, ORDER_JSON);
        OkHttpClient defaults = new OkHttpClient();
        try {
            try (Response warmUp = defaults.newCall(new Request.Builder().url(server.url("/v2/clock")).build()).execute()) {
                warmUp.body().string();
            }
            Request post = new Request.Builder().url(server.url("/v2/orders"))
                    .post(RequestBody.create("{}", null)).build();
            try (Response response = defaults.newCall(post).execute()) {
                assertThat(response.code()).isEqualTo(200);
            }
            assertThat(server.getRequestCount()).as("the POST reached the server twice").isEqualTo(3);
        } finally {
            defaults.dispatcher().executorService().shutdown();
            defaults.connectionPool().evictAll();
        }
    }

    @Test
    void sharedBaseClientKeepsItsListenersButLosesItsRetries() throws Exception {
        int[] callsSeen = {0};
        OkHttpClient base = new OkHttpClient.Builder()
                .retryOnConnectionFailure(true)
                .eventListener(new okhttp3.EventListener() {
                    @Override
                    public void callStart(okhttp3.Call call) {
                        callsSeen[0]++;
                    }
                })
                .build();
        enqueue(200, CLOCK_JSON);
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        enqueue(200, ORDER_JSON);
        try (AlpacaRestClient shared = new AlpacaRestClient(config(), base)) {
            shared.getClock();

            TransportException e = thrown(TransportException.class, () -> shared.placeOrder(ORDER));

            assertThat(e.mayHaveTakenEffect()).isTrue();
            assertThat(server.getRequestCount()).as("one clock GET and exactly one POST").isEqualTo(2);
            assertThat(callsSeen[0]).as("the base client's own listener still sees every call").isEqualTo(2);
        }
        assertThat(base.dispatcher().executorService().isShutdown()).as("the shared client stays usable").isFalse();
    }

    @Test
    void rateLimitHeadersOfEveryReplyAreKept() {
        assertThat(client.lastRateLimit()).isEmpty();
        server.enqueue(withRateLimit(new MockResponse.Builder().code(200).body(CLOCK_JSON), 200, 199, 1709305260));
        server.enqueue(new MockResponse.Builder().code(200).body(CLOCK_JSON).build());
        server.enqueue(withRateLimit(new MockResponse.Builder().code(404).body("{\"message\":\"not found\"}"), 200, 197, 1709305320));
        server.enqueue(withRateLimit(new MockResponse.Builder().code(200).body(CLOCK_JSON), 200, 196, -1)
                .newBuilder().setHeader("X-RateLimit-Reset", "soon").build());

        client.getClock();
        RateLimitStatus first = new RateLimitStatus(200, 199, Instant.ofEpochSecond(1709305260));
        assertThat(client.lastRateLimit()).contains(first);

        client.getClock(); // no headers: the last seen stays
        assertThat(client.lastRateLimit()).contains(first);

        thrown(NotFoundException.class, () -> client.getOrder("gone"));
        assertThat(client.lastRateLimit()).contains(new RateLimitStatus(200, 197, Instant.ofEpochSecond(1709305320)));

        client.getClock(); // unparseable reset: ignored
        assertThat(client.lastRateLimit()).contains(new RateLimitStatus(200, 197, Instant.ofEpochSecond(1709305320)));
    }

    private static MockResponse withRateLimit(MockResponse.Builder response, int limit, int remaining, long reset) {
        return response.addHeader("X-RateLimit-Limit", limit)
                .addHeader("X-RateLimit-Remaining", remaining)
                .addHeader("X-RateLimit-Reset", reset)
                .build();
    }

    @Test
    void connectionsAreReusedAcrossCalls() throws Exception {
        enqueue(200, CLOCK_JSON);
        enqueue(200, CLOCK_JSON);

        client.getClock();
        client.getClock();

        assertThat(taken().getConnectionIndex()).isZero();
        assertThat(taken().getConnectionIndex()).isZero();
    }
}
