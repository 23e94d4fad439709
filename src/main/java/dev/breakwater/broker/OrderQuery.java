package dev.breakwater.broker;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Filters of {@code GET /v2/orders}. Null fields are left out of the request, so the broker's defaults
 * apply (status open, limit 50, direction desc).
 *
 * @param status    {@code open}, {@code closed} or {@code all}
 * @param limit     at most 500
 * @param after     exclusive lower bound on submission time
 * @param until     exclusive upper bound on submission time
 * @param direction {@code asc} or {@code desc}
 * @param nested    roll multi-leg orders up under {@code legs}
 * @param symbols   only these symbols
 */
public record OrderQuery(
        String status,
        Integer limit,
        OffsetDateTime after,
        OffsetDateTime until,
        String direction,
        Boolean nested,
        List<String> symbols) {

    public OrderQuery {
        symbols = symbols == null ? List.of() : List.copyOf(symbols);
    }

    /** Open orders with the broker's defaults. */
    public static OrderQuery open() {
        return new OrderQuery("open", null, null, null, null, null, List.of());
    }

    /** Every order submitted after {@code after}, oldest first, a page of {@code limit}. */
    public static OrderQuery allSince(OffsetDateTime after, int limit) {
        return new OrderQuery("all", limit, after, null, "asc", null, List.of());
    }
}
