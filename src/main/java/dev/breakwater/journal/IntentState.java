package dev.breakwater.journal;

/**
 * Where an order intent stands. The journal's whole promise rests on one rule: an intent is committed
 * as {@link #SENDING} <em>before</em> the first byte of its order goes out, in a single commit.
 *
 * <pre>
 *   PENDING ──(pre-send commit)──► SENDING ──► ACCEPTED   broker has the order (placed, or found by client_order_id)
 *      │                              ├──────► REJECTED   broker said no (403 / 422 / 400): not placed
 *      │                              ├──────► UNKNOWN    outcome ambiguous: reconcile, never guess
 *      │                              └──────► NOT_SENT   provably never reached the broker
 *      └─────────────────────────────────────► NOT_SENT   journaled, never released (e.g. found at restart)
 *   UNKNOWN ──(reconcile)──► ACCEPTED | NOT_SENT          by looking the order up by client_order_id
 *   NOT_SENT ──(the trader submits the same ticket again)──► SENDING   same client_order_id
 * </pre>
 *
 * A {@code PENDING} intent found at start-up provably never reached the broker: the journal order
 * (SENDING committed before sending) means nothing of it was sent.
 */
public enum IntentState {
    /** Journaled, nothing sent. */
    PENDING,
    /** Committed immediately before sending: bytes may be on the wire. */
    SENDING,
    /** The broker has the order. */
    ACCEPTED,
    /** The broker refused it (403 / 422 / 400): it was not placed. */
    REJECTED,
    /** The outcome is ambiguous (timeout, cut connection, 5xx after sending): to be reconciled. */
    UNKNOWN,
    /** Provably never reached the broker (breaker open, connection refused, never released). */
    NOT_SENT;

    /** True when no reconciliation is owed: the broker's answer (or its certain absence) is known. */
    public boolean isResolved() {
        return this == ACCEPTED || this == REJECTED || this == NOT_SENT;
    }
}
