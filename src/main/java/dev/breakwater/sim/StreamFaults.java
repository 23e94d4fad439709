package dev.breakwater.sim;

import java.util.concurrent.TimeUnit;

/**
 * The faults the simulated {@code trade_updates} stream injects, in seconds; {@code 0} switches a fault off.
 *
 * <p>Seconds are doubles so tests can use sub-second windows; the fault plan's {@code stream_drop_every_s}
 * and {@code stream_silence_after_s} map onto them one to one.
 *
 * @param dropEverySeconds    every this many seconds, every open stream connection is cut abruptly (no
 *                            close handshake), as a network drop would
 * @param silenceAfterSeconds this many seconds after a connection authenticated, the server stops sending
 *                            anything on it, pongs and replies included, while the socket stays open
 *                            (only a close frame the client sends first is still answered, by Jetty)
 */
public record StreamFaults(double dropEverySeconds, double silenceAfterSeconds) {

    private static final StreamFaults NONE = new StreamFaults(0, 0);

    public StreamFaults {
        requireSeconds("dropEverySeconds", dropEverySeconds);
        requireSeconds("silenceAfterSeconds", silenceAfterSeconds);
    }

    /** No fault: the stream behaves. */
    public static StreamFaults none() {
        return NONE;
    }

    public boolean dropsConnections() {
        return dropEverySeconds > 0;
    }

    public boolean silencesConnections() {
        return silenceAfterSeconds > 0;
    }

    long dropEveryNanos() {
        return toNanos(dropEverySeconds);
    }

    long silenceAfterNanos() {
        return toNanos(silenceAfterSeconds);
    }

    private static long toNanos(double seconds) {
        // At least 1 ns so a tiny positive setting never becomes a zero period, which the scheduler refuses.
        return Math.max(1, Math.round(seconds * TimeUnit.SECONDS.toNanos(1)));
    }

    private static void requireSeconds(String name, double seconds) {
        // The upper bound keeps the nanosecond conversion far from overflow (about 292 years).
        if (!Double.isFinite(seconds) || seconds < 0 || seconds > TimeUnit.DAYS.toSeconds(365)) {
            throw new IllegalArgumentException(name + " must be between 0 and one year, was " + seconds);
        }
    }
}
