package dev.breakwater.orders;

import java.time.Duration;
import java.util.Objects;

/**
 * The timing of the submit path and the reconciler.
 *
 * @param visibilityGrace  how long after an attempt ended a lookup's 404 is still not believed: a new
 *                         order can take a moment to show up in reads (delayed visibility)
 * @param inFlightMargin   how long after an intent was committed SENDING its placement may still be
 *                         running somewhere (another console sharing the journal, the resilient broker's
 *                         own retries). Set it to at least the placement's worst case: attempts x call
 *                         timeout plus backoffs. Until then a 404 for a SENDING intent is not believed
 * @param reconcilePeriod  how often the reconciler looks again while unresolved intents remain
 * @param adoptionMargin   how far before the newest resolved intent the start-up scan for orders the
 *                         journal lacks begins
 * @param emptyJournalScan how far back that scan goes when the journal has no resolved intent
 */
public record OrderSettings(Duration visibilityGrace, Duration inFlightMargin, Duration reconcilePeriod,
                            Duration adoptionMargin, Duration emptyJournalScan) {

    public OrderSettings {
        requireNotNegative(visibilityGrace, "visibilityGrace");
        requireNotNegative(inFlightMargin, "inFlightMargin");
        requireNotNegative(adoptionMargin, "adoptionMargin");
        requireNotNegative(emptyJournalScan, "emptyJournalScan");
        Objects.requireNonNull(reconcilePeriod, "reconcilePeriod");
        if (reconcilePeriod.isZero() || reconcilePeriod.isNegative()) {
            throw new IllegalArgumentException("reconcilePeriod must be positive: " + reconcilePeriod);
        }
    }

    /**
     * Grace 2 s; in-flight margin 5 min (the default placement: 4 attempts of at most 30 s plus up to 3
     * backoffs of at most 60 s, rounded up); every 10 s; adoption from 1 h before the newest resolved
     * intent, or 7 days back.
     */
    public static OrderSettings defaults() {
        return new OrderSettings(Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofSeconds(10),
                Duration.ofHours(1), Duration.ofDays(7));
    }

    public OrderSettings withVisibilityGrace(Duration value) {
        return new OrderSettings(value, inFlightMargin, reconcilePeriod, adoptionMargin, emptyJournalScan);
    }

    public OrderSettings withInFlightMargin(Duration value) {
        return new OrderSettings(visibilityGrace, value, reconcilePeriod, adoptionMargin, emptyJournalScan);
    }

    public OrderSettings withReconcilePeriod(Duration value) {
        return new OrderSettings(visibilityGrace, inFlightMargin, value, adoptionMargin, emptyJournalScan);
    }

    public OrderSettings withEmptyJournalScan(Duration value) {
        return new OrderSettings(visibilityGrace, inFlightMargin, reconcilePeriod, adoptionMargin, value);
    }

    private static void requireNotNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }
}
