package dev.breakwater.orders;

/** The kinds of audit event this package writes to the journal. */
public final class AuditKinds {

    /** The pre-send commit: the order is released to the wire (once more). */
    public static final String SENT = "SENT";
    /** The broker's answer to a placement changed the intent's state. */
    public static final String STATE = "STATE";
    /** A lookup by client_order_id (by a re-click or the reconciler), whatever it found. */
    public static final String RECONCILED = "RECONCILED";
    /** A trade-stream event about the intent's order. */
    public static final String BROKER_UPDATE = "BROKER_UPDATE";

    private AuditKinds() {
    }
}
