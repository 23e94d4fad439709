package dev.breakwater.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * How {@link SimExchange} takes an order in: the checks against the account (tradable and fractionable
 * symbol, a client order id never used, shares and buying power), the working order and its legs, the
 * replacement of an open order, and the first match at placement. Called only under the exchange's lock.
 */
final class OrderEntry {

    private final OrderBook book;
    private final Ledger ledger;
    private final MarketPrices prices;
    private final SimAssets assets;
    private final Exposure exposure;
    private final MatchingEngine matching;
    private final boolean announcePendingNew;
    private final Supplier<String> newId;

    OrderEntry(OrderBook book, Ledger ledger, MarketPrices prices, SimAssets assets, Exposure exposure,
               MatchingEngine matching, boolean announcePendingNew, Supplier<String> newId) {
        this.book = book;
        this.ledger = ledger;
        this.prices = prices;
        this.assets = assets;
        this.exposure = exposure;
        this.matching = matching;
        this.announcePendingNew = announcePendingNew;
        this.newId = newId;
    }

    /** Places an order: see {@link SimExchange#place}. */
    SimOrder place(SimOrderRequest r, Instant now) {
        assets.requireTradable(r.symbol());
        if (!assets.fractionable(r.symbol()) && (r.notional() != null || !SimOrderRules.isWhole(r.qty()))) {
            throw SimRejection.notFractionable(r.symbol());
        }
        String clientOrderId = r.clientOrderId() != null ? r.clientOrderId() : newId.get();
        if (book.isTaken(clientOrderId)) {
            throw SimRejection.duplicateClientOrderId();
        }
        BigDecimal price = prices.price(r.symbol());
        BigDecimal target = r.qty() != null ? r.qty()
                : r.notional().divide(price, SimOrderRules.MAX_QTY_SCALE, RoundingMode.DOWN);
        if (target.signum() == 0) {
            throw SimRejection.invalid("invalid notional: too small to buy any fraction of a share");
        }
        // An OCO order is its own take-profit: its limit price is take_profit.limit_price.
        BigDecimal limit = r.orderClass() == SimOrderClass.OCO ? r.takeProfit().limitPrice() : r.limitPrice();
        if (r.side() == SimSide.SELL) {
            exposure.requireShares(r.symbol(), target, null);
        }
        exposure.requireBuyingPower(ledger.openingCost(r.symbol(), r.side(), target,
                Exposure.referencePrice(r.side(), r.type(), limit, r.stopPrice(), price)), BigDecimal.ZERO);

        WorkingOrder parent = newOrder(clientOrderId, now, r.symbol(), r.notional(), r.qty(), target, r.orderClass(),
                r.type(), r.side(), r.timeInForce(), r.extendedHours());
        parent.limitPrice = limit;
        parent.stopPrice = r.stopPrice();
        parent.trailPrice = r.trailPrice();
        parent.trailPercent = r.trailPercent();
        if (r.type() == SimOrderType.TRAILING_STOP) {
            parent.followTrail(price);
        }
        book.register(parent);
        addLegs(parent, r, now);

        if (announcePendingNew) {
            parent.status = SimOrderStatus.PENDING_NEW;
            matching.enqueue(SimEventType.PENDING_NEW, parent, now);
            parent.status = SimOrderStatus.NEW;
        }
        matching.enqueue(SimEventType.NEW, parent, now);
        SimOrder accepted = book.snapshot(parent, true);
        if (!parent.awaitingAuction) {
            matching.onPlacement(parent, now);
            for (WorkingOrder leg : book.legs(parent)) {
                if (leg.isWorking()) {
                    // An OCO stop-loss works from the start; bracket exits once an entry filled at once.
                    matching.onPlacement(leg, now);
                }
            }
        }
        return accepted;
    }

    /** Bracket and OTO exits trade against the entry and wait for it; an OCO stop-loss works at once. */
    private void addLegs(WorkingOrder parent, SimOrderRequest r, Instant now) {
        boolean oco = r.orderClass() == SimOrderClass.OCO;
        SimSide exitSide = oco ? r.side() : r.side().opposite();
        SimOrderStatus initial = oco ? SimOrderStatus.NEW : SimOrderStatus.HELD;
        if (r.takeProfit() != null && !oco) {
            WorkingOrder takeProfit = newLeg(parent, SimOrderType.LIMIT, exitSide, initial, now);
            takeProfit.limitPrice = r.takeProfit().limitPrice();
        }
        if (r.stopLoss() != null) {
            boolean stopLimit = r.stopLoss().limitPrice() != null;
            WorkingOrder stopLoss = newLeg(parent, stopLimit ? SimOrderType.STOP_LIMIT : SimOrderType.STOP, exitSide,
                    initial, now);
            stopLoss.stopPrice = r.stopLoss().stopPrice();
            stopLoss.limitPrice = r.stopLoss().limitPrice();
        }
    }

