package dev.breakwater.app;

import dev.breakwater.broker.EndpointGroup;
import dev.breakwater.broker.MarketData;
import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.broker.alpaca.AlpacaMarketDataClient;
import dev.breakwater.broker.alpaca.AlpacaTradeStream;
import dev.breakwater.domain.ClientOrderIds;
import dev.breakwater.live.LiveAccount;
import dev.breakwater.live.LiveAccountSettings;
import dev.breakwater.orders.OrderSettings;
import dev.breakwater.orders.ReconcileReport;
import dev.breakwater.quotes.AssetDirectory;
import dev.breakwater.quotes.QuoteService;
import dev.breakwater.quotes.QuoteSettings;
import dev.breakwater.resilience.ResilienceSettings;
import dev.breakwater.settings.BrokerMode;
import dev.breakwater.sim.SimulatedBroker;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything behind the console's window for one run: the embedded simulator (sim mode), the order path
 * ({@link TradingStack}), the trade stream feeding the live account, quotes and assets.
 *
 * <p>It opens in two steps so that live trading can be confirmed in between: {@link #connect} starts the
 * simulator if needed, opens the journal and reads the account (nothing is sent, nothing reconciled);
 * {@link #startTrading} reconciles what an earlier run left unresolved and starts the stream, the live
 * account, quotes and housekeeping. Both block: the window calls them off the FX thread.
 */
final class ConsoleSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleSession.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    final BrokerMode mode;
    final SimulatedBroker sim;
    final TradingStack stack;
    final AlpacaConfig config;
    /** The one client_order_id generator of this console: tickets and replacements. */
    final ClientOrderIds ids = ClientOrderIds.create();
    private final MarketData rawMarketData;
    private final Path scratch;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "console-services");
        thread.setDaemon(true);
        return thread;
    });
    private LiveAccount live;
    private AlpacaTradeStream stream;
    private QuoteService quotes;
    private AssetDirectory assets;

    private ConsoleSession(BrokerMode mode, SimulatedBroker sim, TradingStack stack, AlpacaConfig config,
                           MarketData rawMarketData, Path scratch) {
        this.mode = mode;
        this.sim = sim;
        this.stack = stack;
        this.config = config;
        this.rawMarketData = rawMarketData;
        this.scratch = scratch;
    }

    /**
     * Starts the simulator (sim mode), opens the journal and reads the account.
     *
     * @throws RuntimeException with a message for the trader: the journal is locked or damaged, the keys
     *                          are refused, the broker is unreachable
     */
    static ConsoleSession connect(ConsoleTarget target, ResilienceSettings resilience, MeterRegistry meters,
                                  Consumer<String> progress) {
        SimulatedBroker sim = null;
        Path scratch = null;
        try {
            AlpacaConfig config;
            String dataUrl;
            String journal;
            if (target.mode() == BrokerMode.SIM) {
                progress.accept("Starting the simulated broker…");
                sim = SimulatedBroker.builder().seed(System.nanoTime()).build().start();
                config = new AlpacaConfig(sim.baseUrl(), sim.keyId(), sim.secret(), CONNECT_TIMEOUT, CALL_TIMEOUT);
                dataUrl = sim.baseUrl();
                // The simulator forgets everything when it stops: so does its journal.
                scratch = Files.createTempDirectory("breakwater-sim-journal");
                journal = "jdbc:h2:file:" + scratch.resolve("journal");
            } else {
                config = new AlpacaConfig(target.baseUrl(), target.keyId(), target.secretKey(), CONNECT_TIMEOUT,
                        CALL_TIMEOUT);
                dataUrl = target.dataUrl();
                journal = target.journal();
            }
            progress.accept("Opening the order journal and reading the account…");
            TradingStack stack = TradingStack.open(config, resilience, journal,
                    OrderSettings.defaults(), meters);
            MarketData marketData = new AlpacaMarketDataClient(config, dataUrl, AlpacaMarketDataClient.DEFAULT_FEED);
            LOG.info("console connected: {} account {} journal {}", target.mode(), stack.account,
                    stack.journal.location());
            return new ConsoleSession(target.mode(), sim, stack, config, marketData, scratch);
        } catch (IOException e) {
            closeQuietly(sim, scratch);
            throw new IllegalStateException("cannot create the simulator's journal: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(sim, scratch);
            throw e;
        }
    }

    /** Reconciles leftovers, then starts the stream, the live account, quotes and housekeeping. */
    ReconcileReport startTrading(Consumer<String> progress) {
        progress.accept("Reconciling orders left unresolved by the last run…");
        ReconcileReport leftovers = stack.reconciler.startUp();
        stack.startHousekeeping();
        progress.accept("Connecting the live order stream…");
        live = new LiveAccount(stack.broker, scheduler, Clock.systemUTC(), LiveAccountSettings.defaults(),
                stack.reconciler::onTradeUpdate);
        stream = AlpacaTradeStream.builder(config, live, stack.resilience.breaker(EndpointGroup.STREAM)).build();
        live.start();
        stream.start();
        quotes = new QuoteService(stack.resilience.decorate(rawMarketData), scheduler, Clock.systemUTC(),
                QuoteSettings.defaults());
        quotes.start();
        assets = new AssetDirectory(stack.resilience.decorateAssets(stack.client));
        return leftovers;
    }

    String account() {
        return stack.account;
    }

    LiveAccount live() {
        return live;
    }

    AlpacaTradeStream stream() {
        return stream;
    }

    QuoteService quotes() {
        return quotes;
    }

    AssetDirectory assets() {
        return assets;
    }

    Optional<SimulatedBroker> simulator() {
        return Optional.ofNullable(sim);
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
        if (quotes != null) {
            quotes.close();
        }
        if (live != null) {
            live.close();
        }
        scheduler.shutdownNow();
        if (rawMarketData instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debug("market-data client close: {}", e.toString());
            }
        }
        stack.close();
        closeQuietly(sim, scratch);
    }

    private static void closeQuietly(SimulatedBroker sim, Path scratch) {
        if (sim != null) {
            sim.close();
        }
        if (scratch != null) {
            try {
                Directories.deleteRecursively(scratch);
            } catch (IOException e) {
                LOG.warn("could not delete the simulator's scratch journal {}: {}", scratch, e.toString());
            }
        }
    }
}
