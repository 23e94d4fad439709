package dev.breakwater.sim;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.Objects;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A simulated Alpaca broker on loopback: Alpaca's Trading API v2 over HTTP in front of a
 * {@link SimExchange}, with fault injection. The console's embedded default broker (no keys needed), the
 * test bed of the client, and a chaos lab.
 *
 * <pre>{@code
 * try (SimulatedBroker broker = SimulatedBroker.builder().faults("flaky").build().start()) {
 *     String base = broker.baseUrl();          // http://127.0.0.1:PORT, paths /v2/...
 *     // send APCA-API-KEY-ID: broker.keyId(), APCA-API-SECRET-KEY: broker.secret()
 *     broker.setFaults(FaultPlan.parse("drop_after_accept=1"));
 *     SimStats stats = broker.stats();
 * }
 * }</pre>
 *
 * <h2>Ports</h2>
 * The API port also serves the Market Data API v2 ({@code /v2/stocks/...}) and the assets endpoints
 * ({@link MarketDataRoutes}): a client's separate data base URL is simply {@link #baseUrl()} too.
 * Two connectors, both bound to 127.0.0.1 only (never another interface): the <b>API port</b>
 * ({@link #port()}, {@link #baseUrl()}) serves {@code /v2/...}, the {@code trade_updates} WebSocket at
 * {@code /stream} ({@link #streamUrl()}, a {@link TradeUpdatesStream} fed with every exchange event) and
 * {@code /_sim/...}; the <b>control port</b> ({@link #controlPort()}, {@link #controlUrl()}) answers
 * {@code /_sim/...} and 404 for REST paths. (The stream is a servlet of its own and would also upgrade
 * there; nothing should connect to it on that port.) The control port exists for the {@code outage} fault,
 * which really closes the API port (clients get "connection refused", open REST and stream connections
 * are cut): the outage can then still be ended with {@code PUT /_sim/faults} on the control port, or
 * in-process with {@link #setFaults}. Ordering an outage through the API port works too, but cuts that
 * very request. Port 0 (the default for both) means an ephemeral port.
 *
 * <h2>What a request goes through</h2>
 * See {@link ApiPipeline} for the order of checks (latency → auth → rate limit → injected 429 → injected
 * error → handler → drop/slow/malformed), {@link RateLimiter} for the fixed one-minute window, and
 * {@link ControlRoutes} for the unauthenticated {@code /_sim} endpoints.
 *
 * <h2>Time</h2>
 * The exchange's clock is the server's clock: it dates orders, decides the delayed-visibility window and
 * the rate-limit windows. Latency and slow replies are real waits. A ticker calls
 * {@link SimExchange#tick()} every {@link Builder#tickInterval} (default 200 ms; zero turns it off).
 */
public final class SimulatedBroker implements AutoCloseable {

    /** The demo key id that works without any setup. */
    public static final String DEMO_KEY_ID = "BWSIMDEMOKEY";
    /** The demo secret that goes with {@link #DEMO_KEY_ID}. */
    public static final String DEMO_SECRET = "bwsim-demo-secret";
    /** Alpaca's limit: 200 requests per minute per key. */
    public static final int DEFAULT_RATE_LIMIT = 200;
    /** How often the exchange ticks by default. */
    public static final Duration DEFAULT_TICK_INTERVAL = Duration.ofMillis(200);

    /** Where the {@code trade_updates} WebSocket is served, as on Alpaca. */
    public static final String STREAM_PATH = "/stream";

    private static final String LOOPBACK = "127.0.0.1";

    private final Builder settings;
    private final SimExchange exchange;
    private final Clock clock;
    private final ServerStats serverStats = new ServerStats();
    private final FaultInjector injector;
    private final ApiKeyAuth auth;
    private final RateLimiter limiter;
    private final TradeUpdatesStream stream;
    private final Consumer<SimTradeEvent> publisher;
    private final Object lifecycle = new Object();

    // Guarded by lifecycle.
    private Javalin app;
    private int apiPort;
    private int controlPort;
    private OutageSwitch outage;
    private ExchangeTicker ticker;
    private boolean closed;

    private SimulatedBroker(Builder settings) {
        this.settings = settings;
        this.exchange = settings.exchange != null ? settings.exchange
                : new SimExchange(SimExchangeConfig.builder().clock(settings.clock).seed(settings.seed).build());
        this.clock = exchange.config().clock();
        this.injector = new FaultInjector(settings.seed, settings.faults, serverStats);
        this.auth = new ApiKeyAuth(settings.keyId, settings.secret);
        this.limiter = new RateLimiter(settings.rateLimit, clock);
        this.stream = new TradeUpdatesStream(settings.keyId, settings.secret);
        this.stream.setFaults(settings.faults.streamDropEverySeconds(), settings.faults.streamSilenceAfterSeconds());
        this.publisher = event -> stream.publish(SimWire.tradeEvent(event));
    }

    /** A builder with the defaults: ephemeral ports, demo key pair, 200 requests/min, no faults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the ports and starts serving (and ticking). Applies the initial fault plan, an outage
     * included.
     *
     * @return this
     * @throws IllegalStateException if started before or closed
     */
    public SimulatedBroker start() {
        synchronized (lifecycle) {
            if (app != null || closed) {
                throw new IllegalStateException("a SimulatedBroker starts once");
            }
            ServerConnector[] connectors = new ServerConnector[2];
            app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.startup.showOldJavalinVersionWarning = false;
                config.jetty.threadPool = threadPool();
                config.jetty.addConnector((server, http) -> connectors[0] = loopback(server, http, settings.port));
                config.jetty.addConnector((server, http) -> connectors[1] = loopback(server, http, settings.controlPort));
                registerRoutes(config.routes, connectors);
                stream.install(config, STREAM_PATH);
            });
            try {
                app.start();
            } catch (RuntimeException e) {
                app.stop();
                closed = true;
                throw e;
            }
            apiPort = connectors[0].getLocalPort();
            controlPort = connectors[1].getLocalPort();
            outage = new OutageSwitch(connectors[0], serverStats);
            outage.set(injector.plan().outage());
            exchange.addListener(publisher);
            if (!settings.tickInterval.isZero()) {
                ticker = new ExchangeTicker(exchange, settings.tickInterval);
            }
            return this;
        }
    }

    private void registerRoutes(RoutesConfig routes, ServerConnector[] connectors) {
        // The control port answers /_sim only, so nobody mistakes it for a second API port.
        routes.before(ctx -> {
            if (ctx.req().getLocalPort() == connectors[1].getLocalPort() && !ctx.path().startsWith("/_sim/")) {
                ApiReplies.json(ctx, 404, ApiReplies.ENDPOINT_NOT_FOUND);
                ctx.skipRemainingHandlers();
            }
        });
        ApiPipeline pipeline = new ApiPipeline(auth, limiter, injector, serverStats, clock);
        new OrderRoutes(exchange, injector, clock).register(routes, pipeline);
        new AccountRoutes(exchange).register(routes, pipeline);
        new MarketDataRoutes(exchange).register(routes, pipeline);
        new ControlRoutes(this, serverStats).register(routes);
        // Last, because Javalin takes the first route that matches: any other /v2 path is a 404 after
        // auth and rate limiting, like every REST reply.
        Handler notFound = pipeline.wrap(SimulatedBroker::endpointNotFound);
        routes.get("/v2/*", notFound);
        routes.post("/v2/*", notFound);
        routes.put("/v2/*", notFound);
        routes.patch("/v2/*", notFound);
        routes.delete("/v2/*", notFound);
    }

    private static void endpointNotFound(Context ctx) {
        ApiReplies.json(ctx, 404, ApiReplies.ENDPOINT_NOT_FOUND);
    }

    /** Daemon threads: an embedded simulator someone forgot to close must not keep the JVM alive. */
    private static QueuedThreadPool threadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(200, 4, 60_000);
        pool.setName("sim-http");
        pool.setDaemon(true);
        return pool;
    }

    /**
     * A connector on 127.0.0.1. No acceptor threads (acceptors = 0): the selector accepts. With Jetty's
     * default blocking acceptor, stopping the connector for an outage raced with the acceptor thread
     * blocked in accept(): now and then a connection made after stop() returned was still accepted and
     * then never served, so the client hung instead of being refused (about 1 in 30 outages here).
     */
    private static ServerConnector loopback(Server server, HttpConfiguration http, int port) {
        ServerConnector connector = new ServerConnector(server, null, null, null, 0, -1, new HttpConnectionFactory(http));
        connector.setHost(LOOPBACK);
        connector.setPort(port);
        return connector;
    }

    /** The API port (also while an outage keeps it closed). */
    public int port() {
        synchronized (lifecycle) {
            requireStarted();
            return apiPort;
        }
    }

    /** {@code http://127.0.0.1:PORT}, the base URL for Alpaca's {@code /v2} paths. */
    public String baseUrl() {
        return "http://" + LOOPBACK + ":" + port();
    }

    /** {@code ws://127.0.0.1:PORT/stream}, the {@code trade_updates} WebSocket. */
    public String streamUrl() {
        return "ws://" + LOOPBACK + ":" + port() + STREAM_PATH;
    }

    /** The control port: {@code /_sim} only, open during an outage. */
    public int controlPort() {
        synchronized (lifecycle) {
            requireStarted();
            return controlPort;
        }
    }

    /** {@code http://127.0.0.1:CONTROL_PORT}. */
    public String controlUrl() {
        return "http://" + LOOPBACK + ":" + controlPort();
    }

    /** The key id clients must send as {@code APCA-API-KEY-ID}. */
    public String keyId() {
        return settings.keyId;
    }

    /** The secret clients must send as {@code APCA-API-SECRET-KEY}. */
    public String secret() {
        return settings.secret;
    }

    /** The requests per minute per key; 0 when limiting is off. */
    public int rateLimit() {
        return settings.rateLimit;
    }

    /** The fault plan in force. */
    public FaultPlan faults() {
        return injector.plan();
    }

    /**
     * Puts a fault plan in force at once (before or after {@link #start}). Restarts the fault decisions'
     * random source from the seed, and opens or closes the API port for {@code outage}.
     */
    public void setFaults(FaultPlan plan) {
        Objects.requireNonNull(plan, "plan");
        synchronized (lifecycle) {
            injector.setPlan(plan);
            stream.setFaults(plan.streamDropEverySeconds(), plan.streamSilenceAfterSeconds());
            if (outage != null && !closed) {
                outage.set(plan.outage());
            }
        }
    }

    /** {@link #setFaults(FaultPlan)} with a spec string ({@link FaultPlan#parse}). */
    public void setFaults(String spec) {
        setFaults(FaultPlan.parse(spec));
    }

    /** What happened so far: requests, faults, every order placed. */
    public SimStats stats() {
        return new SimStats(serverStats.apiRequests(), serverStats.controlRequests(), serverStats.unauthorized(),
                serverStats.rateLimited(), serverStats.repliesByStatus(), serverStats.faults(),
                serverStats.injectedErrors(), stream.streamStats(),
                exchange.allOrders().stream().map(SimStats.PlacedOrder::of).toList());
    }

    /** The exchange behind the API (for tests: place, tick, inspect directly). */
    public SimExchange exchange() {
        return exchange;
    }

    /** Stops serving and ticking and releases both ports; waits in progress end at once. Idempotent. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            injector.close();
            if (ticker != null) {
                ticker.close();
            }
            exchange.removeListener(publisher);
            stream.close();
            if (app != null) {
                app.stop();
            }
        }
    }

    private void requireStarted() {
        if (outage == null) {
            throw new IllegalStateException("the simulated broker is not started");
        }
    }

    /** Settings of a {@link SimulatedBroker}; every one has a default. */
    public static final class Builder {
        private int port;
        private int controlPort;
        private long seed = 1L;
        private String keyId = DEMO_KEY_ID;
        private String secret = DEMO_SECRET;
        private int rateLimit = DEFAULT_RATE_LIMIT;
        private FaultPlan faults = FaultPlan.NONE;
        private Clock clock = Clock.systemUTC();
        private Duration tickInterval = DEFAULT_TICK_INTERVAL;
        private SimExchange exchange;

        private Builder() {
        }

        /** The API port; 0 (default) picks a free one. */
        public Builder port(int value) {
            port = requirePort(value);
            return this;
        }

        /** The control port; 0 (default) picks a free one. */
        public Builder controlPort(int value) {
            controlPort = requirePort(value);
            return this;
        }

        /** Seeds the fault decisions and (unless an exchange is given) the price walk. Default 1. */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** The one key pair the API accepts; default {@link #DEMO_KEY_ID} / {@link #DEMO_SECRET}. */
        public Builder apiKey(String id, String secretKey) {
            keyId = Objects.requireNonNull(id, "id");
            secret = Objects.requireNonNull(secretKey, "secretKey");
            return this;
        }

        /** Requests per minute per key; 0 turns limiting off. Default 200, as Alpaca's. */
        public Builder rateLimit(int perMinute) {
            if (perMinute < 0) {
                throw new IllegalArgumentException("rate limit must not be negative: " + perMinute);
            }
            rateLimit = perMinute;
            return this;
        }

        /** The fault plan at start; default none. */
        public Builder faults(FaultPlan value) {
            faults = Objects.requireNonNull(value, "faults");
            return this;
        }

        /** The fault plan at start as a spec string ({@link FaultPlan#parse}). */
        public Builder faults(String spec) {
            return faults(FaultPlan.parse(spec));
        }

        /** The clock of the exchange built by default (ignored when {@link #exchange} is given). */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** How often the exchange ticks; zero turns the ticker off (tests tick by hand). Default 200 ms. */
        public Builder tickInterval(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("tick interval must not be negative: " + value);
            }
            tickInterval = value;
            return this;
        }

        /** An exchange to serve instead of a default one on {@link #clock} and {@link #seed}. */
        public Builder exchange(SimExchange value) {
            exchange = Objects.requireNonNull(value, "exchange");
            return this;
        }

        /** A broker with these settings, not yet started. */
        public SimulatedBroker build() {
            return new SimulatedBroker(this);
        }

        private static int requirePort(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("not a port: " + value);
            }
            return value;
        }
    }
}
