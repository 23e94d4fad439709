package dev.breakwater.orders;

import dev.breakwater.domain.Order;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.journal.OrderJournal;
import dev.breakwater.journal.Transition;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Journal writes that must land however other writers race: "the broker has this order" is recorded
 * from whatever state the intent is in now (a click, the reconciler and the trade stream can all learn
 * it at about the same moment), by compare-and-set, re-reading on a lost race.
 */
final class IntentRecords {

    private static final Logger LOG = LoggerFactory.getLogger(IntentRecords.class);
    private static final int MAX_RACES = 5;

    private final OrderJournal journal;

    IntentRecords(OrderJournal journal) {
        this.journal = journal;
    }

    /**
     * Records that the broker has {@code order}: moves the intent to ACCEPTED (with the broker's id and
     * status), or, if it is ACCEPTED already, records the status.
     *
     * @return the intent as recorded, or empty if there is no intent with this id
     */
    Optional<Intent> markAccepted(String clientOrderId, Order order, String kind, String detail) {
        String status = statusOf(order);
        for (int race = 0; race < MAX_RACES; race++) {
            Optional<Intent> known = journal.find(clientOrderId);
            if (known.isEmpty()) {
                return Optional.empty();
            }
            Intent current = known.get();
            if (current.state() == IntentState.ACCEPTED) {
                journal.recordBrokerStatus(clientOrderId, order.id(), status, detail);
                return journal.find(clientOrderId);
            }
            if (current.state() == IntentState.REJECTED || current.state() == IntentState.NOT_SENT
                    || current.state() == IntentState.PENDING) {
                // The journal believed the broker did not have it; the broker is the final truth.
                LOG.warn("order {}: the broker has it (broker id {}) although the journal said {}; recording it as accepted",
                        clientOrderId, order.id(), current.state());
            }
            Optional<Intent> accepted = journal.transition(clientOrderId, current.state(),
                    new Transition(IntentState.ACCEPTED, kind, order.id(), status, false, null, detail));
            if (accepted.isPresent()) {
                return accepted;
            }
        }
        throw new IllegalStateException("intent " + clientOrderId + " kept changing while recording its acceptance");
    }

    /**
     * {@link #markAccepted(String, Order, String, String)} for a caller that knows the state it left the
     * intent in (a click's own pre-send commit made it SENDING): one compare-and-set from that state,
     * without the read first (a read transaction less on every placed order); if another writer moved
     * the intent meanwhile, the compare-and-set changes nothing and the general path re-reads and decides.
     */
    Optional<Intent> markAccepted(String clientOrderId, Order order, String kind, String detail, IntentState believed) {
        Optional<Intent> accepted = journal.transition(clientOrderId, believed,
                new Transition(IntentState.ACCEPTED, kind, order.id(), statusOf(order), false, null, detail));
        return accepted.isPresent() ? accepted : markAccepted(clientOrderId, order, kind, detail);
    }

    static String statusOf(Order order) {
        return order.status() == null ? null : order.status().wire();
    }
}
