package dev.breakwater.journal;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order journal in H2, embedded (a file this process owns) or through a desk server
 * ({@link JournalServer}). Plain JDBC and standard SQL, so the same statements run on PostgreSQL.
 *
 * <p>Every write is one transaction, committed before the method returns, and the URL always carries
 * {@code WRITE_DELAY=0}: H2 then writes each commit to the file before returning, which survives a
 * {@code kill -9} (not a power loss: H2 does not fsync per commit).
 *
 * <p>Thread-safe: one connection, used under a lock. A journal write costs a fraction of a millisecond,
 * so callers queue briefly rather than needing a pool; {@link #compact()} holds the same lock, so
 * callers wait for it instead of meeting a closed database.
 *
 * <p>Choices the interface leaves open:
 * <ul>
 *   <li>{@link #recordBrokerStatus}, {@link #appendEvent} and {@link #transition} do not check the state
 *       diagram of {@link IntentState}: the order service owns it; the journal only makes each change
 *       atomic and compare-and-set.</li>
 *   <li>{@link #recordBrokerStatus} and {@link #appendEvent} on a client_order_id with no intent throw
 *       {@link IllegalArgumentException}: an audit line about nothing is a caller bug, and silently
 *       dropping it would hide one. Both count as activity ({@code updated_at}).</li>
 *   <li>{@link #list} orders newest created first; its {@code since} filters on {@code updated_at}.</li>
 *   <li>{@link #adopt} keeps the broker's creation time as {@code created_at} (it is when the order was
 *       made), has no ticket id, and counts one attempt.</li>
 *   <li>Compaction ({@link #compact()}, {@link #compactIfIdle}, on {@link #close()}) only applies to a
 *       file this process owns; through a desk server it does nothing (the server compacts when it
 *       closes), and in memory there is nothing to compact.</li>
 * </ul>
 */
public final class H2OrderJournal implements OrderJournal {

    /** How long resolved intents are kept by default before {@link #prune} may delete them. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);

    private static final Logger LOG = LoggerFactory.getLogger(H2OrderJournal.class);

    // A racing creator's insert is rolled back only if its commit fails; then ours may go ahead.
    private static final int CREATE_ATTEMPTS = 100;
    // Prune in slices so one call never holds a huge transaction (H2 keeps it in memory).
    private static final int PRUNE_BATCH = 500;


    // Files opened by a journal in this JVM: H2 would let a second open share the first one's database
    // silently, which hides the mistake of two consoles in one process.
    private static final Set<Path> OPEN_FILES = ConcurrentHashMap.newKeySet();

    private final JournalUrl url;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final SoonWrites soonWrites;
    private final DeferredEvents deferredEvents = new DeferredEvents(); // guarded by lock

    // Guarded by lock. Null after a lost connection or a failed reopen: the next call tries again.
    private Connection connection;
    private boolean closed;
    private long lastWriteNanos = System.nanoTime();
    private boolean writtenSinceCompaction;

    private H2OrderJournal(JournalUrl url, Clock clock, Connection connection) {
        this.url = url;
        this.clock = clock;
        this.connection = connection;
        this.soonWrites = new SoonWrites(lock, url.location());
    }

    /** Opens (creating on first start) the journal at {@code jdbcUrl} on the system clock. */
    public static H2OrderJournal open(String jdbcUrl) {
        return open(jdbcUrl, Clock.systemUTC());
    }

    /**
     * Opens the journal at {@code jdbcUrl}, adding {@code WRITE_DELAY=0} when absent, and brings its schema
     * up to date. A missing file is created (a first start); an existing one that cannot be used is left
     * exactly as it was and reported.
     *
     * @throws JournalUnavailableException locked by another console, damaged, unwritable, from a newer
     *                                     build, or a URL with settings that break durability
     */
    public static H2OrderJournal open(String jdbcUrl, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        JournalDatabase.init();
        JournalUrl url = JournalUrl.parse(jdbcUrl);
        Path file = url.kind() == JournalUrl.Kind.FILE ? url.basePath() : null;
        if (file != null && !OPEN_FILES.add(file)) {
            throw JournalErrors.inUse(url.location(), null);
        }
        try {
            Connection connection = JournalDatabase.connect(url);
            try {
                new SchemaMigrations(SchemaMigrations.ALL).migrate(connection, url.location());
                int recovered = DeferredEvents.recover(connection);
                if (recovered > 0) {
                    LOG.warn("journal {}: wrote the JOURNALED events of {} intents whose console stopped before it did",
                            url.location(), recovered);
                }
            } catch (SQLException e) {
                JournalDatabase.closeQuietly(connection);
                throw JournalErrors.onOpen(url, e);
            } catch (RuntimeException e) {
                JournalDatabase.closeQuietly(connection);
                throw e;
            }
            LOG.info("journal {} open", url.location());
            return new H2OrderJournal(url, clock, connection);
        } catch (RuntimeException e) {
            if (file != null) {
                OPEN_FILES.remove(file);
            }
            throw e;
        }
    }

    /**
     * The URL of this user's journal file: {@code $XDG_DATA_HOME/breakwater/journal} on Linux (else
     * {@code ~/.local/share/breakwater/journal}), the Application Support folder on macOS, and
     * {@code %LOCALAPPDATA%\Breakwater} on Windows; always with {@code WRITE_DELAY=0}.
     */
    public static String defaultUrl() {
        return JournalLocation.defaultUrl();
    }

    // ---------------------------------------------------------------- writes

    /**
     * The pre-send commit writes the intent row alone; its {@code JOURNALED} event follows in this
     * journal's next transaction ({@link DeferredEvents} says why, and how a crash in between is repaired).
     */
    @Override
    public Optional<Intent> create(String ticketId, String account, OrderRequest request, IntentState initial) {
        Intent intent = NewIntent.journaled(ticketId, account, request, initial, now()).toIntent();
        soonWrites.drain();
        lock.lock(); // until the event is pending, so no change of the intent can be recorded before it
        try {
            boolean inserted = inTransaction("journaling " + intent.clientOrderId(),
                    c -> IntentStatements.insertIntent(c, intent), true, false);
            if (!inserted) {
                return Optional.empty();
            }
            deferredEvents.add(intent);
            return Optional.of(intent);
        } finally {
            lock.unlock();
        }
    }

    /** Overridden to wait out a competing insert that is not visible yet, instead of failing on it. */
    @Override
    public Intent createIfAbsent(String ticketId, String account, OrderRequest request, IntentState initial) {
        return insertOrGet(NewIntent.journaled(ticketId, account, request, initial, now()));
    }

    @Override
    public Intent adopt(Order brokerOrder, String account) {
        return insertOrGet(NewIntent.adopted(brokerOrder, account, now()));
    }

    /**
     * {@link #adopt} for many orders in one commit: a bulk path for imports and the journal benchmark
     * (which fills a million intents), never the order path, whose pre-send write is one commit per
     * intent. All or nothing: a client_order_id already journaled rolls the whole batch back.
     *
     * @throws IllegalArgumentException when one of the orders is journaled already (nothing written)
     */
    public int adoptAll(List<Order> brokerOrders, String account) {
        Objects.requireNonNull(brokerOrders, "brokerOrders");
        Instant now = now();
        List<NewIntent> rows = brokerOrders.stream().map(order -> NewIntent.adopted(order, account, now)).toList();
        List<Intent> intents = rows.stream().map(NewIntent::toIntent).toList();
        return inTransaction("adopting " + rows.size() + " broker orders", c -> {
            for (int i = 0; i < rows.size(); i++) {
                if (!insert(c, intents.get(i), rows.get(i))) {
                    throw new IllegalArgumentException(intents.get(i).clientOrderId()
                            + " is journaled already; none of the " + rows.size() + " orders was adopted");
                }
            }
            return rows.size();
        }, true, false);
    }

    private Intent insertOrGet(NewIntent row) {
        Intent intent = row.toIntent();
        String clientOrderId = intent.clientOrderId();
        for (int attempt = 0; attempt < CREATE_ATTEMPTS; attempt++) {
            boolean inserted = inTransaction("journaling " + clientOrderId, c -> insert(c, intent, row), true, false);
            if (inserted) {
                return intent;
            }
            // Someone else holds the key (an earlier click, another thread or console): theirs stands.
            Optional<Intent> existing = find(clientOrderId);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        throw new JournalUnavailableException("journal " + location() + ": " + clientOrderId
                + " kept colliding with an intent that never became visible", null);
    }

    /** The row with its first event, in the caller's transaction. */
    private static boolean insert(Connection c, Intent intent, NewIntent row) throws SQLException {
        if (!IntentStatements.insertIntent(c, intent)) {
            return false;
        }
        IntentStatements.insertEvent(c, intent.clientOrderId(), intent.updatedAt(), row.eventKind(), null,
                intent.state(), row.eventDetail());
        return true;
    }

    @Override
    public Optional<Intent> transition(String clientOrderId, IntentState expected, Transition change) {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(change.to(), "change.to");
        Objects.requireNonNull(change.kind(), "change.kind");
        Instant now = now();
        return write("moving " + clientOrderId + " from " + expected + " to " + change.to(), c -> {
            if (IntentStatements.updateState(c, clientOrderId, expected, change, now) == 0) {
                return Optional.<Intent>empty();
            }
            IntentStatements.insertEvent(c, clientOrderId, now, change.kind(), expected, change.to(), change.detail());
            return IntentStatements.select(c, clientOrderId);
        });
    }

    @Override
    public void recordBrokerStatus(String clientOrderId, String brokerOrderId, String brokerStatus, String detail) {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Instant now = now();
        String line = "broker status " + brokerStatus + (brokerOrderId == null ? "" : " (order " + brokerOrderId + ")")
                + (detail == null ? "" : ": " + detail);
        write("recording the broker status of " + clientOrderId, c -> {
            requireIntent(IntentStatements.updateBrokerStatus(c, clientOrderId, brokerOrderId, brokerStatus, now),
                    clientOrderId);
            IntentStatements.insertEvent(c, clientOrderId, now, "BROKER_UPDATE", null, null, line);
            return null;
        });
    }

    @Override
    public void appendEvent(String clientOrderId, String kind, String detail) {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        Objects.requireNonNull(kind, "kind");
        Instant now = now();
        write("adding a " + kind + " event to " + clientOrderId, c -> {
            requireIntent(IntentStatements.touch(c, clientOrderId, now), clientOrderId);
            IntentStatements.insertEvent(c, clientOrderId, now, kind, null, null, detail);
            return null;
        });
    }

    private static void requireIntent(int updatedRows, String clientOrderId) {
        if (updatedRows == 0) {
            throw new IllegalArgumentException("no intent " + clientOrderId + " in the journal");
        }
    }

    /** Handed to this journal's writer thread; see {@link SoonWrites} for why no caller can miss it. */
    @Override
    public void writeSoon(Runnable write) {
        Objects.requireNonNull(write, "write");
        soonWrites.add(write);
    }

    // ---------------------------------------------------------------- reads

    @Override
    public Optional<Intent> find(String clientOrderId) {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        return read("reading " + clientOrderId, c -> IntentStatements.select(c, clientOrderId));
    }

    @Override
    public List<Intent> unresolved() {
        return read("listing unresolved intents", c -> IntentStatements.intents(c.prepareStatement("SELECT " + IntentRows.INTENT_COLUMNS
                + " FROM intents WHERE state IN " + IntentStatements.UNRESOLVED + " ORDER BY created_at, client_order_id")));
    }

    @Override
    public List<Intent> list(IntentState state, Instant since, int limit) {
        requirePositive(limit);
        // Truncated like the stored times, so a row written at exactly `since` is included.
        Instant from = since == null ? null : IntentRows.truncate(since);
        return read("listing intents", c -> IntentStatements.list(c, state, from, limit));
    }

    @Override
    public List<JournalEvent> events(String clientOrderId) {
        Objects.requireNonNull(clientOrderId, "clientOrderId");
        return read("reading the events of " + clientOrderId, c -> IntentStatements.events(c, clientOrderId));
    }

    @Override
    public List<JournalEvent> eventsSince(Instant since, int limit) {
        requirePositive(limit);
        Instant from = since == null ? null : IntentRows.truncate(since);
        return read("reading events", c -> IntentStatements.eventsSince(c, from, limit));
    }

    @Override
    public Optional<Instant> newestResolvedCreatedAt() {
        return read("finding the newest resolved intent", IntentStatements::newestResolvedCreatedAt);
    }

    // ---------------------------------------------------------------- retention and compaction

    @Override
    public int prune(Duration retention) {
        Objects.requireNonNull(retention, "retention");
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention must not be negative: " + retention);
        }
        Instant cutoff = now().minus(retention);
        int pruned = 0;
        while (true) {
            int slice = write("pruning intents resolved before " + cutoff, c -> IntentStatements.pruneSlice(c, cutoff, PRUNE_BATCH));
            pruned += slice;
            if (slice < PRUNE_BATCH) {
                break;
            }
        }
        if (pruned > 0) {
            LOG.info("journal {}: pruned {} resolved intents last updated before {}", location(), pruned, cutoff);
        }
        return pruned;
    }

    /**
     * Rewrites the file compactly ({@code SHUTDOWN COMPACT}, then reopens). With {@code WRITE_DELAY=0}
     * H2's background writer, and with it its own compaction, never runs: per-commit writes grow the
     * file about 27 times larger than its content. Takes seconds for a large journal; other callers
     * wait on the journal's lock meanwhile. Does nothing through a desk server or in memory.
     */
    @Override
    public void compact() {
        soonWrites.drain();
        lock.lock();
        try {
            ensureOpen();
            if (url.kind() != JournalUrl.Kind.FILE) {
                LOG.debug("journal {}: compaction is the owner's job, nothing done", location());
                return;
            }
            if (!deferredEvents.isEmpty()) {
                write("writing the events of the last intents", c -> null);
            }
            shutdownCompact(connection());
            connection = JournalDatabase.connect(url);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Compacts when nothing was written for at least {@code idle} and something was written since the
     * last compaction; for the app to call on a timer (say every few minutes with 10 minutes idle),
     * so the file stays small without a compaction ever delaying an order. Returns at once, doing
     * nothing, while another call is using the journal.
     *
     * @return true when it compacted
     */
    public boolean compactIfIdle(Duration idle) {
        Objects.requireNonNull(idle, "idle");
        if (!lock.tryLock()) {
            return false;
        }
        try {
            if (closed || !writtenSinceCompaction || url.kind() != JournalUrl.Kind.FILE
                    || System.nanoTime() - lastWriteNanos < idle.toNanos()) {
                return false;
            }
            compact();
            return true;
        } finally {
            lock.unlock();
        }
    }

    // Guarded by lock; leaves connection null (the database is closed).
    private void shutdownCompact(Connection c) {
        long before = fileSize();
        long started = System.nanoTime();
        connection = null;
        try {
            try (Statement statement = c.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            } finally {
                JournalDatabase.closeQuietly(c);
            }
        } catch (SQLException e) {
            throw JournalErrors.onUse(location(), "compacting", e);
        }
        writtenSinceCompaction = false;
        LOG.info("journal {} compacted from {} to {} bytes in {} ms", location(), before, fileSize(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Size of the journal file in bytes, or -1 when there is no local file (server, memory). */
    public long fileSize() {
        if (url.kind() != JournalUrl.Kind.FILE) {
            return -1;
        }
        try {
            return Files.size(url.dataFile());
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public String location() {
        return url.location();
    }

    /** Closes the journal, compacting a file this process owns first; a failed compaction only logs. */
    @Override
    public void close() {
        // Before the lock: the writer thread needs it to finish what it runs.
        soonWrites.close();
        lock.lock();
        try {
            if (closed) {
                return;
            }
            if (!deferredEvents.isEmpty()) {
                try {
                    write("writing the events of the last intents", c -> null);
                } catch (RuntimeException e) {
                    LOG.warn("journal {}: the last intents' JOURNALED events could not be written ({}); the next"
                            + " open writes them", location(), e.toString());
                }
            }
            closed = true;
            if (url.kind() == JournalUrl.Kind.FILE && connection != null) {
                try {
                    shutdownCompact(connection);
                } catch (RuntimeException e) {
                    LOG.warn("journal {}: compaction on close failed; the journal is intact but larger", location(), e);
                }
            }
            JournalDatabase.closeQuietly(connection);
            connection = null;
        } finally {
            if (url.kind() == JournalUrl.Kind.FILE) {
                OPEN_FILES.remove(url.basePath());
            }
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- plumbing

    /** A unit of journal work on the connection, run inside one transaction. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T write(String action, Work<T> work) {
        return inTransaction(action, work, true, true);
    }

    private <T> T read(String action, Work<T> work) {
        return inTransaction(action, work, false, true);
    }

    /**
     * Runs {@code work} in one transaction, after the pending {@link DeferredEvents} when
     * {@code withDeferred} (an intent's first event then precedes the event of its next change). Inserts
     * of intents pass false: their duplicate-key path rolls the transaction back, and the pre-send
     * commit is the one the events were taken out of.
     */
    private <T> T inTransaction(String action, Work<T> work, boolean writes, boolean withDeferred) {
        soonWrites.drain();
        lock.lock();
        try {
            Connection c = connection();
            try {
                int deferred = withDeferred ? deferredEvents.write(c) : 0;
                T result = work.run(c);
                c.commit();
                deferredEvents.committed(deferred);
                if (writes || deferred > 0) {
                    lastWriteNanos = System.nanoTime();
                    writtenSinceCompaction = true;
                }
                return result;
            } catch (SQLException e) {
                rollbackQuietly(c);
                if (JournalErrors.connectionLost(e)) {
                    JournalDatabase.closeQuietly(c);
                    connection = null;
                }
                throw JournalErrors.onUse(location(), action, e);
            } catch (RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    // Guarded by lock.
    private Connection connection() {
        ensureOpen();
        if (connection == null) {
            connection = JournalDatabase.connect(url);
        }
        return connection;
    }

    private void ensureOpen() {
        if (closed) {
            throw new JournalUnavailableException("journal " + location() + " is closed", null);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one to report
        }
    }

    private Instant now() {
        return IntentRows.truncate(clock.instant());
    }

    private static void requirePositive(int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }
}
