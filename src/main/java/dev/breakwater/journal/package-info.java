/**
 * The order journal: the durable record of every order intent, keyed by client_order_id, and its
 * append-only audit trail, so an order is never placed twice nor silently lost.
 *
 * <p>The contract is {@link dev.breakwater.journal.OrderJournal}; the states and their diagram live in
 * {@link dev.breakwater.journal.IntentState}. {@link dev.breakwater.journal.H2OrderJournal} keeps it in
 * embedded H2 (schema: {@code intents}, {@code intent_events}, {@code schema_version}, created by the
 * versioned SQL files next to {@link dev.breakwater.journal.SchemaMigrations}), always with
 * {@code WRITE_DELAY=0} so a commit survives a {@code kill -9}. {@link dev.breakwater.journal.JournalServer}
 * shares one journal between consoles of a desk through an H2 TCP server bound to loopback.
 *
 * <p>May depend on: {@code dev.breakwater.domain}, Jackson, H2 and JDBC, SLF4J. Must not depend on
 * {@code dev.breakwater.broker.alpaca}, {@code resilience}, {@code orders}, {@code ui}, {@code sim} or
 * JavaFX: the order service uses the journal, never the other way round. The journal stores no keys or
 * secrets.
 */
package dev.breakwater.journal;
