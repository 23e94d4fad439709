package dev.breakwater.journal;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable record of every order intent, keyed by client_order_id, and its audit trail. Every
 * method commits before it returns: a row this interface reported written survives a {@code kill -9}.
 *
 * <p>Any failure to read or write throws {@link JournalUnavailableException}; callers must then send
 * nothing. Implementations are thread-safe and, in desk mode, safe across processes sharing one
 * database: the client_order_id is a primary key, so exactly one writer creates an intent.
 */
public interface OrderJournal extends AutoCloseable {

    /**
     * Creates the intent for {@code request} (keyed by its client_order_id) in state {@code initial}
     * ({@link IntentState#PENDING}, or {@link IntentState#SENDING} with attempts 1 for the single
     * pre-send commit), committed before it returns. Its {@code JOURNALED} event (which holds nothing the
     * row does not) may follow in a later commit of this journal, before any other event of the intent;
     * one a crash kept from being written is written when the journal is next opened.
     *
     * @return the new intent, or empty when an intent with that id exists already (another click,
     *         another thread, another console sharing the journal): then nothing was written, and only
     *         the writer that got the intent may release it
     */
    Optional<Intent> create(String ticketId, String account, OrderRequest request, IntentState initial);

    /**
     * {@link #create}, or the existing intent when there is one: compare {@link Intent#requestHash()} to
     * tell a re-click from a parameter mismatch.
     */
    default Intent createIfAbsent(String ticketId, String account, OrderRequest request, IntentState initial) {
        return create(ticketId, account, request, initial).orElseGet(() -> find(request.clientOrderId())
                .orElseThrow(() -> new JournalUnavailableException("journal " + location() + ": "
                        + request.clientOrderId() + " exists but cannot be read back", null)));
    }

    /** The intent with this client_order_id, if journaled. */
    Optional<Intent> find(String clientOrderId);

    /**
     * Applies {@code change} if the intent is still in {@code expected} (compare-and-set, so two
     * services racing on one intent cannot both release it), with its audit event, in one commit.
     *
     * @return the intent after the change, or empty when its state was no longer {@code expected}
     */
    Optional<Intent> transition(String clientOrderId, IntentState expected, Transition change);

    /**
     * Runs {@code write}, journal calls whose caller need not wait for them, now or right after this
     * returns; either way every later call on this journal in this process sees them done. {@code write}
     * deals with its own failures: nobody may be waiting for it. A crash can lose it: only for what the broker
     * keeps too (a click's acceptance: the intent stays SENDING on record, and reconciliation looks it
     * up by client_order_id). This default runs it at once.
     */
    default void writeSoon(Runnable write) {
        write.run();
    }

    /** Records the broker's latest status of an intent's order (from the stream or a lookup) with an audit event. */
    void recordBrokerStatus(String clientOrderId, String brokerOrderId, String brokerStatus, String detail);

    /** Appends an audit event that changes no state (an attempt's failure, a lookup's result). */
    void appendEvent(String clientOrderId, String kind, String detail);

    /**
     * Journals an order found at the broker that carries Breakwater's client_order_id prefix but has no
     * intent (a power loss can drop the last writes): state ACCEPTED, event {@code RECOVERED}.
     *
     * @return the new intent, or the existing one if it appeared meanwhile
     */
    Intent adopt(Order brokerOrder, String account);

    /** Intents still owing an answer: PENDING, SENDING and UNKNOWN, oldest first. */
    List<Intent> unresolved();

    /** Intents, newest first, optionally only in {@code state} and updated at or after {@code since}. */
    List<Intent> list(IntentState state, Instant since, int limit);

    /** The audit trail of one intent, in order. */
    List<JournalEvent> events(String clientOrderId);

    /** The audit trail of all intents with an event at or after {@code since}, in order (CSV export). */
    List<JournalEvent> eventsSince(Instant since, int limit);

    /** When the most recently created resolved intent was created: the start-up reconciliation scans the broker from there. */
    Optional<Instant> newestResolvedCreatedAt();

    /** Deletes resolved intents (and their events) last updated before now minus {@code retention}; never unresolved ones. */
    int prune(Duration retention);

    /** Rewrites the store compactly (H2 bloats under per-commit writes); may take seconds. */
    void compact();

    /** A short description of where the journal lives (file path or server URL, never a password). */
    String location();

    /** Closes the journal; a clean close also compacts. */
    @Override
    void close();
}
