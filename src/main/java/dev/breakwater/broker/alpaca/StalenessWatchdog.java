package dev.breakwater.broker.alpaca;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides when a connection is dead although no error was reported (alpaca-py#740, alpaca-trade-api-js#173:
 * "connected" sockets that deliver nothing): no frame and no pong for {@code staleAfter}.
 *
 * <p>Frames are reported as they arrive ({@link #frameArrived}, any thread). Pongs are not reported by
 * OkHttp; the client passes OkHttp's running pong count to each {@link #check}, and a count that grew
 * since the previous check counts as a sign of life at that check. So pongs are seen with the resolution
 * of the check period, which is far below {@code staleAfter}.
 */
final class StalenessWatchdog {

    private final Duration staleAfter;
    private volatile Instant openedAt;
    private volatile Instant lastSign;
    private long lastPongCount;

    StalenessWatchdog(Duration staleAfter) {
        this.staleAfter = Objects.requireNonNull(staleAfter, "staleAfter");
    }

    /** A new connection is being opened at {@code now}: the silence is measured from here. */
    synchronized void reset(Instant now) {
        openedAt = now;
        lastSign = null;
        lastPongCount = 0;
    }

    /** A frame arrived (any thread). */
    void frameArrived(Instant at) {
        lastSign = at;
    }

    /** When the last frame or pong was seen on this connection, or null before the first. */
    Instant lastSign() {
        return lastSign;
    }

    /**
     * Looks at the connection at {@code now}.
     *
     * @param pongCount pongs received on this connection so far, or a negative number when unknown
     * @return how long it has been silent, when that is at least {@code staleAfter}; else empty
     */
    synchronized Optional<Duration> check(Instant now, long pongCount) {
        if (pongCount > lastPongCount) {
            lastPongCount = pongCount;
            Instant last = lastSign;
            if (last == null || now.isAfter(last)) {
                lastSign = now;
            }
        }
        Instant since = lastSign != null ? lastSign : openedAt;
        if (since == null) {
            return Optional.empty();
        }
        Duration silent = Duration.between(since, now);
        return silent.compareTo(staleAfter) >= 0 ? Optional.of(silent) : Optional.empty();
    }
}
