package dev.breakwater.orders;

import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.journal.JournalEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a lookup's 404 may be believed ("the broker has no order with this id"). A 404 right after a send
 * proves little: a new order can take a moment to become visible, and a send may still be under way.
 *
 * <ul>
 *   <li>UNKNOWN: the attempt is over (it left SENDING); its last POST went out no later than that. A
 *       404 counts once {@code visibilityGrace} has passed since.</li>
 *   <li>SENDING: the placement may still be running (the resilient broker's retries, another console on
 *       the same journal). A 404 counts once {@code max(visibilityGrace, inFlightMargin)} has passed since
 *       the intent was committed SENDING.</li>
 * </ul>
 *
 * Times come from the intent's audit trail (the events entering or leaving SENDING), so events that
 * change nothing (a lookup's note) never push the deadline back; without such events the intent's
 * {@code updatedAt} stands in, which is never earlier than the last send.
 */
final class AbsenceRule {

    private final Clock clock;
    private final Duration visibilityGrace;
    private final Duration sendingWait;

    AbsenceRule(Clock clock, OrderSettings settings) {
        this.clock = clock;
        this.visibilityGrace = settings.visibilityGrace();
        this.sendingWait = settings.inFlightMargin().compareTo(settings.visibilityGrace()) > 0
                ? settings.inFlightMargin() : settings.visibilityGrace();
    }

    /** True when a 404 for {@code intent} (SENDING or UNKNOWN) now proves the order is not at the broker. */
    boolean absenceProven(Intent intent, List<JournalEvent> events) {
        return !clock.instant().isBefore(believableFrom(intent, events));
    }

    /** From when a 404 for {@code intent} is believed. */
    Instant believableFrom(Intent intent, List<JournalEvent> events) {
        if (intent.state() == IntentState.SENDING) {
            return lastEvent(events, true, intent.updatedAt()).plus(sendingWait);
        }
        return lastEvent(events, false, intent.updatedAt()).plus(visibilityGrace);
    }

    /** The time of the latest event entering SENDING (or, with {@code enteringOnly} false, entering or leaving it). */
    private static Instant lastEvent(List<JournalEvent> events, boolean enteringOnly, Instant fallback) {
        Instant latest = null;
        for (JournalEvent event : events) {
            boolean entering = event.to() == IntentState.SENDING;
            boolean leaving = event.from() == IntentState.SENDING && event.to() != IntentState.SENDING;
            if ((entering || (!enteringOnly && leaving)) && (latest == null || event.at().isAfter(latest))) {
                latest = event.at();
            }
        }
        return latest != null ? latest : fallback;
    }
}
