package dev.breakwater.broker;

/**
 * The broker's trade-update stream ({@code trade_updates}): one connection at a time, reconnected with
 * backoff, watched for staleness, with a gap recovery after every (re)connect.
 */
public interface TradeStream extends AutoCloseable {

    /** Starts connecting; returns at once. */
    void start();

    /** The connection as it stands now. */
    StreamStatus status();

    /** Closes the connection and stops reconnecting; the state becomes {@link StreamState#STOPPED}. */
    @Override
    void close();
}
