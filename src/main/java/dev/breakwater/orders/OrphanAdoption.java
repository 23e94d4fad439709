package dev.breakwater.orders;

import dev.breakwater.broker.Broker;
import dev.breakwater.broker.OrderQuery;
import dev.breakwater.domain.ClientOrderIds;
import dev.breakwater.domain.Order;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.journal.OrderJournal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker is the final truth: at start-up, lists the broker's recent orders and journals every one
 * of ours (client_order_id with Breakwater's prefix) that the journal lacks, as ACCEPTED / RECOVERED.
 * A power loss can drop the journal's last writes; the order must still show up in the console.
 *
 * <p>The scan starts {@code adoptionMargin} before the newest resolved intent's creation (or
 * {@code emptyJournalScan} back when there is none) and pages forward, oldest first, by moving
 * {@code after} to the last order's submission time. Orders seen twice at a page border are harmless:
 * adopting is idempotent.
 */
final class OrphanAdoption {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanAdoption.class);
    /** Stops a runaway scan (500 x 200 orders is far beyond a console's week). */
    private static final int MAX_PAGES = 200;

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
        OffsetDateTime after = since.atOffset(ZoneOffset.UTC);
        int adopted = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            List<Order> orders = broker.listOrders(OrderQuery.allSince(after, settings.adoptionPageSize()));
            for (Order order : orders) {
                adopted += adoptIfOrphan(order) ? 1 : 0;
            }
            if (orders.size() < settings.adoptionPageSize()) {
                return adopted;
            }
            OffsetDateTime last = submittedAt(orders.get(orders.size() - 1));
            if (last == null || !last.isAfter(after)) {
                LOG.warn("order scan stopped at {}: the page did not advance in time", after);
                return adopted;
            }
            // One nanosecond back, because "after" is exclusive: orders sharing the last one's time on the
            // next page must not be skipped.
            after = last.minusNanos(1);
        }
        LOG.warn("order scan stopped after {} pages at {}", MAX_PAGES, after);
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

    private static OffsetDateTime submittedAt(Order order) {
        return order.submittedAt() != null ? order.submittedAt() : order.createdAt();
    }
}
