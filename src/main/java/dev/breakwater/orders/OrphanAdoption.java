package dev.breakwater.orders;

import dev.breakwater.broker.Broker;
import dev.breakwater.domain.ClientOrderIds;
import dev.breakwater.domain.Order;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.journal.OrderJournal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker is the final truth: at start-up, lists the broker's recent orders and journals every one
 * of ours (client_order_id with Breakwater's prefix) that the journal lacks, as ACCEPTED / RECOVERED.
 * A power loss can drop the journal's last writes; the order must still show up in the console.
 *
 * <p>The scan starts {@code adoptionMargin} before the newest resolved intent's creation (or
 * {@code emptyJournalScan} back when there is none) and pages past the broker's 500 per call with
 * {@link BrokerOrders#since}. Adopting is idempotent: an order adopted once is found next time.
 */
final class OrphanAdoption {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanAdoption.class);
    private final OrderJournal journal;
    private final Broker broker;
    private final IntentRecords records;
    private final String account;
    private final Clock clock;
    private final OrderSettings settings;

    OrphanAdoption(OrderJournal journal, Broker broker, IntentRecords records, String account, Clock clock,
                   OrderSettings settings) {
        this.journal = journal;
        this.broker = broker;
        this.records = records;
        this.account = account;
        this.clock = clock;
        this.settings = settings;
    }

    /** Scans and adopts; returns how many orders were adopted. Broker failures propagate (the caller logs them). */
    int run() {
        Instant since = journal.newestResolvedCreatedAt().map(newest -> newest.minus(settings.adoptionMargin()))
                .orElseGet(() -> clock.instant().minus(settings.emptyJournalScan()));
        int adopted = 0;
        for (Order order : BrokerOrders.since(broker, since.atOffset(ZoneOffset.UTC))) {
            adopted += adoptIfOrphan(order) ? 1 : 0;
        }
        return adopted;
    }

    private boolean adoptIfOrphan(Order order) {
        String id = order.clientOrderId();
        if (!ClientOrderIds.isOurs(id)) {
            return false;
        }
        Optional<Intent> known = journal.find(id);
        if (known.isEmpty()) {
            journal.adopt(order, account);
            LOG.warn("order {} (broker id {}, {}) was at the broker but not in the journal: adopted as RECOVERED",
                    id, order.id(), order.symbol());
            return true;
        }
        IntentState state = known.get().state();
        if (state == IntentState.SENDING || state == IntentState.UNKNOWN) {
            records.markAccepted(id, order, AuditKinds.RECONCILED, "found in the broker's order list: broker id "
                    + order.id() + ", status " + IntentRecords.statusOf(order));
        }
        return false;
    }

}
