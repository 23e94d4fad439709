package dev.breakwater.app;

import dev.breakwater.broker.Broker;
import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.broker.alpaca.AlpacaRestClient;
import dev.breakwater.journal.H2OrderJournal;
import dev.breakwater.journal.OrderJournal;
import dev.breakwater.orders.IntentLocks;
import dev.breakwater.orders.OrderService;
import dev.breakwater.orders.OrderSettings;
import dev.breakwater.orders.Reconciler;
import dev.breakwater.resilience.BrokerHealth;
import dev.breakwater.resilience.Resilience;
import dev.breakwater.resilience.ResilienceSettings;
import io.micrometer.core.instrument.MeterRegistry;
import dev.breakwater.broker.EndpointGroup;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The order path wired by hand, the same way for the console, the soak and the tests: Alpaca client →
 * resilience → journal-first order service, and the reconciler beside it. Opening it reads the account
 * number from the broker (through the resilient reads) and journals nothing yet.
 */
final class TradingStack implements AutoCloseable {

    /** Compaction rewrites the file and blocks writers for a moment: only after this long without a write. */
    private static final Duration IDLE_BEFORE_COMPACTION = Duration.ofMinutes(2);

    final AlpacaRestClient client;
    final Resilience resilience;
    final Broker broker;
    final BrokerHealth health;
    final OrderJournal journal;
    final IntentLocks locks = new IntentLocks();
    final OrderService orders;
    final Reconciler reconciler;
    final String account;
    private final H2OrderJournal h2Journal;
    private final ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "order-housekeeping");
        thread.setDaemon(true);
        return thread;
    });

    private TradingStack(AlpacaConfig config, ResilienceSettings resilienceSettings, H2OrderJournal journal,
                         OrderSettings orderSettings, MeterRegistry meters, Clock clock) {
        this.h2Journal = journal;
        this.client = new AlpacaRestClient(config);
        this.resilience = Resilience.create(resilienceSettings, meters);
        this.broker = resilience.decorate(client);
        this.health = resilience.health(client::lastRateLimit);
        this.journal = journal;
        this.account = broker.getAccount().accountNumber();
        this.orders = new OrderService(journal, broker, locks, clock, orderSettings);
        this.reconciler = new Reconciler(journal, broker, locks, account, clock, orderSettings);
    }

    /**
     * Opens the journal at {@code journalUrl} and wires the stack. If anything fails after the journal
     * opened, the journal is closed again.
     */
    static TradingStack open(AlpacaConfig config, ResilienceSettings resilienceSettings, String journalUrl,
                             OrderSettings orderSettings, MeterRegistry meters) {
        H2OrderJournal journal = H2OrderJournal.open(journalUrl);
        try {
            return new TradingStack(config, resilienceSettings, journal, orderSettings, meters, Clock.systemUTC());
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    /**
     * Starts what runs beside the clicks: the reconciler's periodic rounds while anything is unresolved,
     * a reconciliation whenever the orders breaker closes again (the outage that left intents unknown
     * is over), pruning of resolved intents past retention, and compaction when the journal is idle.
     */
    void startHousekeeping() {
        reconciler.start(housekeeping);
        resilience.breaker(EndpointGroup.ORDERS).getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == CircuitBreaker.State.CLOSED) {
                housekeeping.execute(reconciler::reconcileNow);
            }
        });
        housekeeping.execute(() -> h2Journal.prune(H2OrderJournal.DEFAULT_RETENTION));
        housekeeping.scheduleWithFixedDelay(() -> h2Journal.compactIfIdle(IDLE_BEFORE_COMPACTION),
                1, 1, TimeUnit.MINUTES);
    }

    @Override
    public void close() {
        housekeeping.shutdownNow();
        reconciler.close();
        journal.close();
        client.close();
    }
}
