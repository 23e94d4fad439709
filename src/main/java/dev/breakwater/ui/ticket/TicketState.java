package dev.breakwater.ui.ticket;

/**
 * Where one ticket stands in its submit flow. Inputs are editable only in {@link #EDITING}; the ticket's
 * client_order_id exists from {@link #PRECAUTION} on (whichever step the flow leaves EDITING for).
 *
 * <pre>
 *   EDITING ─submit─► PRECAUTION ─send anyway─► DUPLICATE ─send anyway─► REVIEW ─confirm─► SENDING
 *      ▲                  │ back                   │ back                 │ back            │
 *      └──────────────────┴────────────────────────┴──────────────────────┘                 ▼
 *   (steps with nothing to ask are skipped)        ACCEPTED | REJECTED | UNKNOWN | NOT_SENT | CONFLICT | JOURNAL_FAILURE
 *   UNKNOWN ─tick() reads the journal─► ACCEPTED | REJECTED | NOT_SENT
 *   any outcome ─submit─► SENDING with the same ticket;  any state but SENDING ─newTicket()─► EDITING
 * </pre>
 */
public enum TicketState {
    /** The trader fills in the ticket; no client_order_id yet. */
    EDITING,
    /** Precautions are broken: send anyway or go back. */
    PRECAUTION,
    /** An identical order went out from this console less than 30 s ago: send anyway or go back. */
    DUPLICATE,
    /** The summary waits for Confirm. */
    REVIEW,
    /** The order service has the ticket; a click now does nothing. */
    SENDING,
    /** The broker has the order (placed now, or earlier: "already placed"). */
    ACCEPTED,
    /** The broker refused it: not placed. */
    REJECTED,
    /** It may or may not be at the broker: resolving through the journal. */
    UNKNOWN,
    /** Provably not placed: Submit again sends the same ticket (same id). */
    NOT_SENT,
    /** Its client_order_id was used for another order: nothing sent. */
    CONFLICT,
    /** The journal failed before sending: nothing sent, trading stopped. */
    JOURNAL_FAILURE;

    /** True once the ticket has been handed to the order service. */
    public boolean sent() {
        return ordinal() >= SENDING.ordinal();
    }

    /** True for the questions asked before sending (Back discards the ticket). */
    public boolean asking() {
        return this == PRECAUTION || this == DUPLICATE || this == REVIEW;
    }
}
