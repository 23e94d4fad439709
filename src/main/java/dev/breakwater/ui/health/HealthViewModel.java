package dev.breakwater.ui.health;

import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.EndpointGroup;
import dev.breakwater.broker.StreamStatus;
import dev.breakwater.resilience.HealthEvent;
import dev.breakwater.resilience.HealthSnapshot;
import dev.breakwater.ui.BackgroundWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The broker-health panel's state. The shell calls {@link #tick()} every second on the FX thread; each
 * tick takes one {@link HealthFeed#snapshot()} and one stream status and updates the tiles, the retry
 * table, the rate-limit headroom, the stream box, the banner and the status strip.
 *
 * <p>Health events arrive on broker-call and timer threads. They are parked in a lock-free queue and
 * drained on the UI executor, with at most one drain pending however many arrive (the same coalescing as
 * {@link dev.breakwater.ui.LiveBlotterFeed}). The drain appends them to the log and moves a tile's badge
 * at once on a breaker transition; the numbers wait for the next tick. Everything except the listener
 * runs on the UI thread.
 */
public final class HealthViewModel implements AutoCloseable {

    private final HealthFeed feed;
    private final Clock clock;
    private final Executor ui;
    private final BackgroundWork work;
    private final AutoCloseable subscription;

    private final Queue<HealthEvent> parked = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final AtomicLong drainsScheduled = new AtomicLong();
    /** Events already taken from {@code recentEvents()}; one that was also parked must not be logged twice. */
    private Set<HealthEvent> seeded;

    // UI-thread state below.
    private final Map<EndpointGroup, BreakerTileModel> tiles = new EnumMap<>(EndpointGroup.class);
    private final List<BreakerTileModel> tileList;
    private final ObservableList<RetryRow> retryRows = FXCollections.observableArrayList();
    private final ObservableList<RetryRow> retryRowsView = FXCollections.unmodifiableObservableList(retryRows);
    private final RateLimitModel rateLimit;
    private final StreamModel stream = new StreamModel();
    private final EventLogModel log = new EventLogModel();
    private final OrderChannelBanner banner;
    private final StatusStripModel strip = new StatusStripModel();
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper(this, "exportStatus", "");
    private StreamStatus lastStream;

    /**
     * Subscribes to {@code feed} and seeds the log with its recent events; call on the UI thread.
     *
     * @param clock the panel's time: ages, countdowns, rates per second, the banner's debounce; its zone is
     *              the zone times are shown in
     * @param ui    the UI executor the event drains run on ({@code PulseExecutor} in the app)
     * @param work  where the CSV export writes its file
     */
    public HealthViewModel(HealthFeed feed, Clock clock, Executor ui, BackgroundWork work) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.work = Objects.requireNonNull(work, "work");
        ZoneId zone = clock.getZone();
        for (EndpointGroup group : EndpointGroup.values()) {
            tiles.put(group, new BreakerTileModel(group, zone));
        }
        tileList = List.copyOf(tiles.values());
        rateLimit = new RateLimitModel(zone);
        banner = new OrderChannelBanner(clock);
        // Subscribe before reading the backlog, so nothing published in between is lost.
        subscription = feed.subscribe(this::park);
        List<HealthEvent> recent = feed.recentEvents();
        seeded = new HashSet<>(recent);
        apply(recent);
    }

    // --- Commands ---

    /** Every second on the UI thread: poll the feed and refresh everything. */
    public void tick() {
        Instant now = clock.instant();
        HealthSnapshot snapshot = feed.snapshot();
        StreamStatus status = feed.streamStatus();
        lastStream = status;
        for (BreakerTileModel tile : tileList) {
            EndpointGroup group = tile.group();
            tile.update(snapshot.breaker(group), snapshot.latency(group), cumulative(group, snapshot, status), now);
            strip.showBreaker(tile);
        }
        RetryRow.sync(retryRows, snapshot.retries());
        rateLimit.update(snapshot.rateLimit());
        log.add(stream.update(status, now));
        strip.showStream(stream);
        updateBanner();
    }

    /** A line from elsewhere in the console, e.g. {@code log("reconcile", "3 orders reconciled")}; UI thread. */
    public void log(String kind, String text) {
        log.add(List.of(new EventLogEntry(clock.instant(), kind, text, Tone.ACCENT)));
    }

    /** Drill: the group's breaker refuses every call until {@link #reset}. */
    public void forceOpen(EndpointGroup group) {
        log.add(List.of(new EventLogEntry(clock.instant(), EventLogEntry.DRILL,
                HealthFormat.title(group) + " breaker forced open by hand", Tone.FORCED)));
        feed.forceOpen(group);
    }

    /** Drill: the group's breaker back to CLOSED with an empty window. */
    public void reset(EndpointGroup group) {
        log.add(List.of(new EventLogEntry(clock.instant(), EventLogEntry.DRILL,
                HealthFormat.title(group) + " breaker reset by hand", Tone.ACCENT)));
        feed.reset(group);
    }

    /** Writes the log as CSV to {@code target} off the UI thread; {@link #exportStatusProperty()} reports. */
    public void exportLog(Path target) {
        Objects.requireNonNull(target, "target");
        String csv = EventLogCsv.write(List.copyOf(log.entries()), clock.getZone());
        int lines = log.entries().size();
        exporting.set(true);
        exportStatus.set("Exporting…");
        work.run("export health log", () -> Files.writeString(target, csv), written -> {
            exporting.set(false);
            exportStatus.set("Exported " + lines + " events to " + written.getFileName());
        }, failure -> {
            exporting.set(false);
            exportStatus.set("Export failed: " + failure.getMessage());
        });
    }

    /** Stops listening to the feed. */
    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not unsubscribe from the health feed", e);
        }
    }

    // --- Events ---

    /** Any thread: park, and schedule a drain unless one is already pending. */
    private void park(HealthEvent event) {
        parked.add(event);
        if (drainScheduled.compareAndSet(false, true)) {
            drainsScheduled.incrementAndGet();
            ui.execute(this::drain);
        }
    }

    /** UI thread. Clears the flag first: an event parked during the drain is taken now or schedules the next. */
    private void drain() {
        drainScheduled.set(false);
        List<HealthEvent> batch = new ArrayList<>();
        for (HealthEvent event = parked.poll(); event != null; event = parked.poll()) {
            if (seeded == null || !seeded.contains(event)) {
                batch.add(event);
            }
        }
        seeded = null;
        apply(batch);
    }

    private void apply(List<HealthEvent> events) {
        List<EventLogEntry> entries = new ArrayList<>(events.size());
        boolean ordersMoved = false;
        for (HealthEvent event : events) {
            entries.add(EventLogEntry.of(event));
            if (event instanceof HealthEvent.BreakerStateChanged changed) {
                tiles.get(changed.group()).stateChanged(changed.to(), changed.timestamp());
                ordersMoved |= changed.group() == EndpointGroup.ORDERS;
            }
        }
        log.add(entries);
        if (ordersMoved) {
            updateBanner(); // a recovery clears the banner at once, not at the next tick
        }
    }

    private void updateBanner() {
        BreakerTileModel orders = tiles.get(EndpointGroup.ORDERS);
        banner.update(orders.stateProperty().get(), orders.stateSinceProperty().get(),
                feed.openWait(EndpointGroup.ORDERS), lastStream);
    }

    /** The monotonic count a tile's rate comes from: the group's finished REST calls; the stream's connects. */
    private static long cumulative(EndpointGroup group, HealthSnapshot snapshot, StreamStatus status) {
        if (group == EndpointGroup.STREAM) {
            return status == null ? 0 : status.connects();
        }
        long calls = 0;
        for (Map.Entry<Endpoint, HealthSnapshot.Retries> entry : snapshot.retries().entrySet()) {
            if (entry.getKey().group() == group) {
                calls += entry.getValue().calls();
            }
        }
        return calls;
    }

    // --- Properties ---

    public BreakerTileModel tile(EndpointGroup group) {
        return tiles.get(group);
    }

    /** Orders, reads, stream. */
    public List<BreakerTileModel> tiles() {
        return tileList;
    }

    /** One row per REST endpoint that has had calls, in endpoint order; rows update in place. */
    public ObservableList<RetryRow> retryRows() {
        return retryRowsView;
    }

    public RateLimitModel rateLimit() {
        return rateLimit;
    }

    public StreamModel stream() {
        return stream;
    }

    /** The last {@value EventLogModel#CAPACITY} entries, newest first. */
    public ObservableList<EventLogEntry> eventLog() {
        return log.entries();
    }

    public OrderChannelBanner banner() {
        return banner;
    }

    public StatusStripModel statusStrip() {
        return strip;
    }

    /** The zone times are shown in (the clock's). */
    public ZoneId zone() {
        return clock.getZone();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus.getReadOnlyProperty();
    }

    /** Drains handed to the UI executor so far (tests, and the shell's own health readout). */
    public long drainsScheduled() {
        return drainsScheduled.get();
    }
}
