package dev.breakwater.sim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * How {@link SimExchange} executes and ends orders, queueing the event of each change (the exchange
 * delivers them; see its comment). Called only under the exchange's lock, as the book, the ledger and the
 * prices it works on are.
 *
 * <h2>Matching</h2>
 * Orders execute at the model's last price. A marketable order executes on placement; a resting one on
 * the first {@link SimExchange#tick()} whose price allows it. One execution fills at most
 * {@link SimExchangeConfig#maxFillQty()} shares, so a larger order fills in several {@code partial_fill}s,
 * one per tick (notional and {@code fok} orders fill in one go).
 * <ul>
 *   <li>market: executes at once;</li>
 *   <li>limit: a buy executes when the price is at or below the limit, a sell at or above;</li>
 *   <li>stop: triggers when the price reaches the stop (buy: at or above, sell: at or below), then
 *       executes like a market order in the same pass; stop_limit triggers the same way, then rests as a
 *       limit order;</li>
 *   <li>trailing_stop: {@code hwm} follows the best price since placement (highest for a sell, lowest for
 *       a buy), {@code stop_price} trails it by trail_price or trail_percent, and the order triggers like
 *       a stop;</li>
 *   <li>bracket / oto: the exits (take-profit limit, stop-loss stop or stop-limit, opposite side) are
 *       {@code held} until the entry is completely filled, then become {@code new}; when one exit
 *       executes for the first time, the other is canceled. If the entry ends (canceled, expired) after a
 *       partial fill, the exits are released for the filled quantity; without a fill they end with it;</li>
 *   <li>oco: a limit order (the take-profit) and its stop-loss leg work at once; the first to execute
 *       cancels the other;</li>
 *   <li>time in force: {@code ioc} executes what it can on placement and cancels the rest; {@code fok}
 *       executes completely on placement or is canceled; {@code opg} and {@code cls} wait for the next
 *       tick (the simulated auction), then execute completely if their price allows, else are
 *       canceled; {@code day} orders expire at the session close; {@code gtc} stay.</li>
 * </ul>
 */
final class MatchingEngine {

    private final OrderBook book;
    private final Ledger ledger;
    private final MarketPrices prices;
    private final EventDispatcher events;
    private final BigDecimal maxFillQty;
    private final Supplier<String> newId;

    MatchingEngine(OrderBook book, Ledger ledger, MarketPrices prices, EventDispatcher events, BigDecimal maxFillQty,
                   Supplier<String> newId) {
        this.book = book;
        this.ledger = ledger;
        this.prices = prices;
        this.events = events;
        this.maxFillQty = maxFillQty;
        this.newId = newId;
    }

    void onPlacement(WorkingOrder order, Instant now) {
        BigDecimal price = prices.price(order.symbol);
        switch (order.timeInForce) {
            case FOK -> {
                if (order.canExecuteAt(price)) {
                    execute(order, order.remaining(), price, now);
                } else {
                    end(order, SimOrderStatus.CANCELED, SimEventType.CANCELED, now, true);
                }
            }
            case IOC -> {
                if (order.canExecuteAt(price)) {
                    execute(order, fillSize(order), price, now);
                }
                if (order.isOpen()) {
                    end(order, SimOrderStatus.CANCELED, SimEventType.CANCELED, now, true);
                }
            }
            default -> {
                if (order.canExecuteAt(price)) {
                    execute(order, fillSize(order), price, now);
                }
            }
        }
    }

    void onTick(WorkingOrder order, Instant now) {
        BigDecimal price = prices.price(order.symbol);
        if (order.awaitingAuction) {
            order.awaitingAuction = false;
            if (order.canExecuteAt(price)) {
                execute(order, order.remaining(), price, now);
            } else {
                end(order, SimOrderStatus.CANCELED, SimEventType.CANCELED, now, true);
            }
        } else if (order.canExecuteAt(price)) {
            execute(order, fillSize(order), price, now);
        }
    }

    /** Notional orders fill in one go; others at most {@code maxFillQty} per execution. */
    private BigDecimal fillSize(WorkingOrder order) {
        return order.notional != null ? order.remaining() : order.remaining().min(maxFillQty);
    }

    /** One execution: books cash and position, updates the order, emits the fill, then bracket effects. */
    private void execute(WorkingOrder order, BigDecimal qty, BigDecimal price, Instant now) {
        boolean firstFill = order.filledQty.signum() == 0;
        BigDecimal positionQty = ledger.fill(order.symbol, order.side, qty, price);
        order.recordFill(qty, price, now);
        if (!order.isOpen()) {
            book.closed(order);
        }
        SimEventType type = order.status == SimOrderStatus.FILLED ? SimEventType.FILL : SimEventType.PARTIAL_FILL;
        events.enqueue(type, book.snapshot(order, true), now, newId.get(), price, SimDecimals.qty(qty),
                SimDecimals.qty(positionQty));
        if (firstFill) {
            for (WorkingOrder peer : book.exclusivePeers(order)) {
                if (peer.isOpen()) {
                    end(peer, SimOrderStatus.CANCELED, SimEventType.CANCELED, now, false);
                }
            }
        }
        if (order.status == SimOrderStatus.FILLED && order.orderClass != SimOrderClass.OCO) {
            releaseLegs(order, order.filledQty, now);
        }
    }

    /** Held exits of a (partly) filled entry start working, for the quantity the entry bought. */
    private void releaseLegs(WorkingOrder parent, BigDecimal qty, Instant now) {
        for (WorkingOrder leg : book.legs(parent)) {
            if (leg.status == SimOrderStatus.HELD) {
                leg.qty = qty;
                leg.targetQty = qty;
                leg.status = SimOrderStatus.NEW;
                leg.updatedAt = now;
                enqueue(SimEventType.NEW, leg, now);
            }
        }
    }

    /**
     * Ends an open order (canceled, expired, rejected) and emits its event. With {@code cascade} the
     * order's legs follow: held exits of a partly filled entry are released, other open legs end the same
     * way. Cancels caused by an OCO execution do not cascade (the executing order is one of those legs).
     */
    void end(WorkingOrder order, SimOrderStatus status, SimEventType event, Instant at, boolean cascade) {
        order.status = status;
        order.updatedAt = at;
        switch (status) {
            case CANCELED -> order.canceledAt = at;
            case EXPIRED -> order.expiredAt = at;
            case REJECTED -> order.failedAt = at;
            default -> throw new IllegalArgumentException("not an end state: " + status);
        }
        book.closed(order);
        enqueue(event, order, at);
        if (!cascade || order.legIds.isEmpty()) {
            return;
        }
        if (order.orderClass != SimOrderClass.OCO && order.filledQty.signum() > 0) {
            releaseLegs(order, order.filledQty, at);
            return;
        }
        for (WorkingOrder leg : book.legs(order)) {
            if (leg.isOpen()) {
                end(leg, status, event, at, false);
            }
        }
    }

    void enqueue(SimEventType type, WorkingOrder order, Instant at) {
        events.enqueue(type, book.snapshot(order, true), at, null, null, null, null);
    }
}
