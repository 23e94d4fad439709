package dev.breakwater.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The simulated exchange and brokerage account: one funded demo account, its order book, positions and
 * cash, matched against a {@link PriceModel}. Thread-safe: every method takes one lock, and what comes
 * out are immutable snapshots.
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
    /** Reg T initial margin: half the gross position value. */
    private static final BigDecimal INITIAL_MARGIN_RATE = new BigDecimal("0.5");
    private static final BigDecimal LONG_MAINTENANCE_RATE = new BigDecimal("0.25");
    private static final BigDecimal SHORT_MAINTENANCE_RATE = new BigDecimal("0.30");

    private final SimExchangeConfig config;
    private final Clock clock;
    private final PriceModel prices;
    private final SimAssets assets;
    private final TradingSession session;
    private final Supplier<UUID> ids;
    private final EventDispatcher events = new EventDispatcher();
    private final ReentrantLock lock = new ReentrantLock();
    private final String accountId;
    private final Instant accountCreatedAt;

    // Guarded by lock.
    private final Map<String, WorkingOrder> orders = new LinkedHashMap<>();
    private final Map<String, WorkingOrder> byClientOrderId = new HashMap<>();
    private final Map<String, WorkingOrder> open = new LinkedHashMap<>();
    private final Map<String, Holding> holdings = new TreeMap<>();
    private final Map<String, BigDecimal> lastdayPrices = new HashMap<>();
    private BigDecimal cash;
    private BigDecimal realizedPl = BigDecimal.ZERO;
    private BigDecimal lastEquity;
    private BigDecimal lastMaintenanceMargin = SimDecimals.ZERO_MONEY;
    private Instant sessionClose;
    private long orderSequence;

    /** An exchange with the given settings. */
    public SimExchange(SimExchangeConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = config.clock();
        this.prices = config.priceModel() != null ? config.priceModel() : new RandomWalkPriceModel(config.seed());
        this.assets = new SimAssets(config.unknownSymbols(), config.notShortableSymbols());
        this.session = new TradingSession(config.sessionAnchor(), config.sessionLength());
        this.ids = config.ids();
        this.accountId = newId();
        this.accountCreatedAt = clock.instant();
        this.cash = config.startingCash();
        this.lastEquity = SimDecimals.money(config.startingCash());
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
        return locked(now -> snapshot(find(id), nested));
    }

    /**
     * The order that was placed with this client order id ({@code GET /v2/orders:by_client_order_id}).
     * For a replaced order that is the original, with status {@code replaced} and {@code replaced_by}.
     *
     * @throws SimRejection 404 when no order ever used this id
     */
    public SimOrder getByClientOrderId(String clientOrderId) {
        return locked(now -> {
            WorkingOrder order = byClientOrderId.get(clientOrderId);
            if (order == null) {
                throw SimRejection.orderNotFound();
            }
            return snapshot(order, false);
        });
    }

    /** Orders matching the query ({@code GET /v2/orders}), sorted by submission time. */
    public List<SimOrder> list(SimOrderQuery query) {
        Objects.requireNonNull(query, "query");
        return locked(now -> {
            Comparator<WorkingOrder> bySubmission = Comparator.<WorkingOrder, Instant>comparing(o -> o.submittedAt)
                    .thenComparingLong(o -> o.sequence);
            if (query.direction() == SimOrderQuery.Direction.DESC) {
                bySubmission = bySubmission.reversed();
            }
            return orders.values().stream()
                    .filter(o -> !query.nested() || !isAttachedLeg(o))
                    .filter(o -> switch (query.status()) {
                        case OPEN -> o.isOpen();
                        case CLOSED -> !o.isOpen();
                        case ALL -> true;
                    })
                    .filter(o -> query.symbols().isEmpty() || query.symbols().contains(o.symbol))
                    .filter(o -> query.side() == null || query.side() == o.side)
                    .filter(o -> query.after() == null || o.submittedAt.isAfter(query.after()))
                    .filter(o -> query.until() == null || o.submittedAt.isBefore(query.until()))
                    .sorted(bySubmission)
                    .limit(query.limit())
                    .map(o -> snapshot(o, query.nested()))
                    .toList();
        });
    }

    /** Every order ever placed (legs and replacements included), oldest first, legs not nested. */
    public List<SimOrder> allOrders() {
        return locked(now -> orders.values().stream().map(o -> snapshot(o, false)).toList());
    }

    /**
     * Replaces an open order ({@code PATCH /v2/orders/{id}}): the old order becomes {@code replaced}
     * (with {@code replaced_at}, {@code replaced_by}) and a new order with a new id, {@code replaces} set
     * and a new client order id (given, or generated) takes its place, keeping its legs or its place
     * among a parent's legs. Fields left {@code null} keep their value; the quantity defaults to what the
     * old order had left to fill. Events: {@code replaced} (old order), then {@code new}.
     *
     * @throws SimRejection 404 unknown id; 422 not open, a field the order type does not have, or a used
     *                      client_order_id; 403 when the new order needs more buying power than is left
     *                      (the old order's share counts as free)
     */
    public SimOrder replace(String id, SimReplaceRequest request) {
        Objects.requireNonNull(request, "request");
        return locked(now -> replaceLocked(id, request, now));
    }

    /**
     * Cancels an open order ({@code DELETE /v2/orders/{id}}) at once, with a {@code canceled} event.
     * Canceling a parent also ends its held legs (or releases them for a partial fill); canceling an OCO
     * order cancels its stop-loss leg too.
     *
     * @return the canceled order
     * @throws SimRejection 404 unknown id; 422 "order is not cancelable" when it is no longer open
     */
    public SimOrder cancel(String id) {
        return locked(now -> {
            WorkingOrder order = find(id);
            if (!order.isOpen()) {
                throw SimRejection.notCancelable();
            }
            end(order, SimOrderStatus.CANCELED, SimEventType.CANCELED, now, true);
            return snapshot(order, true);
        });
    }

    /**
     * Cancels every open order ({@code DELETE /v2/orders}), oldest first: one {@code (id, 200)} per order
     * that was open when the call began.
     */
    public List<SimCancelResult> cancelAll() {
        return locked(now -> {
            List<SimCancelResult> results = new ArrayList<>();
            for (WorkingOrder order : new ArrayList<>(open.values())) {
                if (order.isOpen()) {
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
            WorkingOrder order = find(id);
            if (!order.isOpen()) {
                throw SimRejection.notCancelable();
            }
            end(order, SimOrderStatus.REJECTED, SimEventType.REJECTED, now, true);
            return snapshot(order, true);
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
            for (WorkingOrder order : new ArrayList<>(open.values())) {
                if (order.isWorking()) {
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
        return prices.quote(symbol);
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
     *       orders would cost to open (buys at their limit or the current price, short sells likewise;
     *       shares that close a position cost nothing);</li>
     *   <li>{@code non_marginable_buying_power = buying_power / 2} (the same capacity without leverage);</li>
     *   <li>{@code last_equity} and {@code last_maintenance_margin} are taken at each session close.</li>
     * </ul>
     * Not modelled, always zero: {@code sma}, {@code accrued_fees}, pending transfers.
     */
    public SimAccount account() {
        return locked(now -> {
            Valuation v = value();
            BigDecimal nonMarginable = v.buyingPower.divide(TWO, 2, RoundingMode.DOWN);
            Instant lastClose = sessionClose.minus(config.sessionLength());
            LocalDate balanceAsOf = LocalDate.ofInstant(lastClose.minusNanos(1), ZoneOffset.UTC);
            return new SimAccount(accountId, config.accountNumber(), "ACTIVE", "INACTIVE", "USD",
                    v.cash, v.equity, v.equity, lastEquity, v.longMarketValue, v.shortMarketValue,
                    v.buyingPower, v.buyingPower, v.buyingPower, nonMarginable,
                    TWO, v.initialMargin, v.maintenanceMargin, lastMaintenanceMargin, SimDecimals.ZERO_MONEY,
                    SimDecimals.ZERO_MONEY, SimDecimals.ZERO_MONEY, SimDecimals.ZERO_MONEY,
                    false, false, false, false, false, true, 0, accountCreatedAt, balanceAsOf);
        });
    }

    /** Open positions ({@code GET /v2/positions}), by symbol. */
    public List<SimPosition> positions() {
        return locked(now -> holdings.values().stream().map(this::positionSnapshot).toList());
    }

    /**
     * The position in one symbol ({@code GET /v2/positions/{symbol}}).
     *
     * @throws SimRejection 404 when there is no position in that symbol
     */
    public SimPosition position(String symbol) {
        return locked(now -> {
            Holding holding = holdings.get(symbol);
            if (holding == null) {
                throw new SimRejection(404, SimRejection.CODE_NOT_FOUND, "position does not exist");
            }
            return positionSnapshot(holding);
        });
    }

    /** P/L realised by reductions and flips since the exchange started (not an Alpaca field). */
    public BigDecimal realizedPl() {
        return locked(now -> SimDecimals.money(realizedPl));
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
        assets.require(r.symbol());
        String clientOrderId = r.clientOrderId() != null ? r.clientOrderId() : newId();
        if (byClientOrderId.containsKey(clientOrderId)) {
            throw SimRejection.duplicateClientOrderId();
        }
        BigDecimal price = priceOf(r.symbol());
        BigDecimal target = r.qty() != null ? r.qty() : r.notional().divide(price, SimOrderRules.MAX_QTY_SCALE, RoundingMode.DOWN);
        if (target.signum() == 0) {
            throw SimRejection.invalid("invalid notional: too small to buy any fraction of a share");
        }
        boolean oco = r.orderClass() == SimOrderClass.OCO;
        BigDecimal limit = oco ? r.takeProfit().limitPrice() : r.limitPrice();
        if (r.side() == SimSide.SELL) {
            requireShares(r.symbol(), target, null);
        }
        BigDecimal cost = openingCost(r.symbol(), r.side(), target,
                referencePrice(r.side(), r.type(), limit, r.stopPrice(), price));
        BigDecimal buyingPower = value().buyingPower;
        if (cost.compareTo(buyingPower) > 0) {
            throw SimRejection.insufficientBuyingPower(buyingPower, SimDecimals.money(cost));
        }

        WorkingOrder parent = newOrder(clientOrderId, now, r.symbol(), r.notional(), r.qty(), target, r.orderClass(),
                r.type(), r.side(), r.timeInForce(), r.extendedHours());
        parent.limitPrice = limit;
        parent.stopPrice = r.stopPrice();
        parent.trailPrice = r.trailPrice();
        parent.trailPercent = r.trailPercent();
        if (r.type() == SimOrderType.TRAILING_STOP) {
            parent.followTrail(price);
        }
        register(parent);
        addLegs(parent, r, now);

        if (config.announcePendingNew()) {
            parent.status = SimOrderStatus.PENDING_NEW;
            enqueue(SimEventType.PENDING_NEW, parent, now);
            parent.status = SimOrderStatus.NEW;
        }
        enqueue(SimEventType.NEW, parent, now);
        SimOrder accepted = snapshot(parent, true);
        if (!parent.awaitingAuction) {
            matchOnPlacement(parent, now);
            for (String legId : parent.legIds) {
                WorkingOrder leg = orders.get(legId);
                if (leg.isWorking()) {
                    matchOnPlacement(leg, now); // OCO stop-loss legs work from the start
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
        register(leg);
        return leg;
    }

    private SimOrder replaceLocked(String id, SimReplaceRequest r, Instant now) {
        WorkingOrder old = find(id);
        if (!old.isOpen()) {
            throw SimRejection.notReplaceable();
        }
        if (r.limitPrice() != null && !old.type.hasLimitPrice()) {
            throw SimRejection.invalid("invalid limit_price: a " + old.type.wire() + " order has no limit price");
        }
        if (r.stopPrice() != null && !old.type.hasStopPrice()) {
            throw SimRejection.invalid("invalid stop_price: a " + old.type.wire() + " order has no stop price");
        }
        if (r.trail() != null) {
            if (old.type != SimOrderType.TRAILING_STOP) {
                throw SimRejection.invalid("invalid trail: only trailing_stop orders have a trail");
            }
            if (old.trailPercent != null && r.trail().compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw SimRejection.invalid("invalid trail");
            }
            if (old.trailPrice != null) {
                SimOrderRules.checkPrice("trail", r.trail());
            }
        }
        SimTimeInForce tif = r.timeInForce() != null ? r.timeInForce() : old.timeInForce;
        BigDecimal target = r.qty() != null ? r.qty() : old.remaining();
        checkReplacementTimeInForce(old, tif, target);
        String clientOrderId = r.clientOrderId() != null ? r.clientOrderId() : newId();
        if (byClientOrderId.containsKey(clientOrderId)) {
            throw SimRejection.duplicateClientOrderId();
        }
        BigDecimal price = priceOf(old.symbol);
        BigDecimal limit = r.limitPrice() != null ? r.limitPrice() : old.limitPrice;
        BigDecimal stop = r.stopPrice() != null ? r.stopPrice() : old.stopPrice;
        if (old.side == SimSide.SELL) {
            requireShares(old.symbol, target, old);
        }
        BigDecimal cost = openingCost(old.symbol, old.side, target, referencePrice(old.side, old.type, limit, stop, price));
        BigDecimal available = value().buyingPower.add(reservation(old));
        if (cost.compareTo(available) > 0) {
            throw SimRejection.insufficientBuyingPower(SimDecimals.money(available), SimDecimals.money(cost));
        }

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
        relink(old, replacement);

        old.status = SimOrderStatus.REPLACED;
        old.replacedAt = now;
        old.replacedBy = replacement.id;
        old.updatedAt = now;
        open.remove(old.id);
        register(replacement);
        enqueue(SimEventType.REPLACED, old, now);
        enqueue(SimEventType.NEW, replacement, now);
        SimOrder accepted = snapshot(replacement, true);
        if (replacement.isWorking() && !replacement.awaitingAuction) {
            matchOnPlacement(replacement, now);
        }
        return accepted;
    }

    private static void checkReplacementTimeInForce(WorkingOrder old, SimTimeInForce tif, BigDecimal target) {
        boolean dayOrGtc = tif == SimTimeInForce.DAY || tif == SimTimeInForce.GTC;
        if (old.type == SimOrderType.TRAILING_STOP && !dayOrGtc) {
            throw SimRejection.invalid("invalid time_in_force: trailing_stop orders allow only day or gtc");
        }
        if (old.orderClass != SimOrderClass.SIMPLE && !dayOrGtc) {
            throw SimRejection.invalid("invalid time_in_force: " + old.orderClass.wire() + " orders allow only day or gtc");
        }
        if (old.extendedHours && tif != SimTimeInForce.DAY) {
            throw SimRejection.invalid("invalid time_in_force: extended hours orders allow only day");
        }
        if (!SimOrderRules.isWhole(target) && tif != SimTimeInForce.DAY) {
            throw SimRejection.invalid("invalid time_in_force: fractional orders allow only day");
        }
    }

    /** The replacement takes the old order's place in its bracket: as the parent of its legs or as a leg. */
    private void relink(WorkingOrder old, WorkingOrder replacement) {
        if (old.parentId != null) {
            WorkingOrder parent = orders.get(old.parentId);
            replacement.parentId = parent.id;
            parent.legIds.replaceAll(legId -> legId.equals(old.id) ? replacement.id : legId);
        }
        for (String legId : old.legIds) {
            WorkingOrder leg = orders.get(legId);
            leg.parentId = replacement.id;
            if (leg.isOpen() && leg.filledQty.signum() == 0) {
                // Unfilled exits (held bracket exits, an OCO stop-loss) cover what the new order trades.
                leg.qty = replacement.qty;
                leg.targetQty = replacement.targetQty;
            }
            replacement.legIds.add(legId);
        }
        old.legIds.clear();
    }

    private void matchOnPlacement(WorkingOrder order, Instant now) {
        BigDecimal price = priceOf(order.symbol);
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
        BigDecimal price = priceOf(order.symbol);
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

    /** One execution: moves cash and position, updates the order, emits the fill, then bracket effects. */
    private void execute(WorkingOrder order, BigDecimal qty, BigDecimal price, Instant now) {
        boolean firstFill = order.filledQty.signum() == 0;
        Holding holding = holdings.computeIfAbsent(order.symbol, Holding::new);
        realizedPl = realizedPl.add(holding.apply(order.side, qty, price));
        BigDecimal value = qty.multiply(price);
        cash = order.side == SimSide.BUY ? cash.subtract(value) : cash.add(value);
        BigDecimal positionQty = holding.qty;
        if (positionQty.signum() == 0) {
            holdings.remove(order.symbol);
        }
        order.recordFill(qty, price, now);
        if (!order.isOpen()) {
            open.remove(order.id);
        }
        SimEventType type = order.status == SimOrderStatus.FILLED ? SimEventType.FILL : SimEventType.PARTIAL_FILL;
        events.enqueue(type, snapshot(order, true), now, newId(), price, SimDecimals.qty(qty),
                SimDecimals.qty(positionQty));
        if (firstFill) {
            for (WorkingOrder peer : exclusivePeers(order)) {
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
        for (String legId : parent.legIds) {
            WorkingOrder leg = orders.get(legId);
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
     * The orders that one execution of {@code order} cancels: the other exits of a bracket, or the other
     * half of an OCO pair.
     */
    private List<WorkingOrder> exclusivePeers(WorkingOrder order) {
        WorkingOrder group;
        if (order.orderClass == SimOrderClass.OCO) {
            group = order.parentId == null ? order : orders.get(order.parentId);
        } else if (order.orderClass == SimOrderClass.BRACKET && order.parentId != null) {
            group = orders.get(order.parentId);
        } else {
            return List.of();
        }
        Stream<WorkingOrder> members = group.legIds.stream().map(orders::get);
        if (order.orderClass == SimOrderClass.OCO) {
            members = Stream.concat(Stream.of(group), members);
        }
        return members.filter(member -> member != order).toList();
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
        open.remove(order.id);
        enqueue(event, order, at);
        if (!cascade || order.legIds.isEmpty()) {
            return;
        }
        if (order.orderClass != SimOrderClass.OCO && order.filledQty.signum() > 0) {
            releaseLegs(order, order.filledQty, at);
            return;
        }
        for (String legId : order.legIds) {
            WorkingOrder leg = orders.get(legId);
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
        for (WorkingOrder order : new ArrayList<>(open.values())) {
            SimTimeInForce tif = order.timeInForce;
            if (order.isOpen() && (tif == SimTimeInForce.DAY || tif.isAuction())) {
                end(order, SimOrderStatus.EXPIRED, SimEventType.EXPIRED, closedAt, true);
            }
        }
        Valuation atClose = value();
        lastEquity = atClose.equity;
        lastMaintenanceMargin = atClose.maintenanceMargin;
        lastdayPrices.replaceAll((symbol, old) -> prices.price(symbol));
        holdings.values().forEach(h -> h.carryOver(prices.price(h.symbol)));
        sessionClose = session.closeAfter(now);
    }

    /**
     * A sell may not take more shares than the account holds (less those other open sells already
     * claim) unless the rest can be sold short: a shortable symbol and a whole number of shares.
     */
    private void requireShares(String symbol, BigDecimal qty, WorkingOrder replaced) {
        Holding holding = holdings.get(symbol);
        BigDecimal position = holding == null ? BigDecimal.ZERO : holding.qty;
        BigDecimal available = position.subtract(claimedBy(symbol, SimSide.SELL, replaced)).max(BigDecimal.ZERO);
        if (qty.compareTo(available) > 0 && (!assets.shortable(symbol) || !SimOrderRules.isWhole(qty))) {
            throw SimRejection.insufficientQty(symbol, SimDecimals.qty(qty), SimDecimals.qty(available));
        }
    }

    /**
     * Shares that working orders on one side claim. The exits of one bracket (and the two halves of an
     * OCO pair) protect the same shares, so each group counts once, with its largest member.
     */
    private BigDecimal claimedBy(String symbol, SimSide side, WorkingOrder excluded) {
        Map<String, BigDecimal> byGroup = new HashMap<>();
        for (WorkingOrder order : open.values()) {
            if (order != excluded && order.isWorking() && order.side == side && order.symbol.equals(symbol)) {
                byGroup.merge(groupKey(order), order.remaining(), BigDecimal::max);
            }
        }
        return byGroup.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String groupKey(WorkingOrder order) {
        if (order.orderClass == SimOrderClass.OCO) {
            return order.parentId != null ? order.parentId : order.id;
        }
        return order.parentId != null ? "exits-of-" + order.parentId : order.id;
    }

    /** What the order would cost to open: the part of it that does not close an existing position. */
    private BigDecimal openingCost(String symbol, SimSide side, BigDecimal qty, BigDecimal referencePrice) {
        Holding holding = holdings.get(symbol);
        BigDecimal position = holding == null ? BigDecimal.ZERO : holding.qty;
        BigDecimal closable = side == SimSide.BUY ? position.negate().max(BigDecimal.ZERO) : position.max(BigDecimal.ZERO);
        return qty.subtract(closable).max(BigDecimal.ZERO).multiply(referencePrice);
    }

    /** The price an order is expected to fill at: its limit, a buy stop's stop if above market, else market. */
    private static BigDecimal referencePrice(SimSide side, SimOrderType type, BigDecimal limit, BigDecimal stop,
                                             BigDecimal market) {
        if (type.hasLimitPrice() && limit != null) {
            return limit;
        }
        if (type == SimOrderType.STOP && side == SimSide.BUY) {
            return stop.max(market);
        }
        return market;
    }

    /** What a working order holds back from buying power. */
    private BigDecimal reservation(WorkingOrder order) {
        if (!order.isWorking()) {
            return BigDecimal.ZERO;
        }
        BigDecimal price = priceOf(order.symbol);
        return openingCost(order.symbol, order.side, order.remaining(),
                referencePrice(order.side, order.type, order.limitPrice, order.stopPrice, price));
    }

    private record Valuation(BigDecimal cash, BigDecimal longMarketValue, BigDecimal shortMarketValue,
                             BigDecimal equity, BigDecimal initialMargin, BigDecimal maintenanceMargin,
                             BigDecimal buyingPower) {
    }

    /** Values the account at current prices; see {@link #account()} for the formulas. */
    private Valuation value() {
        BigDecimal longMv = BigDecimal.ZERO;
        BigDecimal shortMv = BigDecimal.ZERO;
        for (Holding holding : holdings.values()) {
            BigDecimal mv = SimDecimals.money(holding.qty.multiply(priceOf(holding.symbol)));
            if (mv.signum() >= 0) {
                longMv = longMv.add(mv);
            } else {
                shortMv = shortMv.add(mv);
            }
        }
        longMv = SimDecimals.money(longMv);
        shortMv = SimDecimals.money(shortMv);
        BigDecimal cashCents = SimDecimals.money(cash);
        BigDecimal equity = cashCents.add(longMv).add(shortMv);
        BigDecimal initialMargin = SimDecimals.money(longMv.subtract(shortMv).multiply(INITIAL_MARGIN_RATE));
        BigDecimal maintenanceMargin = SimDecimals.money(longMv.multiply(LONG_MAINTENANCE_RATE)
                .add(shortMv.negate().multiply(SHORT_MAINTENANCE_RATE)));
        BigDecimal reserved = BigDecimal.ZERO;
        for (WorkingOrder order : open.values()) {
            reserved = reserved.add(reservation(order));
        }
        BigDecimal buyingPower = SimDecimals.money(equity.subtract(initialMargin).multiply(TWO)
                .subtract(reserved).max(BigDecimal.ZERO));
        return new Valuation(cashCents, longMv, shortMv, equity, initialMargin, maintenanceMargin, buyingPower);
    }

    private SimPosition positionSnapshot(Holding holding) {
        BigDecimal price = priceOf(holding.symbol);
        BigDecimal lastday = lastdayPrices.getOrDefault(holding.symbol, price);
        BigDecimal marketValue = SimDecimals.money(holding.qty.multiply(price));
        BigDecimal costBasis = SimDecimals.money(holding.qty.multiply(holding.avgEntryPrice));
        BigDecimal unrealized = marketValue.subtract(costBasis);
        BigDecimal intradayCost = SimDecimals.money(holding.qty.multiply(holding.intradayBasis));
        BigDecimal intraday = marketValue.subtract(intradayCost);
        boolean isLong = holding.qty.signum() > 0;
        BigDecimal available = isLong
                ? holding.qty.subtract(claimedBy(holding.symbol, SimSide.SELL, null)).max(BigDecimal.ZERO)
                : holding.qty.add(claimedBy(holding.symbol, SimSide.BUY, null)).min(BigDecimal.ZERO);
        return new SimPosition(assets.assetId(holding.symbol), holding.symbol, assets.exchange(holding.symbol),
                SimAssets.ASSET_CLASS, true, SimDecimals.price(holding.avgEntryPrice), SimDecimals.qty(holding.qty),
                SimDecimals.qty(available), isLong ? SimPosition.Side.LONG : SimPosition.Side.SHORT,
                marketValue, costBasis, unrealized, SimDecimals.ratio(unrealized, costBasis),
                intraday, SimDecimals.ratio(intraday, intradayCost), price, lastday,
                SimDecimals.ratio(price.subtract(lastday), lastday));
    }

    private WorkingOrder newOrder(String clientOrderId, Instant now, String symbol, BigDecimal notional,
                                  BigDecimal qty, BigDecimal target, SimOrderClass orderClass, SimOrderType type,
                                  SimSide side, SimTimeInForce tif, boolean extendedHours) {
        return new WorkingOrder(++orderSequence, newId(), clientOrderId, now, assets.assetId(symbol), symbol, notional,
                qty, target, orderClass, type, side, tif, extendedHours);
    }

    /** Makes the order known by id and client order id (taken for good) and, while open, to matching. */
    private void register(WorkingOrder order) {
        orders.put(order.id, order);
        byClientOrderId.put(order.clientOrderId, order);
        if (order.isOpen()) {
            open.put(order.id, order);
        }
    }

    private WorkingOrder find(String id) {
        WorkingOrder order = id == null ? null : orders.get(id);
        if (order == null) {
            throw SimRejection.orderNotFound();
        }
        return order;
    }

    /** A leg still hanging under its parent (a replaced leg no longer is, and is listed on its own). */
    private boolean isAttachedLeg(WorkingOrder order) {
        return order.parentId != null && orders.get(order.parentId).legIds.contains(order.id);
    }

    private SimOrder snapshot(WorkingOrder order, boolean nested) {
        List<SimOrder> legs = null;
        if (nested && !order.legIds.isEmpty()) {
            legs = order.legIds.stream().map(legId -> orders.get(legId).snapshot(null)).toList();
        }
        return order.snapshot(legs);
    }

    private void enqueue(SimEventType type, WorkingOrder order, Instant at) {
        events.enqueue(type, snapshot(order, true), at, null, null, null, null);
    }

    /** The last price, remembered as the symbol's "last close" the first time it is seen. */
    private BigDecimal priceOf(String symbol) {
        BigDecimal price = prices.price(symbol);
        lastdayPrices.putIfAbsent(symbol, price);
        return price;
    }

    private String newId() {
        return ids.get().toString();
    }
}
