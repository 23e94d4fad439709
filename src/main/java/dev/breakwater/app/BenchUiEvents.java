package dev.breakwater.app;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.domain.TradeEvent;
import dev.breakwater.domain.TradeUpdate;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The trade updates {@code bench ui} feeds the live model: a fixed number of orders working at once, each
 * going new, then a share filled per event, then filled (every seventh one canceled after three fills),
 * its slot then taken by a fresh order. Round-robin over the slots, so consecutive events touch different
 * rows as a busy account's stream does. Every event is a new version (filled_qty or status moves on, and
 * updated_at grows), so none is dropped as stale. Used from one producer thread.
 */
final class BenchUiEvents {

    static final int QTY = 10;
    private static final String[] SYMBOLS = {"AAPL", "MSFT", "NVDA", "AMZN", "GOOGL", "META", "TSLA", "KO",
        "PEP", "JPM", "XOM", "UNH", "V", "MA", "HD", "COST", "AVGO", "ORCL", "AMD", "INTC"};
    /** One string per symbol, as the stream's parser shares them (a string per event would be the harness's garbage). */
    private static final String[] ASSET_IDS = new String[SYMBOLS.length];
    private static final BigDecimal[] SHARES = new BigDecimal[QTY + 1];
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-02T14:30:00Z");

    static {
        for (int i = 0; i <= QTY; i++) {
            SHARES[i] = BigDecimal.valueOf(i);
        }
        for (int i = 0; i < SYMBOLS.length; i++) {
            ASSET_IDS[i] = "asset-" + SYMBOLS[i];
        }
    }

    private final int[] orderOfSlot;
    private final int[] stepOfSlot;
    private int nextOrder;
    private int shown;
    private int nextSlot;
    private long sequence;

    /** @param working how many orders are working at once (the slots) */
    BenchUiEvents(int working) {
        orderOfSlot = new int[working];
        stepOfSlot = new int[working];
        for (int slot = 0; slot < working; slot++) {
            orderOfSlot[slot] = nextOrder++;
        }
    }

    /** Orders whose first event was handed out. */
    int ordersShown() {
        return shown;
    }

    /** The next event of the round-robin lifecycle. */
    TradeUpdate next() {
        int slot = nextSlot;
        nextSlot = (nextSlot + 1) % orderOfSlot.length;
        int order = orderOfSlot[slot];
        int step = stepOfSlot[slot]++;
        boolean canceled = order % 7 == 3 && step == 4;
        if (canceled || step == QTY) {
            orderOfSlot[slot] = nextOrder++;
            stepOfSlot[slot] = 0;
        }
        if (step == 0) {
            shown++;
            return update(TradeEvent.NEW, version(order, OrderStatus.NEW, 0));
        }
        if (canceled) {
            return update(TradeEvent.CANCELED, version(order, OrderStatus.CANCELED, step - 1));
        }
        return update(step == QTY ? TradeEvent.FILL : TradeEvent.PARTIAL_FILL,
                version(order, step == QTY ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED, step));
    }

    /** The "new" event of an order outside the lifecycle (the fill to a large blotter). */
    TradeUpdate fresh() {
        shown++;
        return update(TradeEvent.NEW, version(nextOrder++, OrderStatus.NEW, 0));
    }

    private TradeUpdate update(TradeEvent event, Order order) {
        boolean fill = event == TradeEvent.FILL || event == TradeEvent.PARTIAL_FILL;
        return new TradeUpdate(event, event.wire(), order, fill ? "x-" + sequence : null, order.updatedAt(),
                fill ? order.limitPrice() : null, fill ? SHARES[1] : null, fill ? order.filledQty() : null);
    }

    private Order version(int order, OrderStatus status, int filled) {
        OffsetDateTime now = T0.plusNanos(1_000 * ++sequence);
        OffsetDateTime created = T0.plusSeconds(order);
        BigDecimal limit = BigDecimal.valueOf(10_000 + order % 5_000, 2);
        String id = "bench-" + order;
        return new Order(id, "cid-" + id, created, now, created,
                status == OrderStatus.FILLED ? now : null, null, status == OrderStatus.CANCELED ? now : null,
                null, null, null, null, ASSET_IDS[order % SYMBOLS.length], SYMBOLS[order % SYMBOLS.length],
                "us_equity", null, SHARES[QTY], SHARES[filled], filled == 0 ? null : limit, OrderClass.SIMPLE,
                OrderType.LIMIT, order % 2 == 0 ? Side.BUY : Side.SELL, TimeInForce.DAY, limit, null, status, false,
                null, null, null, null);
    }
}
