package dev.breakwater.orders;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.journal.CanonicalRequest;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.journal.JournalEvent;
import dev.breakwater.journal.OrderJournal;
import dev.breakwater.journal.Transition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link OrderJournal} in memory, faithful to the interface's contract: createIfAbsent writes nothing
 * for an existing id and returns the existing intent; transitions are compare-and-set on the state, with
 * their audit event; every method is atomic (one monitor) and thread-safe.
 */
final class InMemoryOrderJournal implements OrderJournal {

    private final Clock clock;
    private final Map<String, Intent> intents = new LinkedHashMap<>();
    private final List<JournalEvent> events = new ArrayList<>();
    private long sequence;

    InMemoryOrderJournal(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Optional<Intent> create(String ticketId, String account, OrderRequest request, IntentState initial) {
        if (initial != IntentState.PENDING && initial != IntentState.SENDING) {
            throw new IllegalArgumentException("an intent starts PENDING or SENDING: " + initial);
        }
        if (intents.containsKey(request.clientOrderId())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Intent created = new Intent(request.clientOrderId(), ticketId, account, request, CanonicalRequest.json(request),
                CanonicalRequest.hash(request), initial, null, null, initial == IntentState.SENDING ? 1 : 0, null, now, now);
        intents.put(created.clientOrderId(), created);
        event(created.clientOrderId(), "JOURNALED", null, initial, "journaled for ticket " + ticketId);
        return Optional.of(created);
    }

    @Override
    public synchronized Optional<Intent> find(String clientOrderId) {
        return Optional.ofNullable(intents.get(clientOrderId));
    }

    @Override
    public synchronized Optional<Intent> transition(String clientOrderId, IntentState expected, Transition change) {
        Intent current = intents.get(clientOrderId);
        if (current == null || current.state() != expected) {
            return Optional.empty();
        }
        Intent changed = new Intent(current.clientOrderId(), current.ticketId(), current.account(), current.request(),
                current.requestJson(), current.requestHash(), change.to(),
                change.brokerOrderId() != null ? change.brokerOrderId() : current.brokerOrderId(),
                change.brokerStatus() != null ? change.brokerStatus() : current.brokerStatus(),
                current.attempts() + (change.countAttempt() ? 1 : 0),
                change.error() != null ? change.error() : current.lastError(), current.createdAt(), clock.instant());
        intents.put(clientOrderId, changed);
        event(clientOrderId, change.kind(), expected, change.to(), change.detail());
        return Optional.of(changed);
    }

    @Override
    public synchronized void recordBrokerStatus(String clientOrderId, String brokerOrderId, String brokerStatus, String detail) {
        Intent current = requireIntent(clientOrderId);
        intents.put(clientOrderId, new Intent(current.clientOrderId(), current.ticketId(), current.account(),
                current.request(), current.requestJson(), current.requestHash(), current.state(),
                brokerOrderId != null ? brokerOrderId : current.brokerOrderId(),
                brokerStatus != null ? brokerStatus : current.brokerStatus(), current.attempts(), current.lastError(),
                current.createdAt(), clock.instant()));
        event(clientOrderId, "BROKER_UPDATE", null, null, detail);
    }

    @Override
    public synchronized void appendEvent(String clientOrderId, String kind, String detail) {
        Intent current = requireIntent(clientOrderId);
        // An audit line counts as activity, as in the H2 journal.
        intents.put(clientOrderId, new Intent(current.clientOrderId(), current.ticketId(), current.account(),
                current.request(), current.requestJson(), current.requestHash(), current.state(),
                current.brokerOrderId(), current.brokerStatus(), current.attempts(), current.lastError(),
                current.createdAt(), clock.instant()));
        event(clientOrderId, kind, null, null, detail);
    }

    /** An audit line about no intent is a caller bug (the H2 journal throws the same). */
    private Intent requireIntent(String clientOrderId) {
        Intent current = intents.get(clientOrderId);
        if (current == null) {
            throw new IllegalArgumentException("no intent " + clientOrderId + " in the journal");
        }
        return current;
    }

    @Override
    public synchronized Intent adopt(Order brokerOrder, String account) {
        Intent existing = intents.get(brokerOrder.clientOrderId());
        if (existing != null) {
            return existing;
        }
        OrderRequest request = OrderRequest.builder().symbol(brokerOrder.symbol()).qty(brokerOrder.qty())
                .notional(brokerOrder.notional()).side(brokerOrder.side()).type(brokerOrder.type())
                .timeInForce(brokerOrder.timeInForce()).limitPrice(brokerOrder.limitPrice())
                .stopPrice(brokerOrder.stopPrice()).trailPrice(brokerOrder.trailPrice())
                .trailPercent(brokerOrder.trailPercent()).extendedHours(brokerOrder.extendedHours())
                .clientOrderId(brokerOrder.clientOrderId()).orderClass(brokerOrder.orderClass()).build();
        Instant now = clock.instant();
        // As the H2 journal: created when the broker made it, one attempt.
        Instant created = brokerOrder.createdAt() != null ? brokerOrder.createdAt().toInstant() : now;
        Intent adopted = new Intent(request.clientOrderId(), null, account, request, CanonicalRequest.json(request),
                CanonicalRequest.hash(request), IntentState.ACCEPTED, brokerOrder.id(),
                brokerOrder.status() == null ? null : brokerOrder.status().wire(), 1, null, created, now);
        intents.put(adopted.clientOrderId(), adopted);
        event(adopted.clientOrderId(), "RECOVERED", null, IntentState.ACCEPTED, "found at the broker, not in the journal");
        return adopted;
    }

    @Override
    public synchronized List<Intent> unresolved() {
        return intents.values().stream().filter(intent -> !intent.state().isResolved())
                .sorted(Comparator.comparing(Intent::createdAt)).toList();
    }

    @Override
    public synchronized List<Intent> list(IntentState state, Instant since, int limit) {
        List<Intent> newestFirst = new ArrayList<>(intents.values());
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream()
                .filter(intent -> state == null || intent.state() == state)
                .filter(intent -> since == null || !intent.updatedAt().isBefore(since))
                .limit(limit).toList();
    }

    @Override
    public synchronized List<JournalEvent> events(String clientOrderId) {
        return events.stream().filter(event -> event.clientOrderId().equals(clientOrderId)).toList();
    }

    @Override
    public synchronized List<JournalEvent> eventsSince(Instant since, int limit) {
        return events.stream().filter(event -> !event.at().isBefore(since)).limit(limit).toList();
    }

    @Override
    public synchronized Optional<Instant> newestResolvedCreatedAt() {
        return intents.values().stream().filter(intent -> intent.state().isResolved()).map(Intent::createdAt)
                .max(Comparator.naturalOrder());
    }

    @Override
    public synchronized int prune(Duration retention) {
        Instant cutoff = clock.instant().minus(retention);
        List<String> gone = intents.values().stream()
                .filter(intent -> intent.state().isResolved() && intent.updatedAt().isBefore(cutoff))
                .map(Intent::clientOrderId).toList();
        gone.forEach(intents::remove);
        events.removeIf(event -> gone.contains(event.clientOrderId()));
        return gone.size();
    }

    @Override
    public void compact() {
    }

    @Override
    public String location() {
        return "memory";
    }

    @Override
    public void close() {
    }

    private void event(String clientOrderId, String kind, IntentState from, IntentState to, String detail) {
        events.add(new JournalEvent(++sequence, clientOrderId, clock.instant(), kind, from, to, detail));
    }
}
