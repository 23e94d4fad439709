package dev.breakwater.broker.alpaca;

import okhttp3.WebSocket;
import okhttp3.internal.ws.RealWebSocket;

/**
 * How many pongs an OkHttp WebSocket has received. OkHttp's public API neither sends a ping on demand nor
 * reports a pong; its {@code RealWebSocket} counts them, and that count is the only way to see pongs. The
 * class is internal to OkHttp, so anything unexpected yields -1 ("unknown") and the staleness watchdog
 * falls back to frames alone (OkHttp's own missed-pong failure still applies).
 */
final class PongCount {

    private PongCount() {
    }

    static long of(WebSocket socket) {
        try {
            return socket instanceof RealWebSocket real ? real.receivedPongCount() : -1;
        } catch (LinkageError | RuntimeException e) {
            return -1;
        }
    }
}
