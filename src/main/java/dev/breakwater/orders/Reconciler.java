package dev.breakwater.orders;

import dev.breakwater.broker.Broker;
import dev.breakwater.domain.TradeUpdate;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.journal.JournalUnavailableException;
import dev.breakwater.journal.OrderJournal;
import dev.breakwater.journal.Transition;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves intents that still owe an answer, with the broker as the final truth.
 *
 * <ul>
 *   <li>{@link #startUp()}: PENDING intents become NOT_SENT (never released: the journal order proves
 *       nothing was sent); every SENDING / UNKNOWN intent is looked up by client_order_id; then the
 *       broker's recent orders are listed and ours the journal lacks are adopted (RECOVERED).</li>
 *   <li>{@link #reconcileNow()}: one round over SENDING / UNKNOWN intents. Call it whenever the orders
 *       breaker closes again.</li>
 *   <li>{@link #start(ScheduledExecutorService)}: a round every {@link OrderSettings#reconcilePeriod()}; a
 *       round with no unresolved intent reads the journal only, never the broker.</li>
 *   <li>{@link #onTradeUpdate(TradeUpdate)}: trade-stream events settle intents as they arrive.</li>
 * </ul>
 *
 * For each intent: found → ACCEPTED (with the broker's id and status); 404 once it can be believed
 * ({@link AbsenceRule}) → NOT_SENT; otherwise it stays for the next round. The reconciler never sends an
 * order: re-sending is the trader's explicit decision. Every step appends a RECONCILED audit event.
 *
 * <p>Thread-safe. Intents a click is working on (their {@link IntentLocks} lock is held) are skipped and
 * left for the next round.
 */
public final class Reconciler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    private final OrderJournal journal;
    private final IntentLocks locks;
    private final OrderSettings settings;
    private final IntentReconciliation reconciliation;
    private final OrphanAdoption adoption;
    private final StreamUpdates stream;
    private final Object rounds = new Object();
    private ScheduledFuture<?> periodic; // guarded by rounds

    /**
     * @param broker  reads only: lookups by client_order_id and the order list
     * @param locks   the same instance the {@link OrderService} uses
     * @param account the broker account number, recorded on adopted orders
     */
    public Reconciler(OrderJournal journal, Broker broker, IntentLocks locks, String account, Clock clock,
                      OrderSettings settings) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(clock, "clock");
        IntentRecords records = new IntentRecords(journal);
        this.reconciliation = new IntentReconciliation(journal, new BrokerLookup(broker),
                new AbsenceRule(clock, settings), records);
        this.adoption = new OrphanAdoption(journal, broker, records, account, clock, settings);
        this.stream = new StreamUpdates(journal, records, account);
    }

    /**
     * The start-up reconciliation. A failing broker leaves intents open (and adoption undone, logged);
     * a failing journal throws {@link JournalUnavailableException}: trading must
     * not start on a journal that cannot be read.
     */
    public ReconcileReport startUp() {
        synchronized (rounds) {
            ReconcileReport report = new ReconcileReport(0, closeNeverReleased(), 0, 0).plus(round());
            try {
                report = report.plus(new ReconcileReport(0, 0, adoption.run(), 0));
            } catch (JournalUnavailableException journalDown) {
                throw journalDown;
            } catch (RuntimeException brokerFailure) {
                LOG.error("start-up scan for orders missing from the journal failed: {}; run it again later",
                        brokerFailure.toString());
            }
            LOG.info("start-up reconciliation: {}", report);
            return report;
        }
    }

    /** One round over the SENDING / UNKNOWN intents now. */
    public ReconcileReport reconcileNow() {
        synchronized (rounds) {
            return round();
        }
    }

    /** Applies a trade-stream event (never throws). */
    public void onTradeUpdate(TradeUpdate update) {
        stream.apply(update);
    }

    /** Runs a round every {@link OrderSettings#reconcilePeriod()} on {@code scheduler} while unresolved intents exist. */
    public void start(ScheduledExecutorService scheduler) {
        Objects.requireNonNull(scheduler, "scheduler");
        long period = settings.reconcilePeriod().toMillis();
        synchronized (rounds) {
            if (periodic != null) {
                throw new IllegalStateException("the reconciler is started already");
            }
            periodic = scheduler.scheduleWithFixedDelay(this::periodicRound, period, period, TimeUnit.MILLISECONDS);
        }
    }

    /** Stops the periodic rounds (a round under way finishes). */
    public void stop() {
        synchronized (rounds) {
            if (periodic != null) {
                periodic.cancel(false);
                periodic = null;
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** True while some intent is SENDING or UNKNOWN. */
    public boolean hasOpenIntents() {
        return journal.unresolved().stream().anyMatch(Reconciler::isOpen);
    }

    private void periodicRound() {
        // An exception would end scheduleWithFixedDelay's rounds for good: log it and try next time.
        try {
            if (hasOpenIntents()) {
                reconcileNow();
            }
        } catch (RuntimeException failure) {
            LOG.error("periodic reconciliation failed: {}", failure.toString());
        }
    }

    private ReconcileReport round() {
        int accepted = 0;
        int notSent = 0;
        int open = 0;
        for (Intent listed : journal.unresolved()) {
            if (!isOpen(listed)) {
                continue;
            }
            Optional<IntentLocks.Held> held = locks.tryLock(listed.clientOrderId());
            if (held.isEmpty()) {
                open++; // a click is working on it right now
                continue;
            }
            try (IntentLocks.Held lock = held.get()) {
                Optional<Intent> current = journal.find(listed.clientOrderId()).filter(Reconciler::isOpen);
                if (current.isEmpty()) {
                    continue;
                }
                switch (reconciliation.settle(current.get())) {
                    case ACCEPTED -> accepted++;
                    case NOT_SENT -> notSent++;
                    case OPEN -> open++;
                }
            }
        }
        return new ReconcileReport(accepted, notSent, 0, open);
    }

    /** PENDING at start-up: committed but never released, since SENDING is committed before any byte goes out. */
    private int closeNeverReleased() {
        int closed = 0;
        List<Intent> unresolved = journal.unresolved();
        for (Intent intent : unresolved) {
            if (intent.state() != IntentState.PENDING) {
                continue;
            }
            Optional<IntentLocks.Held> held = locks.tryLock(intent.clientOrderId());
            if (held.isEmpty()) {
                continue;
            }
            try (IntentLocks.Held lock = held.get()) {
                if (journal.transition(intent.clientOrderId(), IntentState.PENDING, Transition.to(IntentState.NOT_SENT,
                        AuditKinds.RECONCILED, "never released; the journal order proves nothing was sent")).isPresent()) {
                    closed++;
                }
            }
        }
        return closed;
    }

    private static boolean isOpen(Intent intent) {
        return intent.state() == IntentState.SENDING || intent.state() == IntentState.UNKNOWN;
    }
}
