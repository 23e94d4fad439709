package dev.breakwater.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * A circuit breaker's state, mirrored from Resilience4j so the health panel needs no Resilience4j types.
 * DISABLED and FORCED_OPEN publish no events in Resilience4j: a panel must poll
 * {@link BrokerHealth#snapshot()} to see them, not wait for events.
 */
public enum BreakerState {
    CLOSED,
    OPEN,
    HALF_OPEN,
    DISABLED,
    FORCED_OPEN,
    METRICS_ONLY;

    static BreakerState of(CircuitBreaker.State state) {
        return valueOf(state.name());
    }

    /** True when calls are being refused. */
    public boolean rejectsCalls() {
        return this == OPEN || this == FORCED_OPEN;
    }
}
