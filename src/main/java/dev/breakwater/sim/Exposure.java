package dev.breakwater.sim;

import java.math.BigDecimal;

/**
 * What the account can still do: buying power less what working orders hold back, and shares not yet
 * claimed by open sells. The exchange asks before it accepts or replaces an order. Not thread-safe on
 * its own: every call runs under the exchange's lock, like the book, ledger and prices it reads.
 */
final class Exposure {

    private final OrderBook book;
    private final Ledger ledger;
    private final MarketPrices prices;
    private final SimAssets assets;

    Exposure(OrderBook book, Ledger ledger, MarketPrices prices, SimAssets assets) {
        this.book = book;
        this.ledger = ledger;
        this.prices = prices;
        this.assets = assets;
    }

    /**
     * A sell may not take more shares than the account holds (less those other open sells already
     * claim) unless the rest can be sold short: a shortable symbol and a whole number of shares.
     */
    void requireShares(String symbol, BigDecimal qty, WorkingOrder replaced) {
        BigDecimal position = ledger.positionQty(symbol);
        BigDecimal available = position.subtract(book.claimedBy(symbol, SimSide.SELL, replaced)).max(BigDecimal.ZERO);
        if (qty.compareTo(available) > 0 && (!assets.shortable(symbol) || !SimOrderRules.isWhole(qty))) {
            throw SimRejection.insufficientQty(symbol, SimDecimals.qty(qty), SimDecimals.qty(available));
        }
    }

    /** @throws SimRejection 403 when {@code cost} exceeds the buying power (plus {@code released}) */
    void requireBuyingPower(BigDecimal cost, BigDecimal released) {
        BigDecimal available = valuation().buyingPower().add(released);
        if (cost.compareTo(available) > 0) {
            throw SimRejection.insufficientBuyingPower(SimDecimals.money(available), SimDecimals.money(cost));
        }
    }

    /** The price an order is expected to fill at: its limit, a buy stop's stop if above market, else market. */
    static BigDecimal referencePrice(SimSide side, SimOrderType type, BigDecimal limit, BigDecimal stop,
                                             BigDecimal market) {
        if (type.hasLimitPrice() && limit != null) {
            return limit;
        }
        if (type == SimOrderType.STOP && side == SimSide.BUY) {
            return stop.max(market);
        }
        return market;
    }

    /** What a working order holds back from buying power: what it would cost to open at its price. */
    BigDecimal reservation(WorkingOrder order) {
        if (!order.isWorking()) {
            return BigDecimal.ZERO;
        }
        BigDecimal price = prices.price(order.symbol);
        return ledger.openingCost(order.symbol, order.side, order.remaining(),
                referencePrice(order.side, order.type, order.limitPrice, order.stopPrice, price));
    }

    /** The account at current prices, less what working orders hold back. */
    Ledger.Valuation valuation() {
        BigDecimal reserved = BigDecimal.ZERO;
        for (WorkingOrder order : book.openOrders()) {
            reserved = reserved.add(reservation(order));
        }
        return ledger.value(reserved);
    }

    /** A position with {@code qty_available}: what open orders closing it do not already claim. */
    SimPosition positionSnapshot(Holding holding) {
        BigDecimal available = holding.qty.signum() > 0
                ? holding.qty.subtract(book.claimedBy(holding.symbol, SimSide.SELL, null)).max(BigDecimal.ZERO)
                : holding.qty.add(book.claimedBy(holding.symbol, SimSide.BUY, null)).min(BigDecimal.ZERO);
        return ledger.snapshot(holding, available);
    }
}
