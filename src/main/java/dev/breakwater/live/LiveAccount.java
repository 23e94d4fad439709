package dev.breakwater.live;

import dev.breakwater.broker.Broker;
import dev.breakwater.broker.TradeStreamListener;
import dev.breakwater.domain.Account;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.Position;
import dev.breakwater.domain.TradeEvent;
import dev.breakwater.domain.TradeUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account as the broker last told it, kept current from three sources: trade-stream events, the gap
 * recovery after every (re)subscription, and REST re-reads of account and positions (after fills,
 * debounced, and periodically). Versions are merged by {@link OrderVersions}, so a late or repeated
 * version never rolls an order back, whatever path it came by.
 *
 * <p>Every applied change is published as a {@link ChangeBatch} to the subscribers, in apply order and on
 * the applying thread, while the write lock is held: subscribers must only hand the batch off (the UI
 * coalescer parks it in a map), never block or call back into a write. Reads ({@link #orders()},
 * {@link #order}, {@link #account()} ...) are safe from any thread at any time.
 *
 * <p>Nothing here throws into the stream's thread: a failed read is logged and retried, an unknown event
 * keeps its order version and is counted.
 */
public final class LiveAccount implements TradeStreamListener, AutoCloseable {

    /** A recovery is read again this much later, for orders too new to be visible the first time. */
    static final Duration SECOND_LOOK = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(LiveAccount.class);

    private final Broker broker;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final LiveAccountSettings settings;
    private final Consumer<TradeUpdate> tradeUpdateForwarder;
    private final AccountState state = new AccountState();
    private final GapRecovery recovery;
    private final AccountRefresh refresh;
    private final List<Consumer<ChangeBatch>> subscribers = new CopyOnWriteArrayList<>();
    /** Serialises writes: stream thread (events, recovery) and scheduler thread (refreshes, retries). */
    private final Object writeLock = new Object();
    private final AtomicReference<OffsetDateTime> lastEventAt = new AtomicReference<>();
    /** When the last successful gap recovery began (local clock); the next one reads from no later than this. */
    private final AtomicReference<OffsetDateTime> lastRecoveryStart = new AtomicReference<>();
    private final AtomicLong unknownEvents = new AtomicLong();
    private volatile boolean recovered;
    /** The one-shot recovery task waiting on the scheduler (a second look or a retry), cancelled on close. */
    private volatile ScheduledFuture<?> pendingRecovery;

    /**
     * @param broker               REST reads for recovery and refreshes (pass the resilient decorator)
     * @param scheduler            runs debounced and periodic refreshes and recovery retries
     * @param clock                the first recovery's lookback and the fallback refresh's pacing
     * @param settings             timings, {@link LiveAccountSettings#defaults()} normally
     * @param tradeUpdateForwarder receives every trade update after it is applied (the app passes
     *                             {@code reconciler::onTradeUpdate}); may be null
     */
    public LiveAccount(Broker broker, ScheduledExecutorService scheduler, Clock clock, LiveAccountSettings settings,
                       Consumer<TradeUpdate> tradeUpdateForwarder) {
        this.broker = Objects.requireNonNull(broker, "broker");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tradeUpdateForwarder = tradeUpdateForwarder == null ? update -> { } : tradeUpdateForwarder;
        this.recovery = new GapRecovery(broker);
        this.refresh = new AccountRefresh(scheduler, clock, settings.fillRefreshDelay(), settings.refreshInterval(),
                this::refreshAccountAndPositions);
    }

    /** Starts the fallback refresh of account and positions. */
    public void start() {
        refresh.start();
    }

    @Override
    public void close() {
        refresh.stop();
        AccountRefresh.cancel(pendingRecovery);
    }

    /**
     * Adds a subscriber of change batches. Returns the way to remove it again.
     */
    public Runnable subscribe(Consumer<ChangeBatch> subscriber) {
        subscribers.add(Objects.requireNonNull(subscriber, "subscriber"));
        return () -> subscribers.remove(subscriber);
    }

    // ---- TradeStreamListener -------------------------------------------------------------------------

    @Override
    public void onTradeUpdate(TradeUpdate update) {
        try {
            apply(update);
        } catch (RuntimeException e) {
            LOG.error("trade update {} could not be applied; the next recovery will catch up", describe(update), e);
        }
        try {
            tradeUpdateForwarder.accept(update);
        } catch (RuntimeException e) {
            LOG.error("trade update forwarder failed for {}", describe(update), e);
        }
    }

    /** Recovers the gap over REST before the stream is trusted again; see {@link GapRecovery}. */
    @Override
    public void onSubscribed() {
        recoverGap();
    }

    // ---- reads ---------------------------------------------------------------------------------------

    /** The latest version of every order known, a snapshot. */
    public List<Order> orders() {
        return state.orders();
    }

    public Optional<Order> order(String id) {
        return state.order(id);
    }

    public Optional<Order> byClientOrderId(String clientOrderId) {
        return state.byClientOrderId(clientOrderId);
    }

    /** The id of the order that replaced {@code id}, if a replace is known. */
    public Optional<String> replacedBy(String id) {
        return state.replacedBy(id);
    }

    /** The id of the order {@code id} replaced, if it is a replacement. */
    public Optional<String> replaces(String id) {
        return state.replaces(id);
    }

    /** The account summary, or null before the first read. */
    public Account account() {
        return state.account();
    }

    public List<Position> positions() {
        return state.positions();
    }

    /** The latest broker time seen on an event or order version, or null before any. */
    public OffsetDateTime lastEventAt() {
        return lastEventAt.get();
    }

    /** How many events of a type this version does not know arrived (their order versions were kept). */
    public long unknownEvents() {
        return unknownEvents.get();
    }

    /** True once a gap recovery has completed (false again while a failed one waits for its retry). */
    public boolean recovered() {
        return recovered;
    }

    // ---- REST paths ----------------------------------------------------------------------------------

    /** Re-reads account and positions now, on the caller's thread. Failures are logged, values kept. */
    public void refreshNow() {
        refresh.now();
    }

    private void refreshAccountAndPositions() {
        Account account = null;
        List<Position> positions = null;
        try {
            account = broker.getAccount();
        } catch (RuntimeException e) {
            LOG.warn("account refresh failed; keeping the last account: {}", e.toString());
        }
        try {
            positions = broker.getPositions();
        } catch (RuntimeException e) {
            LOG.warn("positions refresh failed; keeping the last positions: {}", e.toString());
        }
        synchronized (writeLock) {
            boolean accountChanged = account != null && state.setAccount(account);
            boolean positionsChanged = positions != null && state.setPositions(positions);
            if (accountChanged || positionsChanged) {
                publish(ChangeBatch.ofAccount(accountChanged ? state.account() : null,
                        positionsChanged ? state.positions() : null));
            }
        }
    }

    /**
     * Recovers the gap since the last event seen, or since the last recovery began if that is earlier:
     * an order placed just before a recovery can still be invisible to reads for a moment (delayed
     * visibility), and its events went out before we subscribed, so the next read must look again from
     * there. For the same reason a second look follows each recovery shortly after, so such an order is
     * not missed until the next reconnect, which may be hours away.
     */
    private void recoverGap() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        OffsetDateTime mark = earlier(lastEventAt.get(), lastRecoveryStart.get());
        OffsetDateTime after = mark != null ? mark.minus(settings.recoveryMargin()) : now.minus(settings.initialLookback());
        if (recoverFrom(after, false)) {
            lastRecoveryStart.set(now);
            Runnable secondLook = () -> recoverFrom(after, true);
            pendingRecovery = scheduler.schedule(secondLook, SECOND_LOOK.toMillis(), TimeUnit.MILLISECONDS);
        }
        refresh.now();
    }

    private boolean recoverFrom(OffsetDateTime after, boolean secondLook) {
        try {
            List<Order> missed = recovery.read(after, state.openOrderIds());
            mergeAll(missed);
            recovered = true;
            LOG.info("gap recovery{} after {}: {} orders read", secondLook ? " (second look)" : "", after, missed.size());
            return true;
        } catch (RuntimeException e) {
            if (secondLook) {
                LOG.warn("second look after a gap recovery failed (the next recovery covers it): {}", e.toString());
                return false;
            }
            recovered = false;
            LOG.warn("gap recovery failed; retrying in {}: {}", settings.recoveryRetryDelay(), e.toString());
            pendingRecovery = scheduler.schedule(this::recoverGap, settings.recoveryRetryDelay().toMillis(),
                    TimeUnit.MILLISECONDS);
            return false;
        }
    }

    private static OffsetDateTime earlier(OffsetDateTime a, OffsetDateTime b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isBefore(b) ? a : b;
    }

    // ---- applying ------------------------------------------------------------------------------------

    private void apply(TradeUpdate update) {
        if (update == null) {
            return;
        }
        if (update.event() == null || update.event() == TradeEvent.UNKNOWN) {
            unknownEvents.incrementAndGet();
            LOG.info("unknown trade event '{}' for order {}: keeping its order version",
                    update.eventName(), update.order() == null ? "-" : update.order().id());
        }
        noteTime(update.timestamp());
        if (update.order() != null) {
            merge(update.order());
        }
        if (update.event() == TradeEvent.FILL || update.event() == TradeEvent.PARTIAL_FILL) {
            refresh.fillSeen();
        }
    }

    private void mergeAll(List<Order> versions) {
        synchronized (writeLock) {
            ChangedIds changed = new ChangedIds();
            for (Order version : versions) {
                noteTime(version.updatedAt());
                state.merge(version, changed);
            }
            if (!changed.isEmpty()) {
                publish(ChangeBatch.ofOrders(state.versionsOf(changed)));
            }
        }
    }

    /** {@link #mergeAll} for the one version an event carries, without wrapping it in a list. */
    private void merge(Order version) {
        synchronized (writeLock) {
            ChangedIds changed = new ChangedIds();
            noteTime(version.updatedAt());
            state.merge(version, changed);
            if (!changed.isEmpty()) {
                publish(ChangeBatch.ofOrders(state.versionsOf(changed)));
            }
        }
    }

    private void noteTime(OffsetDateTime time) {
        // Read first: nearly every event is later than the last and sets it; an earlier one needs no write.
        OffsetDateTime held = lastEventAt.get();
        if (time != null && (held == null || time.isAfter(held))) {
            lastEventAt.accumulateAndGet(time, (current, seen) -> current == null || seen.isAfter(current) ? seen : current);
        }
    }

    private void publish(ChangeBatch batch) {
        for (Consumer<ChangeBatch> subscriber : subscribers) {
            try {
                subscriber.accept(batch);
            } catch (RuntimeException e) {
                LOG.error("change-batch subscriber failed", e);
            }
        }
    }

    private static String describe(TradeUpdate update) {
        if (update == null) {
            return "null";
        }
        return update.eventName() + "/" + (update.order() == null ? "-" : update.order().id());
    }
}
