package dev.breakwater.orders;

import dev.breakwater.domain.Order;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.journal.OrderJournal;
import dev.breakwater.journal.Transition;
import dev.breakwater.orders.SubmitOutcome.Accepted;
import dev.breakwater.orders.SubmitOutcome.Unknown;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A click on a ticket whose earlier attempt ended unclear (intent SENDING or UNKNOWN). Nothing is sent
 * before the order has been looked up by its client_order_id:
 * <ul>
 *   <li>found: it is placed; record ACCEPTED, send nothing;</li>
 *   <li>404 within the grace period ({@link AbsenceRule}): maybe not visible yet; send nothing, still
 *       resolving;</li>
 *   <li>404 after it: the broker has no such order; record NOT_SENT, and the click goes on to send it
 *       again with the same client_order_id (a duplicate after all would be a 422, which means "exists");</li>
 *   <li>the lookup fails: nothing learnt, nothing sent.</li>
 * </ul>
 */
final class ReClick {

    private static final Logger LOG = LoggerFactory.getLogger(ReClick.class);

    private final OrderJournal journal;
    private final BrokerLookup lookup;
    private final AbsenceRule absence;
    private final IntentRecords records;

    ReClick(OrderJournal journal, BrokerLookup lookup, AbsenceRule absence, IntentRecords records) {
        this.journal = journal;
        this.lookup = lookup;
        this.absence = absence;
        this.records = records;
    }

    /** What to do about {@code intent}: a final outcome, or look at the journal again (it was moved to NOT_SENT, or raced). */
    SubmitStep settle(Intent intent) {
        String id = intent.clientOrderId();
        BrokerLookup.Result result = lookup.byClientOrderId(id);
        if (result instanceof BrokerLookup.Found found) {
            return new SubmitStep.Done(found(id, found.order()));
        }
        if (result instanceof BrokerLookup.Failed failed) {
            journal.appendEvent(id, AuditKinds.RECONCILED, "re-click: lookup by client_order_id failed: " + failed.reason());
            return new SubmitStep.Done(new Unknown(id, "could not check with the broker whether the order is there ("
                    + failed.reason() + "); nothing was sent again"));
        }
        if (!absence.absenceProven(intent, journal.events(id))) {
            journal.appendEvent(id, AuditKinds.RECONCILED,
                    "re-click: not visible at the broker yet; not sent again within the grace period");
            return new SubmitStep.Done(new Unknown(id,
                    "the broker does not show this order yet (it may still appear); nothing was sent again, still resolving"));
        }
        // Proven absent: NOT_SENT first (an allowed, exclusive step), then the next round releases it again.
        journal.transition(id, intent.state(), Transition.to(IntentState.NOT_SENT, AuditKinds.RECONCILED,
                "re-click: the broker has no order with this client_order_id (404 after the grace period)"));
        return new SubmitStep.Again();
    }

    private SubmitOutcome found(String id, Order order) {
        String status = IntentRecords.statusOf(order);
        try {
            records.markAccepted(id, order, AuditKinds.RECONCILED,
                    "re-click: found at the broker by client_order_id: broker id " + order.id() + ", status " + status);
            return new Accepted(id, order.id(), status, order, true, null);
        } catch (RuntimeException journalFailure) {
            LOG.error("order {} IS AT THE BROKER (broker id {}) but the journal could not record it: {}; "
                    + "the reconciler will record it", id, order.id(), journalFailure.toString());
            return new Accepted(id, order.id(), status, order, true,
                    "the journal could not record the acceptance: " + PlacementVerdict.describe(journalFailure));
        }
    }
}
