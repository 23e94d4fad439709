package dev.breakwater.quotes;

import dev.breakwater.broker.MarketData;
import dev.breakwater.domain.LatestQuote;
import dev.breakwater.domain.LatestTrade;
import dev.breakwater.domain.Snapshot;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps fresh quotes for the symbols in view.
 *
 * <p>Whoever shows a symbol (the ticket, the positions, the working orders) calls {@link #watch} and,
 * when it stops showing it, {@link #unwatch}; the service counts references, so a symbol stays polled
 * while anyone still watches it. Every tick ({@link QuoteSettings#tickInterval()}) makes at most one
 * {@link MarketData#snapshots} call, for up to {@link QuoteSettings#batchSize()} symbols: those asked for
 * longest ago, symbols never asked for first. The calls per minute therefore never exceed
 * {@link QuoteSettings#callsPerMinute()}, however many symbols are watched.
 *
 * <p>A failing call (any {@link RuntimeException}: a {@code BrokerException}, an open reads breaker's
 * {@code CallNotPermittedException}) is logged and changes nothing; the quotes age, turn stale after
 * {@link QuoteSettings#staleAfter()} (listeners are told), and the next successful call makes them fresh.
 * Staleness is measured from when a snapshot arrived by the injected clock, not from the quote's own
 * time, which outside market hours is legitimately old.
 *
 * <p>Thread-safe: {@code watch}, {@code unwatch} and {@code quote} may be called from any thread; the
 * polls run on the injected scheduler, and listeners are called there, outside the service's lock.
 */
public final class QuoteService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QuoteService.class);

    private final MarketData marketData;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final QuoteSettings settings;
    private final List<QuoteListener> listeners = new CopyOnWriteArrayList<>();

    private final Object lock = new Object();
    /** The watched symbols (sorted), guarded by {@link #lock}. */
    private final Map<String, Entry> entries = new TreeMap<>();
    private long tick;
    private volatile boolean failing; // written on the scheduler thread only
    private ScheduledFuture<?> task;

    public QuoteService(MarketData marketData, ScheduledExecutorService scheduler, Clock clock,
                        QuoteSettings settings) {
        this.marketData = Objects.requireNonNull(marketData, "marketData");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Starts polling: the first tick right away, then one every {@link QuoteSettings#tickInterval()}. */
    public void start() {
        synchronized (lock) {
            if (task != null) {
                return;
            }
            task = scheduler.scheduleWithFixedDelay(this::pollSafely, 0,
                    settings.tickInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Stops polling; the views stay readable (and go stale). */
    @Override
    public void close() {
        synchronized (lock) {
            if (task != null) {
                task.cancel(false);
                task = null;
            }
        }
    }

    /** Adds one reference to {@code symbol}; it is polled while at least one reference remains. */
    public void watch(String symbol) {
        String key = normalize(symbol);
        synchronized (lock) {
            entries.computeIfAbsent(key, Entry::new).references++;
        }
    }

    /** Drops one reference to {@code symbol}; at none it is no longer polled and its quote is forgotten. */
    public void unwatch(String symbol) {
        String key = normalize(symbol);
        synchronized (lock) {
            Entry entry = entries.get(key);
            if (entry != null && --entry.references <= 0) {
                entries.remove(key);
            }
        }
    }

    /** The watched symbols, sorted. */
    public List<String> watched() {
        synchronized (lock) {
            return List.copyOf(entries.keySet());
        }
    }

    /**
     * The view of a watched symbol as of now (stale when never received or too old); empty when the
     * symbol is not watched.
     */
    public Optional<QuoteView> quote(String symbol) {
        String key = normalize(symbol);
        Instant now = clock.instant();
        synchronized (lock) {
            Entry entry = entries.get(key);
            return entry == null ? Optional.empty() : Optional.of(entry.view(now));
        }
    }

    /** Every watched symbol's view as of now, in symbol order. */
    public List<QuoteView> quotes() {
        Instant now = clock.instant();
        synchronized (lock) {
            return entries.values().stream().map(entry -> entry.view(now)).toList();
        }
    }

    /** Subscribes {@code listener} to changes; closing the returned handle unsubscribes it. */
    public AutoCloseable subscribe(QuoteListener listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** One tick: at most one snapshots call, then the changes to the listeners. Never throws. */
    void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.error("quote poll tick failed unexpectedly", e);
        }
    }

    private void poll() {
        List<String> batch = nextBatch();
        if (!batch.isEmpty()) {
            Map<String, Snapshot> snapshots = fetch(batch);
            if (snapshots != null) {
                apply(snapshots);
            }
        }
        publishChanges();
    }

    private List<String> nextBatch() {
        synchronized (lock) {
            tick++;
            List<Entry> due = entries.values().stream()
                    .sorted(Comparator.comparingLong((Entry e) -> e.requestedAtTick).thenComparing(e -> e.symbol))
                    .limit(settings.batchSize())
                    .toList();
            due.forEach(entry -> entry.requestedAtTick = tick);
            return due.stream().map(entry -> entry.symbol).toList();
        }
    }

    private Map<String, Snapshot> fetch(List<String> batch) {
        try {
            Map<String, Snapshot> snapshots = marketData.snapshots(batch);
            if (failing) {
                LOG.info("quote polling recovered");
                failing = false;
            }
            return snapshots == null ? Map.of() : snapshots;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("quote poll failed, quotes will go stale until a poll succeeds: {}", e.toString());
                failing = true;
            } else {
                LOG.debug("quote poll failed again: {}", e.toString());
            }
            return null;
        }
    }

    private void apply(Map<String, Snapshot> snapshots) {
        Instant now = clock.instant();
        synchronized (lock) {
            for (Map.Entry<String, Snapshot> received : snapshots.entrySet()) {
                if (received.getKey() == null || received.getValue() == null) {
                    continue;
                }
                Entry entry = entries.get(received.getKey().toUpperCase(Locale.ROOT));
                if (entry != null) { // unwatched while the call was out: dropped
                    entry.update(received.getValue(), now);
                }
            }
        }
    }

    private void publishChanges() {
        Instant now = clock.instant();
        List<QuoteView> changed = new ArrayList<>();
        synchronized (lock) {
            for (Entry entry : entries.values()) {
                QuoteView view = entry.view(now);
                if (entry.published == null || !sameContent(entry.published, view)) {
                    changed.add(view);
                }
                entry.published = view;
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        List<QuoteView> batch = List.copyOf(changed);
        for (QuoteListener listener : listeners) {
            try {
                listener.onQuotes(batch);
            } catch (RuntimeException e) {
                LOG.warn("quote listener failed", e);
            }
        }
    }

    /** Equal for a listener's purposes: same prices, quote time and staleness (receipt time may differ). */
    private static boolean sameContent(QuoteView a, QuoteView b) {
        return a.stale() == b.stale()
                && Objects.equals(a.last(), b.last())
                && Objects.equals(a.bid(), b.bid())
                && Objects.equals(a.ask(), b.ask())
                && Objects.equals(a.quoteTime(), b.quoteTime())
                && a.received() == b.received();
    }

    private static String normalize(String symbol) {
        Objects.requireNonNull(symbol, "symbol");
        String key = symbol.trim().toUpperCase(Locale.ROOT);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("symbol is blank");
        }
        return key;
    }

    /** One watched symbol's state; guarded by the service's lock. */
    private final class Entry {
        final String symbol;
        int references;
        long requestedAtTick = -1;
        BigDecimal last;
        BigDecimal bid;
        BigDecimal ask;
        OffsetDateTime quoteTime;
        Instant receivedAt;
        QuoteView published;

        Entry(String symbol) {
            this.symbol = symbol;
        }

        void update(Snapshot snapshot, Instant now) {
            LatestTrade trade = snapshot.latestTrade();
            LatestQuote quote = snapshot.latestQuote();
            last = trade == null ? null : trade.price();
            bid = quote == null ? null : quote.bidPrice();
            ask = quote == null ? null : quote.askPrice();
            quoteTime = quote != null ? quote.time() : trade == null ? null : trade.time();
            receivedAt = now;
        }

        QuoteView view(Instant now) {
            boolean stale = receivedAt == null || now.isAfter(receivedAt.plus(settings.staleAfter()));
            return new QuoteView(symbol, last, bid, ask, quoteTime, receivedAt, stale);
        }
    }
}
