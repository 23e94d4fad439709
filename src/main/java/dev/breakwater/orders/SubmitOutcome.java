package dev.breakwater.orders;

import dev.breakwater.domain.Order;
import java.util.Optional;

/**
 * What became of one click on "send". Broker outcomes are values, never exceptions, so the ticket can
 * show each one for what it is; every outcome names the client_order_id it is about.
 */
public sealed interface SubmitOutcome {

    String clientOrderId();

    /**
     * The broker has the order.
     *
     * @param brokerOrderId  the broker's order id (may be null for an intent adopted without one)
     * @param brokerStatus   the broker's latest status (wire string) as far as known
     * @param order          the order as the broker just reported it; null when the answer comes from
     *                       the journal alone (a re-click of an order known to be accepted sends nothing
     *                       and reads nothing)
     * @param alreadyPlaced  true when this click placed nothing: an earlier click or attempt had
     * @param journalWarning null normally; otherwise why the journal could not record the acceptance
     *                       (the intent then stays SENDING on record and the reconciler settles it). Only
     *                       a failure known before the click returned: the H2 journal records the
     *                       acceptance just after ({@code OrderJournal.writeSoon}), and a failure there
     *                       is logged at ERROR and settled the same way
     */
    record Accepted(String clientOrderId, String brokerOrderId, String brokerStatus, Order order,
                    boolean alreadyPlaced, String journalWarning) implements SubmitOutcome {

        public Optional<Order> latestOrder() {
            return Optional.ofNullable(order);
        }

        public boolean recorded() {
            return journalWarning == null;
        }
    }

    /** The broker refused the order (403, 422, 400, 401): it was not placed. Submitting it again is refused again. */
    record Rejected(String clientOrderId, String reason) implements SubmitOutcome {
    }

    /**
     * The order may or may not be at the broker ("resolving…"). Never a guess either way: the next click,
     * the reconciler or the trade stream settles it by looking the order up by its client_order_id.
     */
    record Unknown(String clientOrderId, String reason) implements SubmitOutcome {
    }

    /** Provably not placed (breaker open, rate limited, connection refused). The trader may click again: same id. */
    record NotSent(String clientOrderId, String reason) implements SubmitOutcome {
    }

    /** The client_order_id was already used for a different order (other parameters or account): nothing sent. */
    record Conflict(String clientOrderId, String reason) implements SubmitOutcome {
    }

    /** The journal could not be read or written before sending: nothing was sent, and trading must stop. */
    record JournalFailure(String clientOrderId, String message) implements SubmitOutcome {
    }
}
