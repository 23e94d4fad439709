package dev.breakwater.sim;

import java.time.Duration;
import org.eclipse.jetty.ee10.websocket.server.JettyWebSocketServlet;
import org.eclipse.jetty.ee10.websocket.server.JettyWebSocketServletFactory;

/**
 * The raw Jetty WebSocket servlet behind the stream's path.
 *
 * <p>It is a servlet of its own rather than a Javalin {@code ws()} route because Javalin's endpoint does
 * not override {@code onWebSocketPing}, so Jetty would answer every ping itself and a silenced connection
 * would still look alive.
 */
final class TradeUpdatesServlet extends JettyWebSocketServlet {

    private static final long serialVersionUID = 1L;

    /**
     * Jetty's default WebSocket idle timeout (30 s) would close a quiet connection by itself; Alpaca keeps
     * an idle stream open, so only a much longer timeout reclaims connections clients abandoned.
     */
    private static final Duration IDLE_TIMEOUT = Duration.ofHours(1);

    /**
     * Bounds the frames queued for one slow client; beyond it a send fails (and is counted) instead of
     * the server's memory growing.
     */
    private static final int MAX_QUEUED_FRAMES = 4096;

    private final transient TradeUpdatesStream stream;

    TradeUpdatesServlet(TradeUpdatesStream stream) {
        this.stream = stream;
    }

    @Override
    protected void configure(JettyWebSocketServletFactory factory) {
        factory.setIdleTimeout(IDLE_TIMEOUT);
        factory.setMaxOutgoingFrames(MAX_QUEUED_FRAMES);
        factory.setCreator((request, response) -> stream.newConnection());
    }
}
