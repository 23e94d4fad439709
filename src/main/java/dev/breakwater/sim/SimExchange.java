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
 * out are immutable snapshots. This class is the public face; placing and replacing ({@link OrderEntry}),
 * the matching, which queues the events
 * ({@link MatchingEngine}, whose comment has the rules), the book ({@link OrderBook}), the money
 * ({@link Ledger}) and the prices ({@link MarketPrices}) live beside it, guarded by the same lock.
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
    private final MatchingEngine matching;
    private final OrderEntry entry;
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
        this.matching = new MatchingEngine(book, ledger, prices, events, config.maxFillQty(), this::newId);
        this.entry = new OrderEntry(book, ledger, prices, assets, exposure, matching, config.announcePendingNew(),
                this::newId);
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
        return locked(now -> entry.place(request, now));
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
        return locked(now -> entry.replace(id, request, now));
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
            matching.end(order, SimOrderStatus.CANCELED, SimEventType.CANCELED, now, true);
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
                    matching.end(order, SimOrderStatus.CANCELED, SimEventType.CANCELED, now, true);
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
            matching.end(order, SimOrderStatus.REJECTED, SimEventType.REJECTED, now, true);
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
                    matching.onTick(order, now);
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

    /** At the close: day/opg/cls orders expire, closing values are taken, the next session begins. */
    private void closeSessionIfDue(Instant now) {
        if (now.isBefore(sessionClose)) {
            return;
        }
        Instant closedAt = sessionClose;
        for (WorkingOrder order : book.openOrders()) {
            SimTimeInForce tif = order.timeInForce;
            if (order.isOpen() && (tif == SimTimeInForce.DAY || tif.isAuction())) {
                matching.end(order, SimOrderStatus.EXPIRED, SimEventType.EXPIRED, closedAt, true);
            }
        }
        ledger.closeSession();
        prices.closeSession();
        sessionClose = session.closeAfter(now);
    }

    private String newId() {
        return ids.get().toString();
    }
}
