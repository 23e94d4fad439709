package dev.breakwater.orders;

import dev.breakwater.broker.Broker;
import dev.breakwater.broker.DuplicateClientOrderIdException;
import dev.breakwater.domain.Order;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.journal.OrderJournal;
import dev.breakwater.journal.Transition;
import dev.breakwater.orders.SubmitOutcome.Accepted;
import dev.breakwater.orders.SubmitOutcome.NotSent;
import dev.breakwater.orders.SubmitOutcome.Rejected;
import dev.breakwater.orders.SubmitOutcome.Unknown;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an intent already committed SENDING and records the broker's answer.
 *
 * <p>After the broker answered, a journal failure must not lose the answer silently. Decision: the click
 * still returns what the broker said (Accepted with {@code journalWarning}, or the failure outcome with
 * a note), and the failure is logged at ERROR with the client_order_id. The fact is not lost: the intent
 * stays SENDING on record (committed before sending), so the reconciler looks it up and records it as
 * soon as the journal works again. Returning Unknown instead would hide an order that is really there.
 */
final class PlacementCall {

    private static final Logger LOG = LoggerFactory.getLogger(PlacementCall.class);

    private final OrderJournal journal;
    private final Broker broker;
    private final BrokerLookup lookup;
    private final IntentRecords records;

    PlacementCall(OrderJournal journal, Broker broker, BrokerLookup lookup, IntentRecords records) {
        this.journal = journal;
        this.broker = broker;
        this.lookup = lookup;
        this.records = records;
    }

    SubmitOutcome send(Ticket ticket, Intent intent) {
        String id = intent.clientOrderId();
        Order order;
        try {
            order = broker.placeOrder(ticket.request());
        } catch (DuplicateClientOrderIdException duplicate) {
            return alreadyThere(id);
        } catch (RuntimeException failure) {
            return recordFailure(id, PlacementVerdict.of(failure));
        }
        return recordAccepted(id, order, false);
    }

    /** A 422 duplicate client_order_id: an earlier attempt landed. Fetch it; never a failure. */
    private SubmitOutcome alreadyThere(String id) {
        BrokerLookup.Result result = lookup.byClientOrderId(id);
        if (result instanceof BrokerLookup.Found found) {
            return recordAccepted(id, found.order(), true);
        }
        return recordFailure(id, new PlacementVerdict(IntentState.UNKNOWN,
                "the broker already has an order with this client_order_id but it cannot be read yet"));
    }

    /**
     * Records the acceptance with {@link OrderJournal#writeSoon}: the H2 journal commits it right after
     * the click returned (its commit is a third of what a click adds to the broker's round trip), and
     * any later journal call, a re-click's included, sees it. Nothing depends on it being durable
     * sooner: SENDING was committed before the POST, and a crash before this lands leaves SENDING,
     * which reconciliation looks up by client_order_id. A journal that writes at once (or a write that
     * fails before the click returns) still puts its failure into the outcome.
     */
    private SubmitOutcome recordAccepted(String id, Order order, boolean alreadyPlaced) {
        String status = IntentRecords.statusOf(order);
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        journal.writeSoon(() -> {
            try {
                // The intent was committed SENDING before the POST; the stream or the reconciler may
                // have recorded the order since, which the compare-and-set notices.
                records.markAccepted(id, order, AuditKinds.STATE,
                        "placed: broker id " + order.id() + ", status " + status, IntentState.SENDING);
            } catch (RuntimeException journalFailure) {
                LOG.error("order {} IS PLACED at the broker (broker id {}) but the journal could not record it: {}; "
                        + "the intent stays SENDING on record and the reconciler will record it", id, order.id(),
                        journalFailure.toString());
                failed.set(journalFailure);
            }
        });
        RuntimeException journalFailure = failed.get();
        return new Accepted(id, order.id(), status, order, alreadyPlaced, journalFailure == null ? null
                : "the journal could not record the acceptance: " + PlacementVerdict.describe(journalFailure));
    }

    private SubmitOutcome recordFailure(String id, PlacementVerdict verdict) {
        String reason = verdict.reason();
        try {
            Optional<Intent> settled = journal.transition(id, IntentState.SENDING, new Transition(verdict.state(),
                    AuditKinds.STATE, null, null, false, reason, reason));
            if (settled.isEmpty()) {
                Optional<Intent> now = journal.find(id);
                if (now.isPresent() && now.get().state() == IntentState.ACCEPTED) {
                    // The trade stream (or the reconciler) learnt of the order before the reply did.
                    Intent accepted = now.get();
                    return new Accepted(id, accepted.brokerOrderId(), accepted.brokerStatus(), null, false, null);
                }
                LOG.warn("order {}: intent no longer SENDING when recording {} ({})", id, verdict.state(),
                        now.map(Intent::state).orElse(null));
            }
        } catch (RuntimeException journalFailure) {
            LOG.error("order {}: the journal could not record the broker's answer {} ({}): {}; the intent stays "
                    + "SENDING on record and the reconciler will settle it", id, verdict.state(), reason,
                    journalFailure.toString());
            reason = reason + " (the journal could not record this: " + PlacementVerdict.describe(journalFailure) + ")";
        }
        return switch (verdict.state()) {
            case NOT_SENT -> new NotSent(id, reason);
            case REJECTED -> new Rejected(id, reason);
            default -> new Unknown(id, reason);
        };
    }
}
