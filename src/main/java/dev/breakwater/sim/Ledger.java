package dev.breakwater.sim;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The account's money: cash, the positions, realised P/L and the values taken at the last close, and the
 * margin arithmetic over them (the formulas are documented on {@link SimExchange#account()}). Guarded by
 * the exchange's lock.
 */
final class Ledger {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /** Reg T initial margin: half the gross position value. */
    private static final BigDecimal INITIAL_MARGIN_RATE = new BigDecimal("0.5");
    private static final BigDecimal LONG_MAINTENANCE_RATE = new BigDecimal("0.25");
    private static final BigDecimal SHORT_MAINTENANCE_RATE = new BigDecimal("0.30");

    private final MarketPrices prices;
    private final SimAssets assets;
    private final Map<String, Holding> holdings = new TreeMap<>();
    private BigDecimal cash;
    private BigDecimal realizedPl = BigDecimal.ZERO;
    private BigDecimal lastEquity;
    private BigDecimal lastMaintenanceMargin = SimDecimals.ZERO_MONEY;

    Ledger(MarketPrices prices, SimAssets assets, BigDecimal startingCash) {
        this.prices = prices;
        this.assets = assets;
        this.cash = startingCash;
        this.lastEquity = SimDecimals.money(startingCash);
    }

    /** The account's values at current prices; {@code reserved} is what open orders hold back. */
    record Valuation(BigDecimal cash, BigDecimal longMarketValue, BigDecimal shortMarketValue, BigDecimal equity,
                     BigDecimal initialMargin, BigDecimal maintenanceMargin, BigDecimal buyingPower) {
    }

    /** Books one execution: cash moves by price x qty, the position by qty. Returns the position after it. */
    BigDecimal fill(String symbol, SimSide side, BigDecimal qty, BigDecimal price) {
        Holding holding = holdings.computeIfAbsent(symbol, Holding::new);
        realizedPl = realizedPl.add(holding.apply(side, qty, price));
        BigDecimal value = qty.multiply(price);
        cash = side == SimSide.BUY ? cash.subtract(value) : cash.add(value);
        if (holding.qty.signum() == 0) {
            holdings.remove(symbol);
        }
        return holding.qty;
    }

    /** The signed position in {@code symbol} (zero when flat). */
    BigDecimal positionQty(String symbol) {
        Holding holding = holdings.get(symbol);
        return holding == null ? BigDecimal.ZERO : holding.qty;
    }

    /** What an order would cost to open: the part of it that does not close the existing position. */
    BigDecimal openingCost(String symbol, SimSide side, BigDecimal qty, BigDecimal referencePrice) {
        BigDecimal position = positionQty(symbol);
        BigDecimal closable = side == SimSide.BUY ? position.negate().max(BigDecimal.ZERO) : position.max(BigDecimal.ZERO);
        return qty.subtract(closable).max(BigDecimal.ZERO).multiply(referencePrice);
    }

    /** Values the account; market values and cash are rounded to cents first, the rest derived from them. */
    Valuation value(BigDecimal reserved) {
        BigDecimal longMv = BigDecimal.ZERO;
        BigDecimal shortMv = BigDecimal.ZERO;
        for (Holding holding : holdings.values()) {
            BigDecimal mv = SimDecimals.money(holding.qty.multiply(prices.price(holding.symbol)));
            if (mv.signum() >= 0) {
                longMv = longMv.add(mv);
            } else {
                shortMv = shortMv.add(mv);
            }
        }
        BigDecimal cashCents = SimDecimals.money(cash);
        BigDecimal equity = cashCents.add(longMv).add(shortMv);
        BigDecimal initialMargin = SimDecimals.money(longMv.subtract(shortMv).multiply(INITIAL_MARGIN_RATE));
        BigDecimal maintenanceMargin = SimDecimals.money(longMv.multiply(LONG_MAINTENANCE_RATE)
                .add(shortMv.negate().multiply(SHORT_MAINTENANCE_RATE)));
        BigDecimal buyingPower = SimDecimals.money(equity.subtract(initialMargin).multiply(TWO)
                .subtract(reserved).max(BigDecimal.ZERO));
        return new Valuation(cashCents, longMv, shortMv, equity, initialMargin, maintenanceMargin, buyingPower);
    }

    /** At a session close: takes last equity and margin; carried shares count today's P/L from the close. */
    void closeSession() {
        Valuation atClose = value(BigDecimal.ZERO);
        lastEquity = atClose.equity();
        lastMaintenanceMargin = atClose.maintenanceMargin();
        holdings.values().forEach(h -> h.carryOver(prices.price(h.symbol)));
    }

    /** The open positions, by symbol. */
    Collection<Holding> holdings() {
        return holdings.values();
    }

    /** The position in {@code symbol}, or {@code null}. */
    Holding holding(String symbol) {
        return holdings.get(symbol);
    }

    /** A position snapshot; {@code available} is the signed quantity not claimed by open orders. */
    SimPosition snapshot(Holding holding, BigDecimal available) {
        BigDecimal price = prices.price(holding.symbol);
        BigDecimal lastday = prices.lastClose(holding.symbol);
        BigDecimal marketValue = SimDecimals.money(holding.qty.multiply(price));
        BigDecimal costBasis = SimDecimals.money(holding.qty.multiply(holding.avgEntryPrice));
        BigDecimal unrealized = marketValue.subtract(costBasis);
        BigDecimal intradayCost = SimDecimals.money(holding.qty.multiply(holding.intradayBasis));
        BigDecimal intraday = marketValue.subtract(intradayCost);
        boolean isLong = holding.qty.signum() > 0;
        return new SimPosition(assets.assetId(holding.symbol), holding.symbol, assets.exchange(holding.symbol),
                SimAssets.ASSET_CLASS, true, SimDecimals.price(holding.avgEntryPrice), SimDecimals.qty(holding.qty),
                SimDecimals.qty(available), isLong ? SimPosition.Side.LONG : SimPosition.Side.SHORT,
                marketValue, costBasis, unrealized, SimDecimals.ratio(unrealized, costBasis),
                intraday, SimDecimals.ratio(intraday, intradayCost), price, lastday,
                SimDecimals.ratio(price.subtract(lastday), lastday));
    }

    BigDecimal realizedPl() {
        return SimDecimals.money(realizedPl);
    }

    BigDecimal lastEquity() {
        return lastEquity;
    }

    BigDecimal lastMaintenanceMargin() {
        return lastMaintenanceMargin;
    }
}
