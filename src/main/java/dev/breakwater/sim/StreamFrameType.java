package dev.breakwater.sim;

/**
 * How the simulated {@code trade_updates} stream frames what it sends.
 *
 * <p>Paper trading sends binary frames, and alpaca-java reads only those, so {@link #BINARY} is the
 * default; {@link #TEXT} lets a client be tested against a server that sends text instead.
 */
public enum StreamFrameType {
    BINARY,
    TEXT
}
