package dev.breakwater.sim;

import io.javalin.config.JavalinConfig;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.websocket.api.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated Alpaca {@code trade_updates} WebSocket stream: authentication in both forms, {@code listen},
 * event push, one connection per account, and injected drops and silences.
 *
 * <p>Decoupled from the exchange: whoever owns the events calls {@link #publish(byte[])} with the finished
 * message ({@code {"stream":"trade_updates","data":{...}}}), from any thread. Mount it with
 * {@link #install(JavalinConfig, String)} while configuring Javalin.
 *
 * <p>Behaviour a client sees:
 * <ul>
 *   <li>Everything the server sends goes in binary frames, as on paper, unless {@link #setFrameType} says
 *       text. Client messages are accepted in text and binary frames.</li>
 *   <li>Wrong credentials get the {@code unauthorized} reply, then the server closes the connection with
 *       1008 "unauthorized": a client cannot linger unauthenticated after a refusal, and a client that
 *       reconnects in a loop on bad keys shows up in {@link StreamStats#connects()}.</li>
 *   <li>When a connection authenticates while another is authenticated, the older one is closed with 1008
 *       (policy violation) "connection replaced": Alpaca allows one stream connection per account, and the
 *       newer connection is the one a reconnecting client wants to keep.</li>
 *   <li>Unknown actions and malformed messages are ignored (logged at debug): Alpaca documents no reply.</li>
 * </ul>
 *
 * <p>All protocol state changes under one lock. Sends only queue a frame in Jetty, which writes it
 * asynchronously, so holding the lock while sending never waits for a slow client.
 */
public final class TradeUpdatesStream implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TradeUpdatesStream.class);

    static final int CLOSE_GOING_AWAY = 1001;
    static final int CLOSE_POLICY_VIOLATION = 1008;
    static final String REASON_REPLACED = "connection replaced";
    static final String REASON_UNAUTHORIZED = "unauthorized";

    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final AtomicLong connectionIds = new AtomicLong();
    private volatile StreamCredentials credentials;
    private volatile StreamFrameType frameType = StreamFrameType.BINARY;

    private final Object lock = new Object();
    // Guarded by lock.
    private final Set<TradeUpdatesConnection> open = new LinkedHashSet<>();
    private StreamFaults faults = StreamFaults.none();
    private ScheduledFuture<?> dropTimer;
    /** Identifies the current drop timer, so a tick of a cancelled timer already under way does nothing. */
    private Object dropToken;
    private int maxConcurrent;
    private boolean closed;

    private final StreamCounters counters = new StreamCounters();

    /** A stream with its own fault timer thread, ended by {@link #close()}. */
    public TradeUpdatesStream(String keyId, String secretKey) {
        this(keyId, secretKey, Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sim-stream-faults");
            thread.setDaemon(true);
            return thread;
        }), true);
    }

    /**
     * A stream whose fault timers run on the given scheduler, which the caller owns and shuts down; tests
     * pass one they can observe.
     */
    public TradeUpdatesStream(String keyId, String secretKey, ScheduledExecutorService scheduler) {
        this(keyId, secretKey, scheduler, false);
    }

    private TradeUpdatesStream(String keyId, String secretKey, ScheduledExecutorService scheduler,
                               boolean ownsScheduler) {
        this.credentials = new StreamCredentials(keyId, secretKey);
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.ownsScheduler = ownsScheduler;
    }

    // ---- Configuration ------------------------------------------------------------------------------

    /**
     * Serves the stream at {@code path} (Alpaca's is {@code /stream}) of the Javalin app being configured.
     * Call it inside {@code Javalin.create(config -> ...)}. The path is a servlet of its own, so it takes
     * precedence over Javalin's routes and no Javalin handler, filter or {@code ws()} route sees it.
     */
    public void install(JavalinConfig config, String path) {
        Objects.requireNonNull(config, "config");
        if (path == null || !path.startsWith("/") || path.contains("*")) {
            throw new IllegalArgumentException("an exact path such as /stream is needed, was " + path);
        }
        config.jetty.modifyServletContextHandler(context ->
                context.addServlet(new ServletHolder("trade_updates " + path, new TradeUpdatesServlet(this)), path));
    }

    /** The key pair clients must present from now on; connections already authenticated stay so. */
    public void setCredentials(String keyId, String secretKey) {
        credentials = new StreamCredentials(keyId, secretKey);
    }

    /** Binary (paper's framing, the default) or text frames, for replies and events sent from now on. */
    public void setFrameType(StreamFrameType frameType) {
        this.frameType = Objects.requireNonNull(frameType, "frameType");
    }

    /**
     * Changes the injected faults at run time. The drop period restarts now. The silence window keeps
     * counting from each connection's authentication, so a connection already past the new window falls
     * silent at once; one already silent stays silent (its client has to reconnect).
     */
    public void setFaults(StreamFaults faults) {
        Objects.requireNonNull(faults, "faults");
        synchronized (lock) {
            this.faults = faults;
            restartDropTimer();
            for (TradeUpdatesConnection connection : open) {
                if (connection.authenticated && !connection.silenced) {
                    scheduleSilence(connection);
                }
            }
        }
    }

    /** The fault plan's {@code stream_drop_every_s} and {@code stream_silence_after_s}; 0 switches one off. */
    public void setFaults(double dropEverySeconds, double silenceAfterSeconds) {
        setFaults(new StreamFaults(dropEverySeconds, silenceAfterSeconds));
    }

    public StreamFaults faults() {
        synchronized (lock) {
            return faults;
        }
    }

    // ---- Events -------------------------------------------------------------------------------------

    /**
     * Sends a finished message to every authenticated connection that listens to {@code trade_updates}
     * and is not silenced. Safe from any thread; it never waits for a client. The bytes are copied, so
     * the caller may reuse the array.
     */
    public void publish(byte[] jsonMessage) {
        byte[] message = Objects.requireNonNull(jsonMessage, "jsonMessage").clone();
        StreamFrameType type = frameType;
        synchronized (lock) {
            for (TradeUpdatesConnection connection : open) {
                if (connection.authenticated && connection.listening && !connection.silenced) {
                    counters.messagesSent.incrementAndGet();
                    connection.send(message, type, countingFailures());
                }
            }
        }
    }

    public StreamStats streamStats() {
        synchronized (lock) {
            return counters.snapshot(open.size(), maxConcurrent);
        }
    }

    /** Stops the fault timers and closes every connection with 1001 "going away"; new ones are refused. */
    @Override
    public void close() {
        synchronized (lock) {
            if (!closed) {
                closed = true;
                restartDropTimer();
                for (TradeUpdatesConnection connection : List.copyOf(open)) {
                    letGo(connection);
                    endOrderly(connection, CLOSE_GOING_AWAY, "server shutting down");
                }
            }
        }
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
    }

    // ---- Called by the connections, on Jetty's threads ----------------------------------------------

    TradeUpdatesConnection newConnection() {
        return new TradeUpdatesConnection(this, connectionIds.incrementAndGet());
    }

    void opened(TradeUpdatesConnection connection) {
        synchronized (lock) {
            counters.connects.incrementAndGet();
            if (closed) {
                connection.gone = true;
                connection.close(CLOSE_GOING_AWAY, "server shutting down");
                return;
            }
            open.add(connection);
        }
    }

    void received(TradeUpdatesConnection connection, StreamRequest request) {
        synchronized (lock) {
            // A silenced server says nothing at all, not even a reply.
            if (connection.gone || connection.silenced) {
                return;
            }
            if (request instanceof StreamRequest.Authenticate attempt) {
                authenticate(connection, attempt);
            } else if (request instanceof StreamRequest.Listen listen) {
                listen(connection, listen);
            } else {
                LOG.debug("{} ignored a message: {}", connection, ((StreamRequest.Unsupported) request).why());
            }
        }
    }

    void closed(TradeUpdatesConnection connection) {
        synchronized (lock) {
            letGo(connection);
        }
    }

    // ---- Protocol, under the lock -------------------------------------------------------------------

    private void authenticate(TradeUpdatesConnection connection, StreamRequest.Authenticate attempt) {
        if (!credentials.accept(attempt)) {
            LOG.debug("{} refused: wrong credentials for key {}", connection, attempt.keyId());
            reply(connection, StreamReplies.unauthorized("authenticate"));
            letGo(connection);
            connection.close(CLOSE_POLICY_VIOLATION, REASON_UNAUTHORIZED);
            return;
        }
        if (!connection.authenticated) {
            List<TradeUpdatesConnection> older = open.stream()
                    .filter(other -> other != connection && other.authenticated)
                    .toList();
            maxConcurrent = Math.max(maxConcurrent, older.size() + 1);
            older.forEach(this::replace);
            connection.authenticated = true;
            connection.authenticatedAtNanos = System.nanoTime();
            scheduleSilence(connection);
        }
        reply(connection, StreamReplies.authorized("authenticate"));
    }

    private void listen(TradeUpdatesConnection connection, StreamRequest.Listen listen) {
        if (!connection.authenticated) {
            reply(connection, StreamReplies.unauthorized("listen"));
            return;
        }
        // The list replaces the current set; streams this server does not have are left out of the ack.
        List<String> accepted = listen.streams().stream()
                .filter(StreamReplies.TRADE_UPDATES::equals)
                .distinct()
                .toList();
        connection.listening = !accepted.isEmpty();
        reply(connection, StreamReplies.listening(accepted));
    }

    private void replace(TradeUpdatesConnection older) {
        LOG.debug("{} replaced by a newer authenticated connection", older);
        letGo(older);
        counters.replaced.incrementAndGet();
        endOrderly(older, CLOSE_POLICY_VIOLATION, REASON_REPLACED);
    }

    /** A close frame, unless the connection is silenced: then it only loses its socket, as it sends nothing. */
    private static void endOrderly(TradeUpdatesConnection connection, int statusCode, String reason) {
        if (connection.silenced) {
            connection.disconnect();
        } else {
            connection.close(statusCode, reason);
        }
    }

    private void reply(TradeUpdatesConnection connection, byte[] message) {
        connection.send(message, frameType, countingFailures());
    }

    /** Forgets a connection: it no longer counts as open and gets nothing more from the stream. */
    private void letGo(TradeUpdatesConnection connection) {
        open.remove(connection);
        connection.gone = true;
        cancelSilence(connection);
    }

    private Callback countingFailures() {
        return Callback.from(() -> { }, failure -> {
            counters.sendFailures.incrementAndGet();
            LOG.debug("stream send failed: {}", failure.toString());
        });
    }

    // ---- Faults, under the lock ---------------------------------------------------------------------

    private void restartDropTimer() {
        if (dropTimer != null) {
            dropTimer.cancel(false);
        }
        dropTimer = null;
        dropToken = null;
        if (faults.dropsConnections() && !closed) {
            Object token = new Object();
            long period = faults.dropEveryNanos();
            dropToken = token;
            dropTimer = scheduler.scheduleAtFixedRate(() -> dropAll(token), period, period, TimeUnit.NANOSECONDS);
        }
    }

    private void dropAll(Object token) {
        synchronized (lock) {
            if (token != dropToken) {
                return;
            }
            for (TradeUpdatesConnection connection : List.copyOf(open)) {
                letGo(connection);
                counters.dropsInjected.incrementAndGet();
                try {
                    connection.disconnect();
                } catch (RuntimeException e) {
                    // A periodic task that throws is never run again: keep the fault alive.
                    LOG.warn("cutting {} failed", connection, e);
                }
            }
        }
    }

    private void scheduleSilence(TradeUpdatesConnection connection) {
        cancelSilence(connection);
        if (!faults.silencesConnections() || closed) {
            return;
        }
        long due = connection.authenticatedAtNanos + faults.silenceAfterNanos();
        long delay = Math.max(0, due - System.nanoTime());
        Object token = new Object();
        connection.silenceToken = token;
        connection.silenceTimer = scheduler.schedule(() -> silence(connection, token), delay, TimeUnit.NANOSECONDS);
    }

    private void silence(TradeUpdatesConnection connection, Object token) {
        synchronized (lock) {
            if (connection.gone || connection.silenceToken != token) {
                return;
            }
            connection.silenced = true;
            connection.silenceToken = null;
            connection.silenceTimer = null;
            counters.silencesInjected.incrementAndGet();
            LOG.debug("{} silenced by the stream_silence_after_s fault", connection);
        }
    }

    private static void cancelSilence(TradeUpdatesConnection connection) {
        if (connection.silenceTimer != null) {
            connection.silenceTimer.cancel(false);
        }
        connection.silenceTimer = null;
        connection.silenceToken = null;
    }
}
