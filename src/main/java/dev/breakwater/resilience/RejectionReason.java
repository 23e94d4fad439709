package dev.breakwater.resilience;

/** Why a call was refused on this side, before anything was sent to the broker. */
public enum RejectionReason {
    /** The endpoint group's circuit breaker is OPEN (or FORCED_OPEN, or HALF_OPEN with its trial calls taken). */
    CIRCUIT_OPEN,
    /** No rate-limit permit would have come within the configured maximum wait. */
    RATE_LIMIT_TIMEOUT,
    /** The thread was interrupted while waiting for a permit or for the next attempt. */
    INTERRUPTED;

    private final String label = name().toLowerCase(java.util.Locale.ROOT);

    /**
     * True for the breaker's and the rate limiter's refusals: expected outcomes while the broker is down
     * or busy, not faults of this program, so their exceptions carry no stack trace.
     */
    public boolean isRefusal() {
        return this != INTERRUPTED;
    }

    /** Lower-case label for messages and metrics. */
    public String label() {
        return label;
    }
}
