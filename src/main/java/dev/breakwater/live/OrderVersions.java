package dev.breakwater.live;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Comparator;

/**
 * Which of two versions of the same order is the later one. The stream, gap recovery and REST reads
 * deliver versions in no guaranteed order (a recovery page can be older than an event that overtook it),
 * so the model keeps a version only when it is at least as far along as the one it holds.
 *
 * <p>The rule, compared in this order (the first difference decides):
 * <ol>
 *   <li><b>finality</b>: a final status ({@link OrderStatus#isFinal()}) beats an open one, whatever the
 *       timestamps say; a filled or canceled order never goes back to working;</li>
 *   <li><b>filled_qty</b>: more filled beats less; fills only ever add up;</li>
 *   <li><b>updated_at</b> (by instant; a missing one counts as oldest);</li>
 *   <li><b>status rank</b> for versions stamped with the same instant: pending_new/accepted/held &lt;
 *       new &lt; partially_filled &lt; pending_cancel/pending_replace &lt; done_for_day/stopped/suspended/
 *       calculated &lt; final.</li>
 * </ol>
 * A version that ties on all four replaces the held one only if its content differs (same progress,
 * latest arrival wins; an identical copy is not a change).
 */
public final class OrderVersions {

    /**
     * Orders versions from least to most advanced; see the class comment. Written out rather than chained
     * with {@code Comparator.comparing}: the chain boxed and made two {@code Instant}s per comparison, once
     * per applied event (JFR profile of {@code bench stream}).
     */
    public static final Comparator<Order> PROGRESS = OrderVersions::compareProgress;

    private OrderVersions() {
    }

    /** True when {@code candidate} should replace {@code current} (null when nothing is held yet). */
    public static boolean supersedes(Order candidate, Order current) {
        if (current == null) {
            return true;
        }
        int comparison = PROGRESS.compare(candidate, current);
        return comparison > 0 || (comparison == 0 && !candidate.equals(current));
    }

    private static int compareProgress(Order a, Order b) {
        int comparison = Boolean.compare(isFinal(a), isFinal(b));
        if (comparison == 0) {
            comparison = filledQty(a).compareTo(filledQty(b));
        }
        if (comparison == 0) {
            comparison = compareTimes(versionTime(a), versionTime(b));
        }
        return comparison != 0 ? comparison : Integer.compare(rank(a.status()), rank(b.status()));
    }

    private static boolean isFinal(Order order) {
        return order.status() != null && order.status().isFinal();
    }

    private static BigDecimal filledQty(Order order) {
        return order.filledQty() == null ? BigDecimal.ZERO : order.filledQty();
    }

    /** updated_at, else created_at, else null (oldest). */
    private static OffsetDateTime versionTime(Order order) {
        return order.updatedAt() != null ? order.updatedAt() : order.createdAt();
    }

    /** By instant, whatever the offsets; a missing time is the oldest. */
    private static int compareTimes(OffsetDateTime a, OffsetDateTime b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        int comparison = Long.compare(a.toEpochSecond(), b.toEpochSecond());
        return comparison != 0 ? comparison : Integer.compare(a.getNano(), b.getNano());
    }

    /** How far along the lifecycle a status is; only consulted when everything else ties. */
    static int rank(OrderStatus status) {
        if (status == null) {
            return 0;
        }
        if (status.isFinal()) {
            return 5;
        }
        return switch (status) {
            case PENDING_NEW, ACCEPTED, ACCEPTED_FOR_BIDDING, HELD -> 0;
            case NEW, UNKNOWN -> 1;
            case PARTIALLY_FILLED -> 2;
            case PENDING_CANCEL, PENDING_REPLACE -> 3;
            default -> 4; // done_for_day, stopped, suspended, calculated
        };
    }
}
