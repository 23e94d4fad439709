package dev.breakwater.broker;

import dev.breakwater.domain.TradeUpdate;

/**
 * Receives what the trade-update stream delivers. Callbacks run on the stream client's own thread, one at
 * a time and in order; they must not block for long (hand heavy work to another executor).
 */
public interface TradeStreamListener {

    /** One trade update, in the order the broker sent it. */
    void onTradeUpdate(TradeUpdate update);

    /**
     * Called after every successful subscription, before the stream reports {@link StreamState#LIVE}:
     * nothing replays events missed while disconnected, so this is where the gap is recovered over REST
     * (orders changed since the last event seen, account, positions). Events arriving meanwhile are
     * delivered after it returns.
     */
    default void onSubscribed() {
    }

    /** The connection's state changed. */
    default void onStatus(StreamStatus status) {
    }
}
