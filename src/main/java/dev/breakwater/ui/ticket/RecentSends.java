package dev.breakwater.ui.ticket;

import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.StopLoss;
import dev.breakwater.domain.TakeProfit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The orders this console sent in the last {@link #WINDOW}, to ask before a new ticket sends the same
 * order again (a double-click across two tickets, a hotkey pressed twice). Two requests are the same
 * order when they differ only in client_order_id and in how their numbers are written ("100" vs "100.00").
 */
final class RecentSends {

    static final Duration WINDOW = Duration.ofSeconds(30);

    /** One order sent, when, under which id. */
    record Sent(OrderRequest key, Instant at, String clientOrderId) {
    }

    private final Deque<Sent> sent = new ArrayDeque<>();

    void record(OrderRequest request, Instant at) {
        sent.addLast(new Sent(key(request), at, request.clientOrderId()));
    }

    /** The latest identical order sent less than {@link #WINDOW} before {@code now}, if any. */
    Optional<Sent> identical(OrderRequest request, Instant now) {
        Instant horizon = now.minus(WINDOW);
        sent.removeIf(s -> !s.at().isAfter(horizon));
        OrderRequest key = key(request);
        Sent found = null;
        for (Sent s : sent) {
            if (s.key().equals(key) && !s.clientOrderId().equals(request.clientOrderId())) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }

    private static OrderRequest key(OrderRequest request) {
        TakeProfit target = request.takeProfit();
        StopLoss stop = request.stopLoss();
        return request.toBuilder()
                .clientOrderId(null)
                .qty(plain(request.qty()))
                .notional(plain(request.notional()))
                .limitPrice(plain(request.limitPrice()))
                .stopPrice(plain(request.stopPrice()))
                .trailPrice(plain(request.trailPrice()))
                .trailPercent(plain(request.trailPercent()))
                .takeProfit(target == null ? null : new TakeProfit(plain(target.limitPrice())))
                .stopLoss(stop == null ? null : new StopLoss(plain(stop.stopPrice()), plain(stop.limitPrice())))
                .build();
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
