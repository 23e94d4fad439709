package dev.breakwater.orders;

import dev.breakwater.broker.Broker;
import dev.breakwater.journal.CanonicalRequest;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.journal.JournalUnavailableException;
import dev.breakwater.journal.OrderJournal;
import dev.breakwater.journal.Transition;
import dev.breakwater.orders.SubmitOutcome.Accepted;
import dev.breakwater.orders.SubmitOutcome.Conflict;
import dev.breakwater.orders.SubmitOutcome.JournalFailure;
import dev.breakwater.orders.SubmitOutcome.Rejected;
import dev.breakwater.orders.SubmitOutcome.Unknown;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Submits tickets: journal first, then the broker.
 *
 * <p>Before the first byte of an order goes out its intent is committed SENDING in a single commit:
 * {@code create(..., SENDING)} for a new client_order_id, or a compare-and-set PENDING / NOT_SENT
 * → SENDING that counts an attempt. What a click does depends on what the journal knows of its id:
 * <ul>
 *   <li>nothing: journal it SENDING, send it;</li>
 *   <li>other parameters or account under the same id: {@link Conflict}, nothing sent;</li>
 *   <li>ACCEPTED: {@link Accepted} with {@code alreadyPlaced}, nothing sent or read;</li>
 *   <li>REJECTED: {@link Rejected} again, nothing sent;</li>
 *   <li>PENDING / NOT_SENT: release it again (same id), send it;</li>
 *   <li>SENDING / UNKNOWN: look it up first ({@link ReClick}); send again only when the broker provably
 *       has no such order.</li>
 * </ul>
 * If the journal cannot be read or written before sending, nothing is sent ({@link JournalFailure}).
 *
 * <p>Thread-safe. Clicks on one ticket are serialised by {@link IntentLocks} (the second click waits for
 * the first and then finds its answer in the journal), so one process sends an order at most once at a
 * time; across processes the journal's compare-and-set lets only one release it. Blocking: call it off
 * the UI thread.
 */
public final class OrderService {

    private static final Logger LOG = LoggerFactory.getLogger(OrderService.class);
    /** Lost races with other writers before a click gives up (each round re-reads the journal). */
    private static final int MAX_ROUNDS = 5;

    private final OrderJournal journal;
    private final IntentLocks locks;
    private final ReClick reClick;
    private final PlacementCall placement;

    /**
     * @param journal  the durable record of intents
     * @param broker   the broker to send through: the resilient decorator in production
     * @param locks    shared with the {@link Reconciler}
     * @param clock    decides when a lookup's 404 may be believed (see {@link OrderSettings#visibilityGrace()})
     * @param settings timing
     */
    public OrderService(OrderJournal journal, Broker broker, IntentLocks locks, Clock clock, OrderSettings settings) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.locks = Objects.requireNonNull(locks, "locks");
        Objects.requireNonNull(broker, "broker");
        BrokerLookup lookup = new BrokerLookup(broker);
        IntentRecords records = new IntentRecords(journal);
        this.reClick = new ReClick(journal, lookup, new AbsenceRule(Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(settings, "settings")), records);
        this.placement = new PlacementCall(journal, broker, lookup, records);
    }

    /** Sends {@code ticket}'s order unless its client_order_id says that would be a second order. Never throws for broker outcomes. */
    public SubmitOutcome submit(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        String id = ticket.clientOrderId();
        try (IntentLocks.Held held = locks.lock(id)) {
            for (int round = 0; round < MAX_ROUNDS; round++) {
                SubmitStep step;
                try {
                    step = nextStep(ticket);
                } catch (JournalUnavailableException journalDown) {
                    LOG.error("order {} not sent: the journal is unavailable: {}", id, journalDown.getMessage());
                    return new JournalFailure(id, "not sent: the order journal is unavailable ("
                            + journalDown.getMessage() + ")");
                }
                if (step instanceof SubmitStep.Done done) {
                    return done.outcome();
                }
                if (step instanceof SubmitStep.Send send) {
                    return placement.send(ticket, send.intent());
                }
            }
        }
        return new Unknown(id, "the order's journal record kept changing while this click looked at it; "
                + "nothing was sent, click again");
    }

    private SubmitStep nextStep(Ticket ticket) {
        String id = ticket.clientOrderId();
        // Insert first, read only when the id is taken: a ticket's first click (nearly every click) then
        // costs the pre-send commit alone. Only the writer that created the intent releases it; an id
        // already journaled (a re-click, or another thread or console that won the primary key) is read
        // and judged below, and nothing was written for it.
        Optional<Intent> created = journal.create(ticket.ticketId(), ticket.account(), ticket.request(),
                IntentState.SENDING);
        if (created.isPresent()) {
            return new SubmitStep.Send(created.get());
        }
        Optional<Intent> known = journal.find(id);
        if (known.isEmpty()) {
            return new SubmitStep.Again();
        }
        Intent intent = known.get();
        if (!sameOrder(intent, ticket)) {
            return new SubmitStep.Done(conflict(id, intent, ticket));
        }
        return switch (intent.state()) {
            case ACCEPTED -> new SubmitStep.Done(
                    new Accepted(id, intent.brokerOrderId(), intent.brokerStatus(), null, true, null));
            case REJECTED -> new SubmitStep.Done(new Rejected(id, intent.lastError() != null ? intent.lastError()
                    : "the broker rejected this order earlier; a new ticket is needed to try again"));
            case PENDING, NOT_SENT -> release(intent);
            case SENDING, UNKNOWN -> reClick.settle(intent);
        };
    }

    /** The pre-send commit for an intent that provably never reached the broker: exclusive by compare-and-set. */
    private SubmitStep release(Intent intent) {
        int attempt = intent.attempts() + 1;
        return journal.transition(intent.clientOrderId(), intent.state(),
                        new Transition(IntentState.SENDING, AuditKinds.SENT, null, null, true, null,
                                "sent (attempt " + attempt + ", same client_order_id)"))
                .<SubmitStep>map(SubmitStep.Send::new)
                .orElseGet(SubmitStep.Again::new);
    }

    /** Only asked when the id was journaled already, so a first click hashes its request once (in the journal). */
    private static boolean sameOrder(Intent intent, Ticket ticket) {
        return CanonicalRequest.hash(ticket.request()).equals(intent.requestHash())
                && ticket.account().equals(intent.account());
    }

    private static Conflict conflict(String id, Intent intent, Ticket ticket) {
        String what = ticket.account().equals(intent.account()) ? "other order parameters" : "another account";
        LOG.warn("order {}: idempotency conflict ({}); nothing sent", id, what);
        return new Conflict(id, "idempotency conflict: client_order_id " + id
                + " was already used for a different order (" + what + "); nothing was sent. Open a new ticket.");
    }
}
