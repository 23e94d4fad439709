package dev.breakwater.resilience;

import dev.breakwater.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.broker.Broker;
import dev.breakwater.broker.EndpointGroup;
import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.broker.alpaca.AlpacaJson;
import dev.breakwater.broker.alpaca.AlpacaRestClient;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real stack below the order service: {@link AlpacaRestClient} (OkHttp, real sockets) behind
 * {@link Resilience}, against MockWebServer on 127.0.0.1. Proves the promises hold end to end, not only
 * against a scripted fake: the same client_order_id on every POST, a lookup before any resend, and no
 * request at all while the breaker is open.
 */
class ServiceLayerOverHttpTest {

    private static final String CLIENT_ORDER_ID = "bw-01JDZ7Q8M5T2V3W4X5Y6Z7A8B9";
    private static final String ORDER_JSON = """
            {"id":"61e69015-8549-4bfd-b9c3-01e75843f47d","client_order_id":"%s",
             "created_at":"2024-03-01T14:30:01.942282Z","symbol":"AAPL","asset_class":"us_equity",
             "qty":"10","filled_qty":"0","order_class":"","type":"limit","side":"buy","time_in_force":"day",
             "limit_price":"150.25","status":"accepted","extended_hours":false}""".formatted(CLIENT_ORDER_ID);
    private static final String NOT_FOUND = "{\"code\":40410000,\"message\":\"order not found\"}";
    private static final String ACCOUNT_JSON = "{\"id\":\"904837e3-3b76-47ec-b432-046db621571b\",\"cash\":\"100000\"}";

    private static final OrderRequest ORDER = OrderRequest.builder().symbol("AAPL").qty("10").side(Side.BUY)
            .type(OrderType.LIMIT).timeInForce(TimeInForce.DAY).limitPrice("150.25")
            .clientOrderId(CLIENT_ORDER_ID).build();

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T14:30:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private MockWebServer server;
    private AlpacaRestClient client;
    private Resilience resilience;
    private Broker broker;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        String baseUrl = server.url("/").toString().replaceAll("/$", "");
        // A short whole-call timeout so a "slow reply past the timeout" costs the test half a second.
        client = new AlpacaRestClient(new AlpacaConfig(baseUrl, "PKTEST", "secret", Duration.ofSeconds(2),
                Duration.ofMillis(500)));
        resilience = Resilience.create(ResilienceSettings.defaults(), new SimpleMeterRegistry(), clock, sleeper,
                new Random(7));
        broker = resilience.decorate(client);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void replyLostToTimeoutIsResolvedByLookupWithoutASecondPost() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(ORDER_JSON).headersDelay(2, TimeUnit.SECONDS).build());
        server.enqueue(json(200, ORDER_JSON));

        Order order = broker.placeOrder(ORDER);

        assertThat(order.clientOrderId()).isEqualTo(CLIENT_ORDER_ID);
        List<RecordedRequest> requests = drain(2);
        assertThat(requests).extracting(r -> r.getMethod() + " " + r.getUrl().encodedPath())
                .containsExactly("POST /v2/orders", "GET /v2/orders:by_client_order_id");
        assertThat(requests.get(1).getUrl().queryParameter("client_order_id")).isEqualTo(CLIENT_ORDER_ID);
    }

    @Test
    void serverErrorThenNotFoundResendsWithTheSameClientOrderId() throws Exception {
        server.enqueue(json(503, "{\"message\":\"service unavailable\"}"));
        server.enqueue(json(404, NOT_FOUND));
        server.enqueue(json(200, ORDER_JSON));

        broker.placeOrder(ORDER);

        List<RecordedRequest> requests = drain(3);
        assertThat(requests).extracting(RecordedRequest::getMethod).containsExactly("POST", "GET", "POST");
        assertThat(clientOrderIdOf(requests.get(0))).isEqualTo(CLIENT_ORDER_ID);
        assertThat(clientOrderIdOf(requests.get(2))).isEqualTo(CLIENT_ORDER_ID);
        assertThat(sleeper.waits()).hasSize(1);
    }

    @Test
    void duplicateClientOrderIdIsFetchedNotPlacedAgain() throws Exception {
        server.enqueue(json(422, "{\"code\":40010001,\"message\":\"client_order_id must be unique\"}"));
        server.enqueue(json(200, ORDER_JSON));

        Order order = broker.placeOrder(ORDER);

        assertThat(order.id()).isEqualTo("61e69015-8549-4bfd-b9c3-01e75843f47d");
        assertThat(drain(2)).extracting(RecordedRequest::getMethod).containsExactly("POST", "GET");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void openBreakerRejectsReadsWithoutTouchingTheNetwork() {
        for (int i = 0; i < 40; i++) {
            server.enqueue(json(503, "{\"message\":\"down\"}"));
        }
        CircuitBreaker reads = resilience.breaker(EndpointGroup.READS);
        while (reads.getState() == CircuitBreaker.State.CLOSED) {
            catchThrowable(broker::getAccount);
        }
        int requestsWhenOpened = server.getRequestCount();

        Throwable rejected = catchThrowable(broker::getAccount);

        assertThat(reads.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(rejected).isInstanceOf(CallRejectedException.class);
        assertThat(server.getRequestCount()).isEqualTo(requestsWhenOpened);
    }

    @Test
    void rateLimitedReadWaitsUntilTheResetTheBrokerAnnounced() {
        long reset = clock.instant().plusSeconds(20).getEpochSecond();
        server.enqueue(new MockResponse.Builder().code(429).body("{\"message\":\"rate limit exceeded\"}")
                .addHeader("X-RateLimit-Limit", "200").addHeader("X-RateLimit-Remaining", "0")
                .addHeader("X-RateLimit-Reset", String.valueOf(reset)).build());
        server.enqueue(json(200, ACCOUNT_JSON));

        assertThat(broker.getAccount().cash()).isEqualByComparingTo("100000");

        assertThat(sleeper.waits()).singleElement().isEqualTo(Duration.ofSeconds(20));
        assertThat(client.lastRateLimit()).isPresent();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    private List<RecordedRequest> drain(int count) throws InterruptedException {
        List<RecordedRequest> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            requests.add(server.takeRequest(5, TimeUnit.SECONDS));
        }
        assertThat(server.takeRequest(100, TimeUnit.MILLISECONDS)).as("no further request").isNull();
        return requests;
    }

    private static String clientOrderIdOf(RecordedRequest request) throws IOException {
        JsonNode body = AlpacaJson.mapper().readTree(request.getBody().utf8());
        return body.path("client_order_id").asText();
    }
}
