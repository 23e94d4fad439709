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
import java.time.Clock;

/**
 * The order path wired by hand, the same way for the console, the soak and the tests: Alpaca client →
 * resilience → journal-first order service, and the reconciler beside it. Opening it reads the account
 * number from the broker (through the resilient reads) and journals nothing yet.
 */
final class TradingStack implements AutoCloseable {

    final AlpacaRestClient client;
    final Resilience resilience;
    final Broker broker;
    final BrokerHealth health;
    final OrderJournal journal;
    final IntentLocks locks = new IntentLocks();
    final OrderService orders;
    final Reconciler reconciler;
    final String account;

    private TradingStack(AlpacaConfig config, ResilienceSettings resilienceSettings, OrderJournal journal,
                         OrderSettings orderSettings, MeterRegistry meters, Clock clock) {
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

    @Override
    public void close() {
        reconciler.close();
        journal.close();
        client.close();
    }
}
