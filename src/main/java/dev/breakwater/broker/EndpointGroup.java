package dev.breakwater.broker;

import java.util.Locale;

/**
 * Broker calls grouped by the circuit breaker that guards them: a failing order channel must not stop
 * reads, and the stream's reconnects have a breaker of their own.
 */
public enum EndpointGroup {
    ORDERS,
    READS,
    STREAM;

    /** The breaker's name, e.g. {@code orders}. */
    public String breakerName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
