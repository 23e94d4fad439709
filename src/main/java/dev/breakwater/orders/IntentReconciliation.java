package dev.breakwater.orders;

import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.journal.JournalEvent;
import dev.breakwater.journal.OrderJournal;
import dev.breakwater.journal.Transition;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles one SENDING or UNKNOWN intent for the {@link Reconciler}: look it up by client_order_id; found
 * → ACCEPTED; provably absent → NOT_SENT; otherwise leave it for the next round.
 *
 * <p>It never sends. An order the broker lacks is recorded NOT_SENT and stays with the trader, who may
 * submit the ticket again: an order clicked during an outage must not go out minutes later unseen (the
 * QuickFIX/J stale-resend hazard).
 */
final class IntentReconciliation {

    enum Result { ACCEPTED, NOT_SENT, OPEN }

    private static final Logger LOG = LoggerFactory.getLogger(IntentReconciliation.class);

    private final OrderJournal journal;
    private final BrokerLookup lookup;
    private final AbsenceRule absence;
    private final IntentRecords records;

    IntentReconciliation(OrderJournal journal, BrokerLookup lookup, AbsenceRule absence, IntentRecords records) {
        this.journal = journal;
        this.lookup = lookup;
        this.absence = absence;
        this.records = records;
    }

    Result settle(Intent intent) {
        String id = intent.clientOrderId();
        BrokerLookup.Result result = lookup.byClientOrderId(id);
        if (result instanceof BrokerLookup.Found found) {
            String status = IntentRecords.statusOf(found.order());
            records.markAccepted(id, found.order(), AuditKinds.RECONCILED,
                    "found at the broker by client_order_id: broker id " + found.order().id() + ", status " + status);
            LOG.info("order {} reconciled: at the broker (status {})", id, status);
            return Result.ACCEPTED;
        }
        List<JournalEvent> events = journal.events(id);
        if (result instanceof BrokerLookup.Failed failed) {
            note(id, events, "lookup by client_order_id failed (" + failed.reason() + "); stays " + intent.state());
            return Result.OPEN;
        }
        if (!absence.absenceProven(intent, events)) {
            note(id, events, "not visible at the broker yet; looking again after " + absence.believableFrom(intent, events));
            return Result.OPEN;
        }
        Optional<Intent> notSent = journal.transition(id, intent.state(), Transition.to(IntentState.NOT_SENT,
                AuditKinds.RECONCILED, "broker has no order with this id; not sent again automatically "
                        + "(a stale order must not go out unseen); the trader may submit the ticket again"));
        if (notSent.isEmpty()) {
            return Result.OPEN; // someone else moved it meanwhile; the next round sees where it stands
        }
        LOG.warn("order {} reconciled: the broker has no such order; recorded NOT_SENT", id);
        return Result.NOT_SENT;
    }

    /** Appends a RECONCILED note, unless it would repeat the previous one (a long outage must not flood the trail). */
    private void note(String id, List<JournalEvent> events, String detail) {
        if (!events.isEmpty()) {
            JournalEvent last = events.get(events.size() - 1);
            if (AuditKinds.RECONCILED.equals(last.kind()) && detail.equals(last.detail())) {
                return;
            }
        }
        journal.appendEvent(id, AuditKinds.RECONCILED, detail);
    }
}
