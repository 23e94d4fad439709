package dev.breakwater.sim;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledFuture;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection to the simulated {@code trade_updates} stream: the Jetty endpoint that receives
 * its frames, and its protocol state. The decisions live in {@link TradeUpdatesStream}.
 *
 * <p>Public only because Jetty binds endpoint methods through {@code MethodHandles.publicLookup()}; the
 * constructor stays package-private.
 *
 * <p>It handles pings itself rather than leaving them to Jetty: Jetty answers a ping automatically only
 * when the endpoint does not override {@link #onWebSocketPing}, and a silenced connection must not answer,
 * so a client's staleness watchdog can see the silence.
 */
public final class TradeUpdatesConnection implements Session.Listener.AutoDemanding {

    private static final Logger LOG = LoggerFactory.getLogger(TradeUpdatesConnection.class);

    private final TradeUpdatesStream stream;
    private final long id;
    private volatile Session session;

    // Protocol state, guarded by the stream's lock.
    boolean authenticated;
    long authenticatedAtNanos;
    boolean listening;
    /** Identifies the pending silence timer, so a timer replaced by a fault change does nothing. */
    Object silenceToken;
    ScheduledFuture<?> silenceTimer;
    /** Set when the stream has let go of the connection: closed by the client, cut, replaced or refused. */
    boolean gone;
    /** Read without the lock by the ping handler, on Jetty's thread. */
    volatile boolean silenced;

    TradeUpdatesConnection(TradeUpdatesStream stream, long id) {
        this.stream = stream;
        this.id = id;
    }

    long id() {
        return id;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        this.session = session;
        stream.opened(this);
    }

    @Override
    public void onWebSocketText(String message) {
        stream.received(this, StreamRequest.parse(message.getBytes(StandardCharsets.UTF_8)));
    }

    /** Paper clients may send binary frames too; they carry the same UTF-8 JSON. */
    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        try {
            byte[] bytes = new byte[payload.remaining()];
            payload.get(bytes);
            stream.received(this, StreamRequest.parse(bytes));
        } finally {
            callback.succeed();
        }
    }

    @Override
    public void onWebSocketPing(ByteBuffer payload) {
        if (!silenced) {
            session.sendPong(payload, Callback.NOOP);
        }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason, Callback callback) {
        try {
            LOG.debug("stream connection {} closed: {} {}", id, statusCode, reason);
            stream.closed(this);
        } finally {
            callback.succeed();
        }
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOG.debug("stream connection {} failed: {}", id, cause.toString());
        stream.closed(this);
    }

    /** Queues a frame; Jetty writes it asynchronously and reports through the callback. */
    void send(byte[] message, StreamFrameType frameType, Callback callback) {
        if (frameType == StreamFrameType.BINARY) {
            session.sendBinary(ByteBuffer.wrap(message), callback);
        } else {
            session.sendText(new String(message, StandardCharsets.UTF_8), callback);
        }
    }

    /** Orderly close: a close frame with the code and reason, then the handshake. */
    void close(int statusCode, String reason) {
        session.close(statusCode, reason, Callback.NOOP);
    }

    /** Abrupt close: the TCP connection goes without a close frame, like a network drop. */
    void disconnect() {
        session.disconnect();
    }

    @Override
    public String toString() {
        return "stream connection " + id;
    }
}
