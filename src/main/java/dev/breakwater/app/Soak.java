package dev.breakwater.app;

import dev.breakwater.broker.EndpointGroup;
import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.domain.ClientOrderIds;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.journal.Intent;
import dev.breakwater.orders.BrokerOrders;
import dev.breakwater.orders.LedgerAudit;
import dev.breakwater.orders.OrderSettings;
import dev.breakwater.orders.ReconcileReport;
import dev.breakwater.orders.SubmitOutcome;
import dev.breakwater.orders.Ticket;
import dev.breakwater.resilience.BreakerSettings;
import dev.breakwater.resilience.RateLimitSettings;
import dev.breakwater.resilience.ResilienceSettings;
import dev.breakwater.sim.FaultPlan;
import dev.breakwater.sim.SimulatedBroker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One soak run: tickets clicked like a nervous trader would, then the ledger audit. Tickets are small
 * market orders on a handful of symbols, buys and sells at random, so the demo account's buying power
 * lasts for thousands of them and rejections stay the exception.
 */
final class Soak {

    private static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "GOOGL", "AMZN", "NVDA", "META", "TSLA",
            "SPY", "QQQ", "JPM", "KO", "XOM");
    private static final int MAX_REFUSED_CLICKS = 10;
    /** How long the live model may take to catch up after the last click: a stale socket, a reconnect, a gap recovery. */
    private static final Duration STREAM_CONVERGENCE = Duration.ofSeconds(60);
    private static final Duration BREAKER_OPEN = Duration.ofSeconds(2);
    private static final OffsetDateTime BEGINNING = OffsetDateTime.parse("2000-01-01T00:00:00Z");

    private static final Logger LOG = LoggerFactory.getLogger(Soak.class);

    private final SoakCommand options;
    private final PrintWriter out;
    private final MeterRegistry meters;
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final LongAdder clicks = new LongAdder();
    private final AtomicInteger ticketsDone = new AtomicInteger();

    /** @param meters where the order path's meters go (the metrics endpoint's registry) */
    Soak(SoakCommand options, PrintWriter out, MeterRegistry meters) {
        this.options = options;
        this.out = out;
        this.meters = meters;
    }

    SoakResult run() throws IOException, InterruptedException {
        long started = System.nanoTime();
        Path scratch = options.journal == null ? Files.createTempDirectory("breakwater-soak") : null;
        String journalUrl = scratch == null ? Configuration.journalUrl(options.journal, System.getProperty("user.home"))
                : "jdbc:h2:file:" + scratch.resolve("journal");
        FaultPlan plan = FaultPlan.parse(options.faults);
        if (options.stream) {
            plan = SoakStream.withStreamFaults(plan);
        }
        SimulatedBroker sim = options.brokerUrl == null ? SimulatedBroker.builder().seed(options.seed)
                .rateLimit(options.rateLimit).faults(plan).build().start() : null;
        try {
            AlpacaConfig config = config(sim);
            Duration callTimeout = Duration.ofMillis(options.callTimeoutMs);
            // Production thresholds, but a 2 s open period instead of 15 s: under chaos the orders breaker
            // opens every few hundred calls, and 15 s pauses would stretch 2,000 tickets to many minutes
            // without testing anything more.
            ResilienceSettings resilience = ResilienceSettings.defaults()
                    .withAllBreakers(BreakerSettings.defaults().withWaitDurationInOpenState(BREAKER_OPEN))
                    .withRateLimit(RateLimitSettings.perMinute(options.rateLimit));
            // A placement runs at most its attempts' timeouts plus backoffs; until then a 404 for a SENDING
            // intent is not believed. A killed run's placements are over, so this bounds the wait for them.
            Duration inFlight = callTimeout.multipliedBy(resilience.retry().maxAttempts()).plusSeconds(10);
            OrderSettings orderSettings = OrderSettings.defaults().withInFlightMargin(inFlight)
                    .withReconcilePeriod(Duration.ofSeconds(1));
            String start = String.format("soak: %d tickets, concurrency %d, faults %s, broker %s, journal %s",
                    options.orders, options.concurrency, sim == null ? "(external broker)" : plan.toSpec(),
                    config.baseUrl(), scratch == null ? journalUrl : "(temporary)");
            out.println(start);
            out.flush();
            LOG.info(start); // the log file then says which run the order path's lines belong to
            try (TradingStack stack = TradingStack.open(config, resilience, journalUrl, orderSettings, meters)) {
                ReconcileReport leftovers = stack.reconciler.startUp();
                stack.startHousekeeping();
                out.printf("soak: start-up reconcile %s%n", leftovers);
                try (SoakStream stream = options.stream ? new SoakStream(stack, config) : null) {
                    if (stream != null) {
                        stream.start();
                    }
                    clickAll(stack);
                    settle(stack, inFlight.plusSeconds(60));
                    // A list, like a lookup, may not show an order seconds old (delayed visibility): the audit
                    // believes the broker's absence only after the same grace period the order service does.
                    TimeUnit.MILLISECONDS.sleep(orderSettings.visibilityGrace().toMillis());
                    List<Order> brokerOrders = brokerTruth(stack, sim);
                    List<Intent> intents = stack.journal.list(null, null, Integer.MAX_VALUE);
                    LedgerAudit.Result audit = LedgerAudit.audit(brokerOrders, intents);
                    SoakResult.StreamFigures streamFigures = stream == null ? null
                            : stream.figures(brokerOrders, STREAM_CONVERGENCE, sim, config.baseUrl());
                    SoakResult result = new SoakResult(audit, streamFigures, clicks.intValue(), counts(),
                            Duration.ofNanos(System.nanoTime() - started),
                            sim == null ? null : new String(sim.stats().toJson(false), StandardCharsets.UTF_8));
                    LOG.info(result.finalLine());
                    return result;
                }
            }
        } finally {
            if (sim != null) {
                sim.close();
            }
            if (scratch != null) {
                Directories.deleteRecursively(scratch);
            }
        }
    }

    /**
     * The in-process simulator's keys, or the environment's (the demo pair when unset) for {@code --broker-url};
     * never the settings file's, which may hold a trader's paper or live keys. Registered for masking.
     */
    private AlpacaConfig config(SimulatedBroker sim) {
        Duration call = Duration.ofMillis(options.callTimeoutMs);
        String base = sim != null ? sim.baseUrl() : options.brokerUrl;
        String key = sim != null ? sim.keyId()
                : System.getenv().getOrDefault(AlpacaConfig.ENV_KEY_ID, SimulatedBroker.DEMO_KEY_ID);
        String secret = sim != null ? sim.secret()
                : System.getenv().getOrDefault(AlpacaConfig.ENV_SECRET_KEY, SimulatedBroker.DEMO_SECRET);
        LogSecrets.register(key, secret);
        return new AlpacaConfig(base, key, secret, Duration.ofSeconds(2), call);
    }

    private void clickAll(TradingStack stack) throws InterruptedException {
        ClientOrderIds ids = ClientOrderIds.create();
        ExecutorService workers = Executors.newFixedThreadPool(options.concurrency);
        ExecutorService doubleClicks = Executors.newCachedThreadPool();
        int progressEvery = Math.max(1, options.orders / 10);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < options.orders; i++) {
                Random random = new Random(options.seed * 1_000_003L + i);
                Ticket ticket = Ticket.open(stack.account, draft(random), ids);
                work.add(workers.submit(() -> {
                    clickTicket(stack, ticket, random, doubleClicks);
                    int done = ticketsDone.incrementAndGet();
                    if (done % progressEvery == 0) {
                        progress(done);
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a soak click failed unexpectedly", e.getCause());
                }
            }
        } finally {
            workers.shutdownNow();
            doubleClicks.shutdownNow();
        }
    }

    private static OrderRequest draft(Random random) {
        return OrderRequest.builder()
                .symbol(SYMBOLS.get(random.nextInt(SYMBOLS.size())))
                .qty(String.valueOf(1 + random.nextInt(3)))
                .side(random.nextBoolean() ? Side.BUY : Side.SELL)
                .type(OrderType.MARKET)
                .timeInForce(TimeInForce.DAY)
                .build();
    }

    /**
     * One to three clicks. A fifth of the tickets start with two clicks at once; a click after an
     * acceptance is the nervous re-click that must place nothing. After an unclear or refused outcome
     * the next click waits, as a trader would, until the order channel's breaker lets calls through
     * again (the banner clears), so that the re-click exercises the lookup rather than the breaker.
     */
    private void clickTicket(TradingStack stack, Ticket ticket, Random random, ExecutorService doubleClicks)
            throws Exception {
        int planned = 1 + random.nextInt(3);
        SubmitOutcome last;
        if (planned > 1 && random.nextDouble() < 0.2) {
            Future<SubmitOutcome> other = doubleClicks.submit(() -> click(stack, ticket));
            last = click(stack, ticket);
            other.get();
            planned -= 2;
        } else {
            last = click(stack, ticket);
            planned -= 1;
        }
        // A refused click (breaker open or half-open) placed nothing; the trader clicks again once the
        // banner clears, and that click does not count against the ticket's planned ones.
        int refusalsLeft = MAX_REFUSED_CLICKS;
        while (planned > 0 || (last instanceof SubmitOutcome.NotSent && refusalsLeft-- > 0)) {
            if (last instanceof SubmitOutcome.NotSent || last instanceof SubmitOutcome.Unknown) {
                awaitOrderChannel(stack, random);
            }
            if (!(last instanceof SubmitOutcome.NotSent)) {
                planned--;
            }
            last = click(stack, ticket);
        }
    }

    /**
     * Waits (at most 20 s) while the orders breaker is open, then a moment more at random so the
     * waiting workers do not all take the half-open breaker's few trial calls at once.
     */
    private static void awaitOrderChannel(TradingStack stack, Random random) throws InterruptedException {
        CircuitBreaker orders = stack.resilience.breaker(EndpointGroup.ORDERS);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (orders.getState() == CircuitBreaker.State.OPEN && System.nanoTime() < end) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        TimeUnit.MILLISECONDS.sleep(random.nextInt(300));
    }

    private SubmitOutcome click(TradingStack stack, Ticket ticket) {
        clicks.increment();
        SubmitOutcome outcome = stack.orders.submit(ticket);
        outcomes.computeIfAbsent(outcome.getClass().getSimpleName(), name -> new LongAdder()).increment();
        return outcome;
    }

    private void progress(int done) {
        synchronized (out) {
            out.printf("soak: %d/%d tickets, %d clicks, outcomes %s%n", done, options.orders, clicks.intValue(), counts());
            out.flush();
        }
    }

    /** Reconciles until nothing is left open or the deadline passes. */
    private void settle(TradingStack stack, Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        ReconcileReport report = stack.reconciler.reconcileNow();
        while (report.stillOpen() > 0 && System.nanoTime() < end) {
            TimeUnit.SECONDS.sleep(1);
            report = stack.reconciler.reconcileNow();
        }
        out.printf("soak: final reconcile, %d intents still open%n", report.stillOpen());
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        outcomes.forEach((name, count) -> counts.put(name, count.intValue()));
        return counts;
    }

    /**
     * What the audit compares the journal with. The audit is not a test of resilience: a breaker opened by the
     * faults must not refuse it. The in-process simulator is calmed and read directly; an external broker
     * is read through the resilient broker until it answers (two minutes at most).
     */
    private static List<Order> brokerTruth(TradingStack stack, SimulatedBroker sim) throws InterruptedException {
        if (sim != null) {
            sim.setFaults(FaultPlan.NONE);
            return BrokerOrders.since(stack.client, BEGINNING);
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) {
            try {
                return BrokerOrders.since(stack.broker, BEGINNING);
            } catch (RuntimeException refused) {
                if (System.nanoTime() > deadline) {
                    throw refused;
                }
                TimeUnit.SECONDS.sleep(2);
            }
        }
    }
}
