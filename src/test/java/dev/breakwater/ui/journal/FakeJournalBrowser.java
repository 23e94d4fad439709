package dev.breakwater.ui.journal;

import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.journal.JournalEvent;
import dev.breakwater.orders.ReconcileReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A journal screen port over lists the test fills; counts the Resolve-now rounds. */
final class FakeJournalBrowser implements JournalBrowser {

    static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");

    final List<Intent> intents = new CopyOnWriteArrayList<>();
    final List<JournalEvent> events = new CopyOnWriteArrayList<>();
    final AtomicInteger resolveCalls = new AtomicInteger();
    volatile ReconcileReport report = new ReconcileReport(2, 1, 0, 0);
    volatile RuntimeException failure;
    volatile IntentState resolvesTo;

    /** An intent for a limit buy of 10 AAPL at 187.50, created {@code seconds} after T0. */
    static Intent intent(String clientOrderId, IntentState state, int seconds) {
        OrderRequest request = OrderRequest.builder().symbol("AAPL").qty("10").side(Side.BUY).type(OrderType.LIMIT)
                .timeInForce(TimeInForce.DAY).limitPrice("187.50").clientOrderId(clientOrderId).build();
        return new Intent(clientOrderId, "ticket-" + clientOrderId, "PA0001", request, "{}", "hash", state,
                state == IntentState.ACCEPTED ? "b-" + clientOrderId : null, null, 1,
                state == IntentState.UNKNOWN ? "timeout, reply lost" : null, T0.plusSeconds(seconds),
                T0.plusSeconds(seconds));
    }

    static Intent withState(Intent intent, IntentState state) {
        return new Intent(intent.clientOrderId(), intent.ticketId(), intent.account(), intent.request(),
                intent.requestJson(), intent.requestHash(), state, "b-" + intent.clientOrderId(), "new",
                intent.attempts(), null, intent.createdAt(), intent.updatedAt().plusSeconds(1));
    }

    /** Newest first, as the journal lists them. */
    void put(Intent... newestFirst) {
        intents.clear();
        intents.addAll(List.of(newestFirst));
    }

    @Override
    public List<Intent> intents(int limit) {
        check();
        return List.copyOf(intents.subList(0, Math.min(limit, intents.size())));
    }

    @Override
    public List<JournalEvent> events(Instant since, int limit) {
        check();
        return events.stream().filter(e -> !e.at().isBefore(since)).limit(limit).toList();
    }

    @Override
    public ReconcileReport resolveNow() {
        check();
        resolveCalls.incrementAndGet();
        if (resolvesTo != null) {
            List<Intent> settled = new ArrayList<>();
            for (Intent intent : intents) {
                settled.add(intent.state() == IntentState.UNKNOWN ? withState(intent, resolvesTo) : intent);
            }
            intents.clear();
            intents.addAll(settled);
        }
        return report;
    }

    @Override
    public String location() {
        return "/tmp/journal (test)";
    }

    private void check() {
        if (failure != null) {
            throw failure;
        }
    }
}
