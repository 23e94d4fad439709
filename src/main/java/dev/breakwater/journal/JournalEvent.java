package dev.breakwater.journal;

import java.time.Instant;

/**
 * One row of the append-only audit trail: every state change, attempt and reconciliation step of an
 * intent. Never updated or deleted except by retention of resolved intents.
 *
 * @param sequence      the journal-wide order of events
 * @param kind          what happened, e.g. {@code JOURNALED}, {@code SENT}, {@code STATE}, {@code RECONCILED},
 *                      {@code RECOVERED}, {@code BROKER_UPDATE}
 * @param from          the state before, or null when the event changed none
 * @param to            the state after, or null when the event changed none
 * @param detail        free text for people: the broker's reason, the lookup result; never a secret
 */
public record JournalEvent(
        long sequence,
        String clientOrderId,
        Instant at,
        String kind,
        IntentState from,
        IntentState to,
        String detail) {
}
