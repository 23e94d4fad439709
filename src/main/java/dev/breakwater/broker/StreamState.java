package dev.breakwater.broker;

/** Where the trade-update stream connection stands. */
public enum StreamState {
    /** Opening the WebSocket. */
    CONNECTING,
    /** Open; credentials sent, waiting for the authorization and the listen acknowledgement. */
    AUTHENTICATING,
    /** Subscribed, and the gap since the last event seen has been recovered over REST: events are trusted. */
    LIVE,
    /** No frame and no pong for the staleness period: the connection is considered dead and is being replaced. */
    STALE,
    /** Waiting for the next attempt after a failure (see {@link StreamStatus#attempt()} and {@link StreamStatus#nextTryAt()}). */
    RECONNECTING,
    /** Stopped: closed by us, or refused for good (bad keys are not retried forever). */
    STOPPED
}
