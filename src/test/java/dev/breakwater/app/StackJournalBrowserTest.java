package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.Broker;
import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.NotFoundException;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.journal.H2OrderJournal;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.journal.JournalEvent;
import dev.breakwater.journal.Transition;
import dev.breakwater.orders.IntentLocks;
import dev.breakwater.orders.OrderSettings;
import dev.breakwater.orders.ReconcileReport;
import dev.breakwater.orders.Reconciler;
import dev.breakwater.testing.MutableClock;
import dev.breakwater.testing.Orders;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal screen's port over a real H2 journal (a temporary file) and the real reconciler. */
class StackJournalBrowserTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T15:00:00Z"));
    private final Map<String, Order> atBroker = new HashMap<>();
    private H2OrderJournal journal;

    @AfterEach
    void close() {
        if (journal != null) {
            journal.close();
        }
    }

    /** A broker that answers lookups by client_order_id from {@link #atBroker}; nothing else is needed. */
    private Broker lookups() {
        return (Broker) Proxy.newProxyInstance(Broker.class.getClassLoader(), new Class<?>[] {Broker.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("getOrderByClientOrderId")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Order order = atBroker.get((String) args[0]);
                    if (order == null) {
                        throw new NotFoundException(Endpoint.GET_ORDER, 404, 40410000, "order not found");
                    }
                    return order;
                });
    }

    private StackJournalBrowser browser() {
        journal = H2OrderJournal.open("jdbc:h2:file:" + dir.resolve("journal").toString().replace('\\', '/'), clock);
        Reconciler reconciler = new Reconciler(journal, lookups(), new IntentLocks(), "PA0001", clock,
                OrderSettings.defaults());
        return new StackJournalBrowser(journal, reconciler);
    }

    private void journalUnknown(String clientOrderId) {
        OrderRequest request = OrderRequest.builder().symbol("KO").qty("10").side(Side.BUY).type(OrderType.LIMIT)
                .timeInForce(TimeInForce.GTC).limitPrice("60.00").clientOrderId(clientOrderId).build();
        journal.create("ticket-" + clientOrderId, "PA0001", request, IntentState.SENDING).orElseThrow();
        journal.transition(clientOrderId, IntentState.SENDING,
                Transition.to(IntentState.UNKNOWN, "STATE", "timeout, reply lost")).orElseThrow();
    }

    @Test
    void listsIntentsNewestFirstAndTheAuditTrail() {
        StackJournalBrowser browser = browser();
        journalUnknown("cid-1");
        clock.advance(java.time.Duration.ofSeconds(1));
        journalUnknown("cid-2");

        assertThat(browser.intents(1000)).extracting(Intent::clientOrderId).containsExactly("cid-2", "cid-1");
        assertThat(browser.intents(1)).hasSize(1);
        List<JournalEvent> events = browser.events(Instant.EPOCH, 100);
        assertThat(events).extracting(JournalEvent::clientOrderId).containsExactly("cid-1", "cid-1", "cid-2", "cid-2");
        assertThat(events).extracting(JournalEvent::to).containsExactly(IntentState.SENDING, IntentState.UNKNOWN,
                IntentState.SENDING, IntentState.UNKNOWN);
        assertThat(browser.location()).contains(dir.resolve("journal").toString());
    }

    @Test
    void resolveNowRunsAReconciliationRound() {
        StackJournalBrowser browser = browser();
        journalUnknown("cid-a");
        journalUnknown("cid-b");
        atBroker.put("cid-a", Orders.order("a", OrderStatus.NEW, "0", 1));

        ReconcileReport report = browser.resolveNow();

        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.stillOpen()).isEqualTo(1); // cid-b: a 404 is not believed within the visibility grace
        assertThat(journal.find("cid-a").orElseThrow().state()).isEqualTo(IntentState.ACCEPTED);
        assertThat(journal.find("cid-b").orElseThrow().state()).isEqualTo(IntentState.UNKNOWN);
    }
}
