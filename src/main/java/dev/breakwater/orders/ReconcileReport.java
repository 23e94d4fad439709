package dev.breakwater.orders;

/**
 * What one reconciliation did.
 *
 * @param accepted   SENDING / UNKNOWN intents found at the broker and recorded ACCEPTED
 * @param notSent    intents recorded NOT_SENT: PENDING ones at start-up, and those the broker provably lacks
 * @param adopted    orders of ours found at the broker that the journal lacked, journaled as RECOVERED
 * @param stillOpen  intents left unresolved for a later round (not visible yet, lookup failed, busy)
 */
public record ReconcileReport(int accepted, int notSent, int adopted, int stillOpen) {

    public static final ReconcileReport NOTHING = new ReconcileReport(0, 0, 0, 0);

    public ReconcileReport plus(ReconcileReport other) {
        return new ReconcileReport(accepted + other.accepted, notSent + other.notSent, adopted + other.adopted,
                stillOpen + other.stillOpen);
    }
}
