package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.breakwater.broker.OrderQuery;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.ReplaceRequest;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Runs every success and failure path with a recognisable secret and asserts it shows up nowhere but in
 * the request header: not in log output, exception messages or stack traces, nor any toString.
 */
class AlpacaSecretCanaryTest extends MockAlpacaTestBase {

    private static final String CANARY = "CANARY-SECRET-7f3a9c";

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Logger root;
    private Level rootLevel;
    private final List<Throwable> failures = new ArrayList<>();

    @Override
    AlpacaConfig config() {
        return new AlpacaConfig(baseUrl(), KEY_ID, CANARY);
    }

    @BeforeEach
    void captureLogs() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        appender.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void releaseLogs() {
        root.detachAppender(appender);
        appender.stop();
        root.setLevel(rootLevel);
    }

    private static final OrderRequest ORDER = OrderRequest.builder().symbol("AAPL").qty("10").side(Side.BUY)
            .type(OrderType.LIMIT).timeInForce(TimeInForce.DAY).limitPrice("150").clientOrderId("bw-canary").build();

    private void fails(ThrowingCallable call) {
        Throwable failure = catchThrowable(call);
        assertThat(failure).as("the call fails").isNotNull();
        failures.add(failure);
    }

    private void error(int status, String body) {
        server.enqueue(new MockResponse.Builder().code(status).body(body)
                .addHeader("X-RateLimit-Limit", 200).addHeader("X-RateLimit-Remaining", 0)
                .addHeader("X-RateLimit-Reset", 1709305260).build());
    }

    @Test
    void theSecretAppearsNowhereButInTheHeader() throws Exception {
        // Success on every endpoint.
        enqueue(200, ORDER_JSON);
        enqueue(200, ORDER_JSON);
        enqueue(200, ORDER_JSON);
        enqueue(200, "[" + ORDER_JSON + "]");
        enqueue(200, ORDER_JSON);
        server.enqueue(new MockResponse.Builder().code(204).build());
        enqueue(207, "[{\"id\":\"a\",\"status\":200}]");
        enqueue(200, ACCOUNT_JSON);
        enqueue(200, POSITIONS_JSON);
        enqueue(200, CLOCK_JSON);
        client.placeOrder(ORDER);
        client.getOrder(ORDER_ID);
        client.getOrderByClientOrderId("bw-canary");
        client.listOrders(OrderQuery.open());
        client.replaceOrder(ORDER_ID, new ReplaceRequest(BigDecimal.ONE, null, null, null, null, "bw-canary-2"));
        client.cancelOrder(ORDER_ID);
        client.cancelAllOrders();
        client.getAccount();
        client.getPositions();
        client.getClock();

        // Every error mapping.
        error(401, "{\"message\":\"unauthorized\"}");
        error(403, "{\"buying_power\":\"176531.28\",\"code\":40310000,\"cost_basis\":\"48640000\",\"message\":\"insufficient buying power\"}");
        error(404, "{\"code\":40410000,\"message\":\"order not found\"}");
        error(422, "{\"code\":40010001,\"message\":\"client_order_id must be unique\"}");
        error(422, "{\"code\":42210000,\"message\":\"order is not cancelable\"}");
        error(429, "{\"message\":\"rate limit exceeded\"}");
        error(500, "{\"message\":\"internal server error\"}");
        error(502, "<html>bad gateway</html>");
        error(503, "");
        error(504, "{\"code\":50400000}");
        error(400, "{\"code\":40010000,\"message\":\"request body format is invalid\"}");
        error(302, "");
        for (int i = 0; i < 12; i++) {
            fails(() -> client.placeOrder(ORDER));
        }
        // A server that echoes the key back: the message is redacted.
        error(403, "{\"message\":\"key " + CANARY + " is not allowed\"}");
        fails(() -> client.placeOrder(ORDER));

        // Unusable 2xx replies.
        enqueue(200, "not json");
        enqueue(200, ORDER_JSON.substring(0, 50));
        enqueue(200, "{\"symbol\":\"AAPL\"}");
        server.enqueue(new MockResponse.Builder().code(200).body(ORDER_JSON.substring(0, 40))
                .setHeader("Content-Length", ORDER_JSON.length())
                .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build());
        for (int i = 0; i < 4; i++) {
            fails(() -> client.placeOrder(ORDER));
        }

        // Transport failures: timeout, cut after sending, refused.
        server.enqueue(new MockResponse.Builder().code(200).body(ORDER_JSON).headersDelay(3, TimeUnit.SECONDS).build());
        try (AlpacaRestClient impatient = new AlpacaRestClient(config().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)))) {
            fails(() -> impatient.placeOrder(ORDER));
        }
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        fails(() -> client.placeOrder(ORDER));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        try (AlpacaRestClient refused = new AlpacaRestClient(
                new AlpacaConfig("http://127.0.0.1:" + closedPort, KEY_ID, CANARY))) {
            fails(() -> refused.getAccount());
            assertThat(refused.toString()).doesNotContain(CANARY);
        }

        // Configuration refusals.
        fails(() -> new AlpacaConfig("http://example.com", KEY_ID, CANARY));
        fails(() -> new AlpacaConfig(AlpacaConfig.PAPER, KEY_ID, CANARY + " tail"));
        fails(() -> AlpacaConfig.fromEnvironment(java.util.Map.of("APCA_API_SECRET_KEY", CANARY)));
        fails(() -> new AlpacaConfig(CANARY, KEY_ID, "x"));

        // The canary really was in play: every request carried it.
        int requests = server.getRequestCount();
        assertThat(requests).isEqualTo(29);
        for (int i = 0; i < requests; i++) {
            assertThat(taken().getHeaders().get("APCA-API-SECRET-KEY")).isEqualTo(CANARY);
        }

        // Nowhere else.
        assertThat(failures).hasSize(24);
        for (Throwable failure : failures) {
            assertThat(stackTrace(failure)).as("stack trace of %s", failure.getClass().getSimpleName())
                    .doesNotContain(CANARY);
            assertThat(String.valueOf(failure)).doesNotContain(CANARY);
        }
        List<ILoggingEvent> events = appender.list;
        assertThat(events).as("one DEBUG line per call was captured").hasSizeGreaterThanOrEqualTo(requests);
        for (ILoggingEvent event : events) {
            assertThat(event.getFormattedMessage()).doesNotContain(CANARY);
            if (event.getThrowableProxy() != null) {
                assertThat(ThrowableProxyUtil.asString(event.getThrowableProxy())).doesNotContain(CANARY);
            }
        }
        assertThat(client.toString()).doesNotContain(CANARY);
        assertThat(config().toString()).doesNotContain(CANARY);
    }

    @Test
    void oneDebugLinePerCallWithMethodPathStatusAndDuration() {
        enqueue(200, CLOCK_JSON);
        enqueue(404, "{\"message\":\"order not found\"}");

        client.getClock();
        catchThrowable(() -> client.getOrder(ORDER_ID));

        List<String> lines = appender.list.stream()
                .filter(e -> e.getLoggerName().startsWith("dev.breakwater.broker.alpaca"))
                .peek(e -> assertThat(e.getLevel()).isEqualTo(Level.DEBUG))
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("clock", "GET", "/v2/clock", "200").containsPattern("in \\d+ ms");
        assertThat(lines.get(1)).contains("get_order", "GET", "/v2/orders/" + ORDER_ID, "404", "NotFoundException");
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
