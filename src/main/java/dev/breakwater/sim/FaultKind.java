package dev.breakwater.sim;

/**
 * The kinds of fault the server injects, as counted in {@code GET /_sim/stats} under {@code faults}. The
 * wire names are those of the {@link FaultPlan} setting that causes them.
 */
public enum FaultKind {
    /** A REST request was held back by latency_ms/latency_jitter_ms (counted when the wait was above 0). */
    LATENCY("latency"),
    /** A REST request was answered 500/502/503/504 without being handled. */
    ERROR("error"),
    /** A REST request was answered with an injected 429. */
    RATE_429("rate429"),
    /** An order was placed and the connection then cut without a reply. */
    DROP_AFTER_ACCEPT("drop_after_accept"),
    /** An order was placed and its reply held back slow_reply_ms. */
    SLOW_REPLY("slow_reply"),
    /** A lookup or list hid at least one order younger than delayed_visibility_ms. */
    DELAYED_VISIBILITY("delayed_visibility"),
    /** A 2xx reply was sent with a truncated body. */
    MALFORMED("malformed"),
    /** An outage began (the REST/stream port was closed). */
    OUTAGE("outage");

    private final String wire;

    FaultKind(String wire) {
        this.wire = wire;
    }

    /** The name in the stats JSON. */
    public String wire() {
        return wire;
    }
}
