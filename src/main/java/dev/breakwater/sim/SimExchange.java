package dev.breakwater.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The simulated exchange and brokerage account: one funded demo account, its order book, positions and
 * cash, matched against a {@link PriceModel}. Thread-safe: every method takes one lock, and what comes
 * out are immutable snapshots. This class is the public face and the matching engine; the book
 * ({@link OrderBook}), the money ({@link Ledger}) and the prices ({@link MarketPrices}) live beside it,
 * guarded by the same lock.
 *
 * <h2>Matching</h2>
 * Orders execute at the model's last price. A marketable order executes on placement; a resting one on
 * the first {@link #tick()} whose price allows it. One execution fills at most
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
 *
 * <h2>Sessions</h2>
 * The simulated market is always open. Sessions have a fixed length and follow each other at once (by
 * default each closes at the next UTC midnight; see {@link SimExchangeConfig}). The first call at or after
 * a close (any call, not only {@link #tick()}) performs the close: open {@code day}, {@code opg} and
 * {@code cls} orders expire (stamped with the close time), {@code last_equity} and each symbol's
 * {@code lastday_price} are taken, and the next session begins.
 *
 * <h2>Money</h2>
 * Cash moves by price x qty on every fill (no fees). Positions keep a weighted average entry price;
 * reductions and flips realise P/L against it. See {@link #account()} for the margin figures.
 *
 * <h2>Events</h2>
 * Every state change produces a {@link SimTradeEvent} carrying the order's snapshot after the change:
 * {@code new} on acceptance (preceded by {@code pending_new} if configured) and when held exits are
 * released, {@code partial_fill} / {@code fill}, {@code canceled}, {@code expired}, {@code replaced} (the
 * old order, then {@code new} for its replacement) and {@code rejected}. Events are numbered under the
 * lock in the order the changes happened and delivered after the lock is released, one at a time, in that
 * order (see {@link #addListener}). When a method returns, the events it caused have been delivered,
 * except when it was called from inside a listener: then they follow once the current event has reached
 * every listener.
 *
 * <h2>Ids</h2>
 * Order, execution and generated client order ids come from {@link SimExchangeConfig#ids()}. Every client
 * order id ever used (given or generated, by an order, a leg or a replacement) stays taken forever.
 */
public final class SimExchange {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final SimExchangeConfig config;
    private final Clock clock;
    private final PriceModel priceModel;
    private final SimAssets assets;
    private final TradingSession session;
    private final Supplier<UUID> ids;
    private final EventDispatcher events = new EventDispatcher();
    private final ReentrantLock lock = new ReentrantLock();
    private final String accountId;
    private final Instant accountCreatedAt;

    // Guarded by lock.
    private final MarketPrices prices;
    private final OrderBook book = new OrderBook();
    private final Ledger ledger;
    private final Exposure exposure;
    private Instant sessionClose;

    /** An exchange with the given settings. */
    public SimExchange(SimExchangeConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = config.clock();
        this.priceModel = config.priceModel() != null ? config.priceModel() : new RandomWalkPriceModel(config.seed());
        this.prices = new MarketPrices(priceModel);
        this.assets = new SimAssets(config.unknownSymbols(), config.notShortableSymbols());
        this.ledger = new Ledger(prices, assets, config.startingCash());
        this.exposure = new Exposure(book, ledger, prices, assets);
        this.session = new TradingSession(config.sessionAnchor(), config.sessionLength());
        this.ids = config.ids();
        this.accountId = newId();
        this.accountCreatedAt = clock.instant();
        this.sessionClose = session.closeAfter(accountCreatedAt);
    }

    /** An exchange with {@link SimExchangeConfig#defaults()}. */
    public SimExchange() {
        this(SimExchangeConfig.defaults());
    }

    /** The settings this exchange was built with. */
    public SimExchangeConfig config() {
        return config;
    }

    /** The asset master (for asset endpoints). */
    public SimAssets assets() {
        return assets;
    }

    // ---------------------------------------------------------------- listeners

    /**
     * Registers a listener for every future event. Listeners are called on the thread that caused the
     * change (or on another mutating thread that is already delivering), after the exchange's lock is
     * released, one event at a time and in {@link SimTradeEvent#sequence()} order. A listener may read the
     * exchange; it should hand slow work (network sends) to another thread. A listener that throws is
     * logged and does not disturb the exchange or the other listeners.
     */
    public void addListener(Consumer<SimTradeEvent> listener) {
        events.addListener(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener added before. */
    public void removeListener(Consumer<SimTradeEvent> listener) {
        events.removeListener(listener);
    }

    // ---------------------------------------------------------------- orders

    /**
     * Accepts an order ({@code POST /v2/orders}). Returns the order as accepted (status {@code new},
     * legs nested); a marketable order then executes at once, which the events and later reads show.
     *
     * @throws SimRejection 422 for invalid parameters, an unknown symbol or a used client_order_id; 403
     *                      when buying power or (for a symbol that cannot be shorted) shares do not suffice
     */
    public SimOrder place(SimOrderRequest request) {
        SimOrderRules.check(request);
        return locked(now -> placeLocked(request, now));
    }

    /**
     * One order ({@code GET /v2/orders/{id}}), legs not nested.
     *
     * @throws SimRejection 404 when there is no such order
     */
    public SimOrder get(String id) {
        return get(id, false);
    }

    /**
     * One order; with {@code nested} a parent shows its legs.
     *
     * @throws SimRejection 404 when there is no such order
     */
    public SimOrder get(String id, boolean nested) {
        return locked(now -> book.snapshot(book.find(id), nested));
    }

    /**
     * The order that was placed with this client order id ({@code GET /v2/orders:by_client_order_id}).
     * For a replaced order that is the original, with status {@code replaced} and {@code replaced_by}.
     *
     * @throws SimRejection 404 when no order ever used this id
     */
    public SimOrder getByClientOrderId(String clientOrderId) {
        return locked(now -> book.snapshot(book.findByClientOrderId(clientOrderId), false));
    }

    /** Orders matching the query ({@code GET /v2/orders}), sorted by submission time. */
    public List<SimOrder> list(SimOrderQuery query) {
        Objects.requireNonNull(query, "query");
        return locked(now -> book.list(query));
    }

    /** Every order ever placed (legs and replacements included), oldest first, legs not nested. */
    public List<SimOrder> allOrders() {
        return locked(now -> book.all().stream().map(o -> book.snapshot(o, false)).toList());
    }

    /**
     * Replaces an open order ({@code PATCH /v2/orders/{id}}): the old order becomes {@code replaced}
     * (with {@code replaced_at}, {@code replaced_by}) and a new order with a new id, {@code replaces} set
     * and a new client order id (given, or generated) takes its place, keeping its legs or its place
     * among a parent's legs. Fields left {@code null} keep their value; the quantity defaults to what the
     * old order had left to fill. Events: {@code replaced} (old order, as Alpaca sends it), then
     * {@code new}.
     *
     * @throws SimRejection 404 unknown id; 422 not open, a field the order type does not have, or a used
     *                      client_order_id; 403 "order parameters are not changed" when no parameter
     *                      differs (as reported in alpacahq/alpaca-trade-api-js#123), or when the new order
     *                      needs more buying power than is left (the old order's share counts as free)
     */
    public SimOrder replace(String id, SimReplaceRequest request) {
        Objects.requireNonNull(request, "request");
        return locked(now -> replaceLocked(id, request, now));
    }

    /**
     * Cancels an open order ({@code DELETE /v2/orders/{id}}) at once, with a {@code canceled} event.
     * Canceling a parent also ends its held legs (or releases them for a partial fill); canceling an OCO
     * order cancels its stop-loss leg too. Canceling one exit of a bracket leaves the other working.
     *
     * @return the canceled order
     * @throws SimRejection 404 unknown id; 422 "order is not cancelable" when it is no longer open
     */
    public SimOrder cancel(String id) {
        return locked(now -> {
            WorkingOrder order = book.find(id);
            if (!order.isOpen()) {
                throw SimRejection.notCancelable();
            }
            end(order, SimOrderStatus.CANCELED, SimEventType.CANCELED, now, true);
            return book.snapshot(order, true);
        });
    }

    /**
     * Cancels every open order ({@code DELETE /v2/orders}), oldest first: one {@code (id, 200)} per order
     * that was open when the call began.
     */
    public List<SimCancelResult> cancelAll() {
        return locked(now -> {
            List<SimCancelResult> results = new ArrayList<>();
            for (WorkingOrder order : book.openOrders()) {
                if (order.isOpen()) { // still: canceling a parent may have ended this leg already
                    end(order, SimOrderStatus.CANCELED, SimEventType.CANCELED, now, true);
                }
                results.add(new SimCancelResult(order.id, 200));
            }
            return results;
        });
    }

    /**
     * Fault injection: the broker rejects an open order after accepting it (status {@code rejected},
     * {@code failed_at} set, event {@code rejected}), as Alpaca may do asynchronously.
     *
     * @throws SimRejection 404 unknown id; 422 when the order is no longer open
     */
    public SimOrder reject(String id) {
        return locked(now -> {
            WorkingOrder order = book.find(id);
            if (!order.isOpen()) {
                throw SimRejection.notCancelable();
            }
            end(order, SimOrderStatus.REJECTED, SimEventType.REJECTED, now, true);
            return book.snapshot(order, true);
        });
    }

    // ---------------------------------------------------------------- market

    /**
     * Advances the market one step: performs a due session close first, then moves every price one step,
     * then matches every working order, oldest first, against the new prices.
     */
    public void tick() {
        locked(now -> {
            prices.step();
            for (WorkingOrder order : book.openOrders()) {
                if (order.isWorking()) { // still: an earlier execution in this pass may have canceled it
                    matchOnTick(order, now);
                }
            }
            return null;
        });
    }

    /**
     * The current bid/ask/last of a symbol (for quote endpoints).
     *
     * @throws SimRejection 422 when the symbol is not a tradable asset
     */
    public SimQuote quote(String symbol) {
        assets.require(symbol);
        return priceModel.quote(symbol);
    }

    /**
     * What the market data endpoints show of {@code symbol}, read at once under the lock: the quote the
     * exchange would fill against now (its {@code last} is the fill price) and the last session close.
     *
     * @throws SimRejection 422 for a malformed symbol, 404 for one that does not exist
     */
    public SimMarketData marketData(String symbol) {
        if (symbol == null || !SimAssets.SYMBOL.matcher(symbol).matches()) {
            throw SimRejection.invalidSymbol(symbol);
        }
        if (!assets.exists(symbol)) {
            throw SimRejection.symbolNotFound();
        }
        return locked(now -> {
            BigDecimal last = prices.price(symbol);
            SimQuote quote = priceModel.quote(symbol);
            return new SimMarketData(symbol, now, quote.last().equals(last) ? quote : SimQuote.around(symbol, last),
                    prices.lastClose(symbol));
        });
    }

    /** The market clock: always open, next open and next close both at the end of this session. */
    public SimClock clock() {
        return locked(now -> new SimClock(now, true, sessionClose, sessionClose));
    }

    // ---------------------------------------------------------------- account

    /**
     * The account ({@code GET /v2/account}), valued at current prices. With LMV the long market value,
     * SMV the (negative) short market value and cash rounded to cents:
     * <ul>
     *   <li>{@code equity = portfolio_value = cash + LMV + SMV};</li>
     *   <li>{@code initial_margin = 50% x (LMV + |SMV|)} (Reg T), {@code maintenance_margin = 25% x LMV
     *       + 30% x |SMV|};</li>
     *   <li>{@code buying_power = regt_buying_power = daytrading_buying_power =
     *       max(0, 2 x (equity - initial_margin) - open order cost)}, i.e. twice the excess equity
     *       ({@code multiplier} "2", no separate day-trading power in the simulator), less what open
     *       orders would cost to open (at their limit, a buy stop at its stop, others at the current
     *       price; shares that close a position cost nothing). Each open order is judged against the
     *       position alone, so two sells of the same long shares both count as closing;</li>
     *   <li>{@code non_marginable_buying_power = buying_power / 2} (the same capacity without leverage);</li>
     *   <li>{@code last_equity} and {@code last_maintenance_margin} are taken at each session close.</li>
     * </ul>
     * Not modelled, always zero: {@code sma}, {@code accrued_fees}, pending transfers.
     */
    public SimAccount account() {
        return locked(now -> {
            Ledger.Valuation v = exposure.valuation();
            BigDecimal nonMarginable = v.buyingPower().divide(TWO, 2, RoundingMode.DOWN);
            Instant lastClose = sessionClose.minus(config.sessionLength());
            LocalDate balanceAsOf = LocalDate.ofInstant(lastClose.minusNanos(1), ZoneOffset.UTC);
            return new SimAccount(accountId, config.accountNumber(), "ACTIVE", "INACTIVE", "USD",
                    v.cash(), v.equity(), v.equity(), ledger.lastEquity(), v.longMarketValue(), v.shortMarketValue(),
                    v.buyingPower(), v.buyingPower(), v.buyingPower(), nonMarginable, TWO, v.initialMargin(),
                    v.maintenanceMargin(), ledger.lastMaintenanceMargin(), SimDecimals.ZERO_MONEY,
                    SimDecimals.ZERO_MONEY, SimDecimals.ZERO_MONEY, SimDecimals.ZERO_MONEY,
                    false, false, false, false, false, true, 0, accountCreatedAt, balanceAsOf);
        });
    }

    /** Open positions ({@code GET /v2/positions}), by symbol. */
    public List<SimPosition> positions() {
        return locked(now -> ledger.holdings().stream().map(exposure::positionSnapshot).toList());
    }

    /**
     * The position in one symbol ({@code GET /v2/positions/{symbol}}).
     *
     * @throws SimRejection 404 when there is no position in that symbol
     */
    public SimPosition position(String symbol) {
        return locked(now -> {
            Holding holding = ledger.holding(symbol);
            if (holding == null) {
                throw new SimRejection(404, SimRejection.CODE_NOT_FOUND, "position does not exist");
            }
            return exposure.positionSnapshot(holding);
        });
    }

    /** P/L realised by reductions and flips since the exchange started (not an Alpaca field). */
    public BigDecimal realizedPl() {
        return locked(now -> ledger.realizedPl());
    }

    // ================================================================ internals (all under lock)

    /** Runs {@code action} under the lock after any due session close; delivers the events afterwards. */
    private <T> T locked(Function<Instant, T> action) {
        lock.lock();
        try {
            Instant now = clock.instant();
            closeSessionIfDue(now);
            return action.apply(now);
        } finally {
            lock.unlock();
            events.drain();
        }
    }

    private SimOrder placeLocked(SimOrderRequest r, Instant now) {
        assets.requireTradable(r.symbol());
        if (!assets.fractionable(r.symbol()) && (r.notional() != null || !SimOrderRules.isWhole(r.qty()))) {
            throw SimRejection.notFractionable(r.symbol());
        }
        String clientOrderId = r.clientOrderId() != null ? r.clientOrderId() : newId();
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

        if (config.announcePendingNew()) {
            parent.status = SimOrderStatus.PENDING_NEW;
            enqueue(SimEventType.PENDING_NEW, parent, now);
            parent.status = SimOrderStatus.NEW;
        }
        enqueue(SimEventType.NEW, parent, now);
        SimOrder accepted = book.snapshot(parent, true);
        if (!parent.awaitingAuction) {
            matchOnPlacement(parent, now);
            for (WorkingOrder leg : book.legs(parent)) {
                if (leg.isWorking()) {
                    // An OCO stop-loss works from the start; bracket exits once an entry filled at once.
                    matchOnPlacement(leg, now);
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
        WorkingOrder leg = newOrder(newId(), now, parent.symbol, null, parent.qty, parent.targetQty,
                parent.orderClass, type, side, parent.timeInForce, false);
        leg.status = status;
        leg.parentId = parent.id;
        parent.legIds.add(leg.id);
        book.register(leg);
        return leg;
    }

    private SimOrder replaceLocked(String id, SimReplaceRequest r, Instant now) {
        WorkingOrder old = book.find(id);
        if (!old.isOpen()) {
            throw SimRejection.notReplaceable();
        }
        SimTimeInForce tif = r.timeInForce() != null ? r.timeInForce() : old.timeInForce;
        BigDecimal target = r.qty() != null ? r.qty() : old.remaining();
        SimReplaceRules.check(old, r, target, tif);
        String clientOrderId = r.clientOrderId() != null ? r.clientOrderId() : newId();
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
        enqueue(SimEventType.REPLACED, old, now);
        enqueue(SimEventType.NEW, replacement, now);
        SimOrder accepted = book.snapshot(replacement, true);
        if (replacement.isWorking() && !replacement.awaitingAuction) {
            matchOnPlacement(replacement, now);
        }
        return accepted;
    }

    private void matchOnPlacement(WorkingOrder order, Instant now) {
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

    private void matchOnTick(WorkingOrder order, Instant now) {
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
        return order.notional != null ? order.remaining() : order.remaining().min(config.maxFillQty());
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
        events.enqueue(type, book.snapshot(order, true), now, newId(), price, SimDecimals.qty(qty),
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
    private void end(WorkingOrder order, SimOrderStatus status, SimEventType event, Instant at, boolean cascade) {
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

    /** At the close: day/opg/cls orders expire, closing values are taken, the next session begins. */
    private void closeSessionIfDue(Instant now) {
        if (now.isBefore(sessionClose)) {
            return;
        }
        Instant closedAt = sessionClose;
        for (WorkingOrder order : book.openOrders()) {
            SimTimeInForce tif = order.timeInForce;
            if (order.isOpen() && (tif == SimTimeInForce.DAY || tif.isAuction())) {
                end(order, SimOrderStatus.EXPIRED, SimEventType.EXPIRED, closedAt, true);
            }
        }
        ledger.closeSession();
        prices.closeSession();
        sessionClose = session.closeAfter(now);
    }

    private WorkingOrder newOrder(String clientOrderId, Instant now, String symbol, BigDecimal notional,
                                  BigDecimal qty, BigDecimal target, SimOrderClass orderClass, SimOrderType type,
                                  SimSide side, SimTimeInForce tif, boolean extendedHours) {
        return new WorkingOrder(book.nextSequence(), newId(), clientOrderId, now, assets.assetId(symbol), symbol,
                notional, qty, target, orderClass, type, side, tif, extendedHours);
    }

    private void enqueue(SimEventType type, WorkingOrder order, Instant at) {
        events.enqueue(type, book.snapshot(order, true), at, null, null, null, null);
    }

    private String newId() {
        return ids.get().toString();
    }
}
