package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breakwater.broker.Broker;
import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.broker.alpaca.AlpacaRestClient;
import dev.breakwater.resilience.Resilience;
import dev.breakwater.resilience.ResilienceSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus endpoint over a registry that a real resilience layer fed: an Alpaca client against
 * MockWebServer, one 503 then successes, so there is a retry to count.
 */
class MetricsEndpointTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private MockWebServer alpaca;
    private AlpacaRestClient client;
    private MetricsEndpoint endpoint;

    @BeforeEach
    void feedTheRegistry() throws IOException {
        alpaca = new MockWebServer();
        alpaca.start(InetAddress.getByName("127.0.0.1"), 0);
        String account = resource("/alpaca/account.json");
        alpaca.enqueue(new MockResponse.Builder().code(503).body("{\"message\":\"busy\"}").build());
        alpaca.enqueue(new MockResponse.Builder().code(200).body(account).build());
        alpaca.enqueue(new MockResponse.Builder().code(200).body(account).build());
        client = new AlpacaRestClient(new AlpacaConfig(alpaca.url("/").toString().replaceAll("/$", ""),
                "PKTESTKEYID", "test-secret"));
        // No waiting between attempts: the backoff is not what is tested here.
        Resilience resilience = Resilience.create(ResilienceSettings.defaults(), registry, Clock.systemUTC(),
                duration -> { }, new Random(3));
        Broker broker = resilience.decorate(client);
        broker.getAccount(); // 503, then the retry succeeds
        broker.getAccount();
        endpoint = MetricsEndpoint.start(registry, 0);
    }

    @AfterEach
    void stop() {
        endpoint.close();
        client.close();
        alpaca.close();
    }

    @Test
    void servesTheResilienceMetersInPrometheusTextFormat() throws Exception {
        HttpResponse<String> response = get(endpoint.url());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(MetricsEndpoint.CONTENT_TYPE);
        List<String> lines = response.body().lines().toList();
        assertThat(sample(lines, "resilience4j_circuitbreaker_state{", "name=\"reads\"", "state=\"closed\"")).hasValue(1.0);
        assertThat(sample(lines, "resilience4j_circuitbreaker_state{", "name=\"orders\"", "state=\"open\"")).hasValue(0.0);
        assertThat(sample(lines, "resilience4j_retry_calls_total{", "name=\"account\"", "kind=\"successful_with_retry\""))
                .hasValue(1.0);
        assertThat(sample(lines, "resilience4j_retry_calls_total{", "name=\"account\"",
                "kind=\"successful_without_retry\"")).hasValue(1.0);
        assertThat(sample(lines, "breakwater_retry_attempts_total{", "endpoint=\"account\"", "attempt_number=\"1\""))
                .hasValue(2.0);
        assertThat(sample(lines, "breakwater_retry_attempts_total{", "endpoint=\"account\"", "attempt_number=\"2\""))
                .hasValue(1.0);
        assertThat(lines).anyMatch(line -> line.startsWith("# TYPE breakwater_retry_attempts_total counter"));
    }

    @Test
    void listensOnTheIpv4LoopbackAddressOnly() throws Exception {
        assertThat(endpoint.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(endpoint.url().toString()).isEqualTo("http://127.0.0.1:" + endpoint.address().getPort() + "/metrics");
        Optional<InetAddress> external = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress()
                        && !address.isLinkLocalAddress())
                .findFirst();
        Assumptions.assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");
        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress(external.get(), endpoint.address().getPort()),
                    2_000)).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void answersOnlyGetAndHeadOnItsOwnPath() throws Exception {
        URI other = URI.create("http://127.0.0.1:" + endpoint.address().getPort() + "/metricsx");
        assertThat(get(other).statusCode()).isEqualTo(404);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(endpoint.url())
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void closingStopsListening() {
        int port = endpoint.address().getPort();
        endpoint.close();
        assertThatThrownBy(() -> get(URI.create("http://127.0.0.1:" + port + "/metrics")))
                .isInstanceOf(ConnectException.class);
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The value of the one sample of {@code name} whose labels include all of {@code labels}. */
    static Optional<Double> sample(List<String> lines, String name, String... labels) {
        List<String> matches = lines.stream()
                .filter(line -> line.startsWith(name) && Arrays.stream(labels).allMatch(line::contains))
                .toList();
        assertThat(matches).as("samples of %s with %s", name, Arrays.toString(labels)).hasSizeLessThanOrEqualTo(1);
        return matches.stream().findFirst()
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = MetricsEndpointTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
