package dev.breakwater.journal;

/**
 * A change to an intent, written with its audit event in one transaction. Null fields leave the
 * intent's value as it is.
 *
 * @param to            the new state
 * @param kind          the audit event's kind
 * @param brokerOrderId the broker's order id, when learnt
 * @param brokerStatus  the broker's order status (wire string), when learnt
 * @param countAttempt  true when this change releases the order to the wire once more (attempts + 1)
 * @param error         the failure that caused the change, as text without secrets
 * @param detail        the audit event's detail
 */
public record Transition(
        IntentState to,
        String kind,
        String brokerOrderId,
        String brokerStatus,
        boolean countAttempt,
        String error,
        String detail) {

    /** A state change with an audit line and nothing else. */
    public static Transition to(IntentState state, String kind, String detail) {
        return new Transition(state, kind, null, null, false, null, detail);
    }
}