    private WorkingOrder newLeg(WorkingOrder parent, SimOrderType type, SimSide side, SimOrderStatus status,
                                Instant now) {
        WorkingOrder leg = newOrder(newId.get(), now, parent.symbol, null, parent.qty, parent.targetQty,
                parent.orderClass, type, side, parent.timeInForce, false);
        leg.status = status;
        leg.parentId = parent.id;
        parent.legIds.add(leg.id);
        book.register(leg);
        return leg;
    }

    /** Replaces an open order: see {@link SimExchange#replace}. */
    SimOrder replace(String id, SimReplaceRequest r, Instant now) {
        WorkingOrder old = book.find(id);
        if (!old.isOpen()) {
            throw SimRejection.notReplaceable();
        }
        SimTimeInForce tif = r.timeInForce() != null ? r.timeInForce() : old.timeInForce;
        BigDecimal target = r.qty() != null ? r.qty() : old.remaining();
        SimReplaceRules.check(old, r, target, tif);
        String clientOrderId = r.clientOrderId() != null ? r.clientOrderId() : newId.get();
        if (book.isTaken(clientOrderId)) {
            throw SimRejection.duplicateClientOrderId();
        }
        BigDecimal price = prices.price(old.symbol);
        BigDecimal limit = r.limitPrice() != null ? r.limitPrice() : old.limitPrice;
        BigDecimal stop = r.stopPrice() != null ? r.stopPrice() : old.stopPrice;
        if (old.side == SimSide.SELL) {
            exposure.requireShares(old.symbol, target, old);
        }
        // While the old order is replaced its hold is released, so it counts as free buying power.
        exposure.requireBuyingPower(ledger.openingCost(old.symbol, old.side, target,
                Exposure.referencePrice(old.side, old.type, limit, stop, price)), exposure.reservation(old));

        boolean keepsNotional = r.qty() == null && old.notional != null;
        WorkingOrder replacement = newOrder(clientOrderId, now, old.symbol, keepsNotional ? old.notional : null,
                keepsNotional ? null : target, target, old.orderClass, old.type, old.side, tif, old.extendedHours);
        replacement.limitPrice = limit;
        replacement.stopPrice = stop;
        replacement.trailPrice = old.trailPrice != null && r.trail() != null ? r.trail() : old.trailPrice;
        replacement.trailPercent = old.trailPercent != null && r.trail() != null ? r.trail() : old.trailPercent;
        replacement.triggered = old.triggered && r.stopPrice() == null;
        replacement.status = old.status == SimOrderStatus.HELD ? SimOrderStatus.HELD : SimOrderStatus.NEW;
        replacement.replaces = old.id;
        if (old.type == SimOrderType.TRAILING_STOP) {
            replacement.hwm = old.hwm;
            replacement.followTrail(price);
        }
        book.relink(old, replacement);

        old.status = SimOrderStatus.REPLACED;
        old.replacedAt = now;
        old.replacedBy = replacement.id;
        old.updatedAt = now;
        book.closed(old);
        book.register(replacement);
        matching.enqueue(SimEventType.REPLACED, old, now);
        matching.enqueue(SimEventType.NEW, replacement, now);
        SimOrder accepted = book.snapshot(replacement, true);
        if (replacement.isWorking() && !replacement.awaitingAuction) {
            matching.onPlacement(replacement, now);
        }
        return accepted;
    }

    private WorkingOrder newOrder(String clientOrderId, Instant now, String symbol, BigDecimal notional,
                                  BigDecimal qty, BigDecimal target, SimOrderClass orderClass, SimOrderType type,
                                  SimSide side, SimTimeInForce tif, boolean extendedHours) {
        return new WorkingOrder(book.nextSequence(), newId.get(), clientOrderId, now, assets.assetId(symbol), symbol,
                notional, qty, target, orderClass, type, side, tif, extendedHours);
    }
}
