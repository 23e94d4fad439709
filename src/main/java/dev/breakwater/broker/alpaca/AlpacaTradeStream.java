package dev.breakwater.broker.alpaca;

import dev.breakwater.broker.MalformedReplyException;
import dev.breakwater.broker.StreamState;
import dev.breakwater.broker.StreamStatus;
import dev.breakwater.broker.TradeStream;
import dev.breakwater.broker.TradeStreamListener;
import dev.breakwater.broker.TransportException;
import dev.breakwater.broker.UnauthorizedException;
import dev.breakwater.domain.TradeUpdate;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alpaca's {@code trade_updates} stream over an OkHttp WebSocket: authenticate, listen, deliver every
 * event, and keep doing so across cuts, silent stalls and restarts.
 *
 * <p>Threads: OkHttp's reader thread only parses frames and hands them over. Everything else (the
 * connection state machine, every listener callback, the watchdog's decision) runs on this client's one
 * events thread, so callbacks are serial and in order, and {@link TradeStreamListener#onSubscribed()}
 * holds back the events that arrive while it recovers the gap. Timers (backoff waits, watchdog ticks) run
 * on the given scheduler and only post work to the events thread.
 *
 * <p>One connection at a time: a new one is opened only after OkHttp reported the previous one finished
 * ({@code onClosed} or {@code onFailure}), so the server never sees two authenticated at once.
 *
 * <p>Failures: a connection that fails before it is subscribed counts as a failed call of the stream
 * circuit breaker; one that reaches the {@code listening} acknowledgement counts as a success. Every attempt
 * first asks the breaker for permission; while it refuses, the client keeps waiting with its backoff. An
 * explicit {@code unauthorized} reply stops the client for good: wrong keys do not fix themselves, and
 * retrying them is the hammering this client exists to avoid.
 *
 * <p>Health: OkHttp sends a ping every {@link TradeStreamSettings#pingInterval()} and fails the socket
 * itself when a pong is overdue at the next ping; the {@link StalenessWatchdog} additionally declares the
 * connection STALE after {@link TradeStreamSettings#staleAfter()} without a frame or pong. Either ends as
 * STALE, then RECONNECTING.
 *
 * <p>Secrets: the key pair is only written into the {@code authenticate} frame; it is in no log line,
 * exception or {@link #toString()}.
 */
public final class AlpacaTradeStream implements TradeStream {

    /** The STOPPED reason after the server refused the keys. */
    public static final String UNAUTHORIZED_REASON = "unauthorized: check the API keys";
    /** The STOPPED reason after {@link #close()}. */
    public static final String CLOSED_REASON = "closed";
    static final String TRADE_UPDATES = "trade_updates";

    private static final Logger LOG = LoggerFactory.getLogger(AlpacaTradeStream.class);
    private static final int CLOSE_NORMAL = 1000;
    private static final long CLOSE_WAIT_MILLIS = 1_000;

    private final AlpacaConfig config;
    private final String streamUrl;
    private final TradeStreamListener listener;
    private final CircuitBreaker breaker;
    private final TradeStreamSettings settings;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final ExecutorService events;
    private volatile Thread eventsThread;
    private final OkHttpClient http;
    private final ExecutorService ownedDispatcherPool;
    private final StreamBackoff backoff;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closeRequested = new AtomicBoolean();

    // Confined to the events thread.
    private Connection current;
    private boolean stopped;
    private boolean connectWhenReleased;
    private ScheduledFuture<?> retryTimer;
    private ScheduledFuture<?> watchdogTimer;
    private long connects;
    private long malformed;

    // Read from any thread.
    private volatile StreamStatus status;
    private volatile Instant lastMessageAt;
    private volatile Instant lastEventAt;

    /** Production wiring: default settings, system clock, own timer thread and OkHttp client. */
    public AlpacaTradeStream(AlpacaConfig config, TradeStreamListener listener, CircuitBreaker breaker) {
        this(builder(config, listener, breaker));
    }

    AlpacaTradeStream(AlpacaTradeStreamBuilder builder) {
        this.config = builder.config;
        this.streamUrl = builder.streamUrl == null ? StreamUrls.derive(config) : StreamUrls.checked(builder.streamUrl);
        this.listener = builder.listener;
        this.breaker = builder.breaker;
        this.settings = builder.settings;
        this.clock = builder.clock;
        this.backoff = new StreamBackoff(settings.backoffBase(), settings.backoffCap(), settings.stableAfter(),
                builder.random);
        this.ownsScheduler = builder.scheduler == null;
        this.scheduler = ownsScheduler
                ? Executors.newSingleThreadScheduledExecutor(StreamThreads.named("breakwater-trade-stream-timer"))
                : builder.scheduler;
        this.events = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = StreamThreads.named("breakwater-trade-stream").newThread(runnable);
            eventsThread = thread;
            return thread;
        });
        OkHttpClient.Builder httpBuilder;
        if (builder.httpClient == null) {
            ownedDispatcherPool = Executors.newCachedThreadPool(StreamThreads.named("breakwater-trade-stream-okhttp"));
            httpBuilder = new OkHttpClient.Builder().dispatcher(new Dispatcher(ownedDispatcherPool));
        } else {
            ownedDispatcherPool = null;
            httpBuilder = builder.httpClient.newBuilder();
        }
        this.http = httpBuilder
                .connectTimeout(config.connectTimeout())
                // An idle stream is normal; staleness is the watchdog's call, not a socket timeout's.
                .readTimeout(Duration.ZERO)
                .writeTimeout(config.callTimeout())
                .callTimeout(Duration.ZERO)
                .pingInterval(settings.pingInterval())
                // A redirect would carry the connection (and then the credentials) somewhere else.
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
        this.status = new StreamStatus(StreamState.STOPPED, "not started", 0, null, null, 0, 0);
    }

    /** A builder for everything {@link #AlpacaTradeStream(AlpacaConfig, TradeStreamListener, CircuitBreaker)} defaults. */
    public static AlpacaTradeStreamBuilder builder(AlpacaConfig config, TradeStreamListener listener,
                                                  CircuitBreaker breaker) {
        return new AlpacaTradeStreamBuilder(config, listener, breaker);
    }

    @Override
    public void start() {
        if (closeRequested.get()) {
            throw new IllegalStateException("the trade stream was closed; create a new one");
        }
        if (!started.compareAndSet(false, true)) {
            return;
        }
        long period = settings.watchdogPeriod().toNanos();
        post(() -> {
            watchdogTimer = scheduler.scheduleWithFixedDelay(() -> post(this::watchdogTick), period, period,
                    TimeUnit.NANOSECONDS);
            connect();
        });
    }

    @Override
    public StreamStatus status() {
        return status;
    }

    /**
     * When the latest event seen happened, by the broker's clock: the event's {@code timestamp}, else the
     * order's {@code updated_at}, else the time it arrived; never moving backwards. Empty before the first
     * event. This is where a gap query ({@code GET /v2/orders?after=...}) can start.
     */
    public Optional<Instant> lastEventAt() {
        return Optional.ofNullable(lastEventAt);
    }

    /** The WebSocket address in use (no credentials in it). */
    public String streamUrl() {
        return streamUrl;
    }

    @Override
    public void close() {
        boolean first = closeRequested.compareAndSet(false, true);
        boolean onEventsThread = Thread.currentThread() == eventsThread;
        if (first) {
            Connection[] closing = new Connection[1];
            CountDownLatch stoppedLatch = new CountDownLatch(1);
            boolean posted = post(() -> {
                closing[0] = current;
                stop(CLOSED_REASON, true);
                stoppedLatch.countDown();
            });
            if (posted && !onEventsThread) {
                await(stoppedLatch);
                Connection connection = closing[0];
                // The server answers our close frame at once; a silent one never does, so do not wait long.
                if (connection != null && !await(connection.terminated)) {
                    connection.socket.cancel();
                }
            }
        }
        events.shutdown();
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
        if (!onEventsThread) {
            awaitTermination(events);
        }
        if (ownedDispatcherPool != null) {
            ownedDispatcherPool.shutdown();
            awaitTermination(ownedDispatcherPool);
            http.connectionPool().evictAll();
        }
    }

    @Override
    public String toString() {
        return "AlpacaTradeStream[url=" + streamUrl + ", state=" + status.state() + "]";
    }

    // ---- The state machine, on the events thread ----------------------------------------------------

    private void connect() {
        if (stopped) {
            return;
        }
        if (current != null && !current.released) {
            // Never two at once: the previous socket is still being torn down; connect when it is gone.
            connectWhenReleased = true;
            return;
        }
        connectWhenReleased = false;
        if (!breaker.tryAcquirePermission()) {
            scheduleRetry("stream circuit breaker is " + breaker.getState().name().toLowerCase(Locale.ROOT));
            return;
        }
        connects++;
        Connection connection = new Connection(connects);
        current = connection;
        publish(StreamState.CONNECTING, null, backoff.attempt(), null);
        connection.socket = http.newWebSocket(new Request.Builder().url(streamUrl).build(), connection);
    }

    private void opened(Connection connection, WebSocket socket) {
        if (connection != current || connection.failed) {
            return;
        }
        publish(StreamState.AUTHENTICATING, null, backoff.attempt(), null);
        socket.send(StreamRequests.authenticate(config));
    }

    private void received(Connection connection, Supplier<StreamMessage> parse) {
        if (connection != current || stopped) {
            return;
        }
        StreamMessage message;
        try {
            message = parse.get();
        } catch (MalformedReplyException e) {
            malformed++;
            // The frame itself is not logged: it could be large, and it is the server's text, not ours.
            LOG.warn("trade stream: skipped a malformed frame ({}); {} so far", e.getMessage(), malformed);
            refreshStatus();
            return;
        }
        refreshStatus();
        if (message instanceof StreamMessage.Update update) {
            deliver(update.update());
        } else if (message instanceof StreamMessage.Authorization authorization) {
            authorization(connection, authorization);
        } else if (message instanceof StreamMessage.Listening listening) {
            listening(connection, listening);
        } else {
            LOG.debug("trade stream: ignored a message of stream {}", ((StreamMessage.Other) message).stream());
        }
    }

    private void authorization(Connection connection, StreamMessage.Authorization authorization) {
        if (connection.failed) {
            return;
        }
        if (authorization.authorized()) {
            if (!connection.listenSent) {
                connection.listenSent = true;
                connection.socket.send(StreamRequests.listen(TRADE_UPDATES));
            }
        } else if ("listen".equals(authorization.action())) {
            // Our listen overtook the authorization: a protocol hiccup, not a key problem; start over.
            fail(connection, "listen refused before authorization", false, null);
        } else {
            refused(connection);
        }
    }

    private void listening(Connection connection, StreamMessage.Listening listening) {
        if (connection.failed || connection.live) {
            return;
        }
        if (!listening.streams().contains(TRADE_UPDATES)) {
            fail(connection, "the server did not subscribe trade_updates (listening to " + listening.streams() + ")",
                    false, null);
            return;
        }
        recordSuccess(connection);
        try {
            listener.onSubscribed();
        } catch (RuntimeException e) {
            // LIVE promises a recovered gap; without it the events cannot be trusted, so try again later.
            LOG.warn("trade stream: gap recovery failed, reconnecting", e);
            fail(connection, "gap recovery failed: " + e, false, e);
            return;
        }
        connection.live = true;
        backoff.live(clock.instant());
        publish(StreamState.LIVE, null, 0, null);
    }

    private void deliver(TradeUpdate update) {
        lastEventAt = later(lastEventAt, eventTime(update));
        try {
            listener.onTradeUpdate(update);
        } catch (RuntimeException e) {
            // The listener's bug must not cost the stream: log it and carry on with the next event.
            LOG.error("trade stream listener failed on a {} event", update.eventName(), e);
        }
    }

    private void refused(Connection connection) {
        connection.failed = true;
        if (connection.permissionHeld) {
            connection.permissionHeld = false;
            // A key problem, not an outage: the stream breaker's configuration ignores it (like REST 401s).
            breaker.onError(connection.elapsedNanos(), TimeUnit.NANOSECONDS,
                    new UnauthorizedException(null, 0, null, "trade stream authorization refused"));
        }
        LOG.error("trade stream: the server refused the API keys; not retrying");
        stop(UNAUTHORIZED_REASON, false);
    }

    private void fail(Connection connection, String reason, boolean stale, Throwable cause) {
        if (connection != current || connection.failed || stopped) {
            return;
        }
        connection.failed = true;
        if (connection.permissionHeld) {
            connection.permissionHeld = false;
            breaker.onError(connection.elapsedNanos(), TimeUnit.NANOSECONDS,
                    new TransportException(null, "trade stream: " + reason, false, cause));
        }
        if (stale) {
            publish(StreamState.STALE, reason, backoff.attempt(), null);
        }
        connection.socket.cancel();
        scheduleRetry(reason);
    }

    private void scheduleRetry(String reason) {
        Instant now = clock.instant();
        Duration delay = backoff.nextDelay(now);
        // Scheduled before it is announced: whoever sees RECONNECTING can count on the timer being set.
        Runnable retry = () -> post(this::connect);
        retryTimer = scheduler.schedule(retry, delay.toNanos(), TimeUnit.NANOSECONDS);
        publish(StreamState.RECONNECTING, reason, backoff.attempt(), now.plus(delay));
    }

    private void released(Connection connection) {
        connection.released = true;
        if (connection == current && connectWhenReleased) {
            connect();
        }
    }

    private void failed(Connection connection, Throwable failure, Response response) {
        if (connection != current || connection.failed || stopped) {
            return;
        }
        if (response != null && (response.code() == 401 || response.code() == 403)) {
            refused(connection);
        } else if (failure instanceof SocketTimeoutException && String.valueOf(failure.getMessage()).contains("pong")) {
            fail(connection, "stale: no pong within the ping interval of " + settings.pingInterval(), true, failure);
        } else if (response != null) {
            fail(connection, "upgrade refused: HTTP " + response.code(), false, failure);
        } else {
            fail(connection, "connection failed: " + failure, false, failure);
        }
    }

    private void watchdogTick() {
        Connection connection = current;
        if (connection == null || connection.failed || stopped) {
            return;
        }
        Instant now = clock.instant();
        Optional<Duration> silent = connection.watchdog.check(now, PongCount.of(connection.socket));
        Instant sign = connection.watchdog.lastSign();
        if (sign != null && !sign.equals(lastMessageAt)) {
            lastMessageAt = sign;
            refreshStatus();
        }
        silent.ifPresent(duration -> fail(connection, "stale: no frame or pong for " + duration.toMillis() + " ms",
                true, null));
    }

    private void stop(String reason, boolean closeSocket) {
        if (stopped) {
            return;
        }
        stopped = true;
        cancel(retryTimer);
        cancel(watchdogTimer);
        Connection connection = current;
        if (connection != null && !connection.released) {
            if (connection.permissionHeld) {
                connection.permissionHeld = false;
                breaker.releasePermission();
            }
            connection.socket.close(CLOSE_NORMAL, closeSocket ? "client closing" : "unauthorized");
        }
        publish(StreamState.STOPPED, reason, backoff.attempt(), null);
    }

    private void recordSuccess(Connection connection) {
        if (connection.permissionHeld) {
            connection.permissionHeld = false;
            breaker.onSuccess(connection.elapsedNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void publish(StreamState state, String reason, int attempt, Instant nextTryAt) {
        StreamStatus next = new StreamStatus(state, reason, attempt, nextTryAt, lastMessageAt, connects, malformed);
        status = next;
        if (state == StreamState.LIVE || state == StreamState.CONNECTING || state == StreamState.AUTHENTICATING) {
            LOG.debug("trade stream {}{}", state, reason == null ? "" : ": " + reason);
        } else {
            LOG.info("trade stream {}{}{}", state, reason == null ? "" : ": " + reason,
                    nextTryAt == null ? "" : " (attempt " + attempt + " at " + nextTryAt + ")");
        }
        try {
            listener.onStatus(next);
        } catch (RuntimeException e) {
            LOG.error("trade stream listener failed on a status change", e);
        }
    }

    /** The counters and last-message time changed, the state did not: no callback, just a fresh snapshot. */
    private void refreshStatus() {
        StreamStatus old = status;
        status = new StreamStatus(old.state(), old.reason(), old.attempt(), old.nextTryAt(), lastMessageAt, connects,
                malformed);
    }

    // ---- Helpers ------------------------------------------------------------------------------------

    private Instant eventTime(TradeUpdate update) {
        OffsetDateTime at = update.timestamp() != null ? update.timestamp() : update.order().updatedAt();
        return at != null ? at.toInstant() : clock.instant();
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private boolean post(Runnable task) {
        try {
            events.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("trade stream: internal task failed", e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    private static void cancel(ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void awaitTermination(ExecutorService executor) {
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One WebSocket connection and OkHttp's callbacks for it. Callbacks arrive on OkHttp's threads; each is
     * posted to the events thread and ignored there unless this is still the current connection.
     */
    private final class Connection extends WebSocketListener {

        final long number;
        final long startedNanos = System.nanoTime();
        final StalenessWatchdog watchdog = new StalenessWatchdog(settings.staleAfter());
        /** Counted down when OkHttp is done with the socket, directly on OkHttp's thread (for close()). */
        final CountDownLatch terminated = new CountDownLatch(1);
        WebSocket socket;
        boolean permissionHeld = true;
        boolean listenSent;
        boolean live;
        boolean failed;
        boolean released;

        Connection(long number) {
            this.number = number;
            watchdog.reset(clock.instant());
        }

        long elapsedNanos() {
            return System.nanoTime() - startedNanos;
        }

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            post(() -> opened(this, webSocket));
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            frame();
            post(() -> received(this, () -> TradeUpdateMessages.parse(text)));
        }

        @Override
        public void onMessage(WebSocket webSocket, ByteString bytes) {
            frame();
            byte[] frame = bytes.toByteArray();
            post(() -> received(this, () -> TradeUpdateMessages.parse(frame)));
        }

        private void frame() {
            Instant now = clock.instant();
            watchdog.frameArrived(now);
            lastMessageAt = now;
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            // Complete the closing handshake; OkHttp then reports onClosed.
            webSocket.close(CLOSE_NORMAL, null);
            post(() -> fail(this, "closed by the server: " + code + (reason.isEmpty() ? "" : " " + reason), false,
                    null));
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            terminated.countDown();
            post(() -> released(this));
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
            terminated.countDown();
            post(() -> {
                failed(this, failure, response);
                released(this);
            });
        }

        @Override
        public String toString() {
            return "connection #" + number;
        }
    }
}
