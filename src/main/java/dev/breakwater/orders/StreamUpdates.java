package dev.breakwater.orders;

import dev.breakwater.domain.ClientOrderIds;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.TradeUpdate;
import dev.breakwater.journal.OrderJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code trade_updates} events to the journal by client_order_id. Any event about an order
 * proves the broker has it, so an unresolved intent that receives one becomes ACCEPTED (by
 * compare-and-set, racing safely with a click or the reconciler); an accepted one records the new
 * status. An event for an order of ours the journal lacks adopts it. An event whose order is the
 * broker's {@code rejected} still means the broker had the order: the intent is ACCEPTED with broker
 * status {@code rejected} (REJECTED is reserved for "the broker refused the request, nothing placed").
 */
final class StreamUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(StreamUpdates.class);

    private final OrderJournal journal;
    private final IntentRecords records;
    private final String account;

    StreamUpdates(OrderJournal journal, IntentRecords records, String account) {
        this.journal = journal;
        this.records = records;
        this.account = account;
    }

    /** Never throws: the stream's thread must survive a journal failure (logged at ERROR; the reconciler catches up). */
    void apply(TradeUpdate update) {
        Order order = update == null ? null : update.order();
        if (order == null || order.clientOrderId() == null) {
            return;
        }
        String id = order.clientOrderId();
        String detail = "stream " + update.eventName() + ": broker id " + order.id() + ", status "
                + IntentRecords.statusOf(order);
        try {
            if (records.markAccepted(id, order, AuditKinds.BROKER_UPDATE, detail).isEmpty()
                    && ClientOrderIds.isOurs(id)) {
                journal.adopt(order, account);
                LOG.warn("order {} (broker id {}) reported by the stream but not in the journal: adopted as RECOVERED",
                        id, order.id());
            }
        } catch (RuntimeException failure) {
            LOG.error("order {}: could not record the stream's {} event: {}", id, update.eventName(), failure.toString());
        }
    }
}
