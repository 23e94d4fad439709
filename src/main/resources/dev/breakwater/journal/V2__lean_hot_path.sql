-- Fewer structures written by every order: each one an intent or event write touches is another
-- B-tree path rewritten by the commit (WRITE_DELAY=0), and a click's two commits are most of what
-- Breakwater adds to a broker round trip. Measured with the order path's statements (insert + event,
-- then update + event; H2 2.5, 6,000 orders): these two changes took the pair of commits from
-- ~1.05 ms to ~0.8 ms at the median.
--
-- The foreign key from intent_events to intents, with the index H2 made for it: the journal writes
-- an event only in the transaction that inserted or updated its intent row (or checked it exists,
-- for an event alone), and prune deletes events before their intent, so the key never caught
-- anything; checking it read the intents table and writing its index cost a third of an insert.
-- H2 named it after its table's id, PostgreSQL by its own rule; each form is harmless where absent.
ALTER TABLE intent_events DROP CONSTRAINT IF EXISTS CONSTRAINT_6D;
ALTER TABLE intent_events DROP CONSTRAINT IF EXISTS intent_events_client_order_id_fkey;

-- Only the CSV export asks for events by time; it now walks the events in seq order, which is also
-- the order it writes them in.
DROP INDEX IF EXISTS intent_events_at;
