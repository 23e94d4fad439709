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

    /** Lower-case label for messages and metrics. */
    public String label() {
        return label;
    }
}
