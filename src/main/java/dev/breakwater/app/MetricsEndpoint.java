package dev.breakwater.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Prometheus text format on {@code http://127.0.0.1:PORT/metrics}: the resilience4j meters, the retry
 * attempts by endpoint and attempt number, broker latency. Bound to the IPv4 loopback address only and
 * without authentication: the meters name endpoints and counts, nothing else, but a trading desk's metrics
 * are still nobody else's business; a Prometheus on another host scrapes through its own tunnel or agent.
 */
final class MetricsEndpoint implements AutoCloseable {

    static final String PATH = "/metrics";
    /** The Prometheus text exposition format. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;

    private MetricsEndpoint(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving {@code registry}.
     *
     * @param port 0 for any free port
     * @throws IOException when the port cannot be bound (in use, or privileged)
     */
    static MetricsEndpoint start(PrometheusMeterRegistry registry, int port) throws IOException {
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        HttpServer server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
        // One daemon thread: a scrape every few seconds needs no pool, and it must not keep the JVM alive.
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "metrics-endpoint");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext(PATH, exchange -> serve(exchange, registry));
        server.start();
        return new MetricsEndpoint(server, executor);
    }

    private static void serve(HttpExchange exchange, PrometheusMeterRegistry registry) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!exchange.getRequestURI().getPath().equals(PATH)) {
                exchange.sendResponseHeaders(404, -1);
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
            } else {
                byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
                boolean head = method.equals("HEAD");
                exchange.sendResponseHeaders(200, head ? -1 : body.length);
                if (!head) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            }
        }
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    /** {@code http://127.0.0.1:PORT/metrics}. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
