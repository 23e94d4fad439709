package dev.breakwater.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The simulator's own JSON mapping of Alpaca's wire format, written by hand on Jackson's tree model so
 * every field is visible here and nothing is shared with the client's mapping (a conformance test of the
 * client against the simulator must compare two independent readings of Alpaca's documentation).
 *
 * <p>Conventions, as Alpaca's: snake_case names; decimals as JSON strings in plain notation; times in
 * RFC 3339, UTC, with nine fraction digits ({@code 2026-11-29T15:04:05.123456789Z}); nullable fields
 * present as {@code null}; {@code order_class} {@code ""} for simple orders; {@code order_type} repeating
 * {@code type}. Each method returns UTF-8 bytes ready to send; the {@code ...Node} methods return the tree
 * for embedding.
 */
public final class SimWire {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final DateTimeFormatter RFC_3339_NANOS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private SimWire() {
    }

    /** The simulator's mapper (thread-safe); also used to read request bodies. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** An instant as Alpaca-style RFC 3339 with nanoseconds, in UTC. */
    public static String time(Instant instant) {
        return RFC_3339_NANOS.format(instant);
    }

    /** Bytes of a JSON document as text (for logs and tests). */
    public static String text(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- REST bodies

    /** One Order object. */
    public static byte[] order(SimOrder order) {
        return bytes(orderNode(order));
    }

    /** A JSON array of Order objects ({@code GET /v2/orders}). */
    public static byte[] orders(List<SimOrder> orders) {
        ArrayNode array = MAPPER.createArrayNode();
        orders.forEach(order -> array.add(orderNode(order)));
        return bytes(array);
    }

    /** The Account object. */
    public static byte[] account(SimAccount account) {
        return bytes(accountNode(account));
    }

    /** One Position object. */
    public static byte[] position(SimPosition position) {
        return bytes(positionNode(position));
    }

    /** A JSON array of Position objects ({@code GET /v2/positions}). */
    public static byte[] positions(List<SimPosition> positions) {
        ArrayNode array = MAPPER.createArrayNode();
        positions.forEach(position -> array.add(positionNode(position)));
        return bytes(array);
    }

    /** The Clock object. */
    public static byte[] clock(SimClock clock) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("timestamp", time(clock.timestamp()));
        node.put("is_open", clock.isOpen());
        node.put("next_open", time(clock.nextOpen()));
        node.put("next_close", time(clock.nextClose()));
        return bytes(node);
    }

    /** The 207 body of {@code DELETE /v2/orders}: {@code [{"id":…,"status":200}, …]}. */
    public static byte[] cancelAll(List<SimCancelResult> results) {
        ArrayNode array = MAPPER.createArrayNode();
        for (SimCancelResult result : results) {
            ObjectNode entry = array.addObject();
            entry.put("id", result.id());
            entry.put("status", result.status());
        }
        return bytes(array);
    }

    /** An error body: {@code {"code":…,"message":…}} followed by the rejection's extra fields. */
    public static byte[] error(SimRejection rejection) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("code", rejection.code());
        node.put("message", rejection.getMessage());
        for (Map.Entry<String, String> detail : rejection.details().entrySet()) {
            node.put(detail.getKey(), detail.getValue());
        }
        return bytes(node);
    }

    // ---------------------------------------------------------------- stream messages

    /**
     * A {@code trade_updates} message. Every event has {@code event}, {@code order} and
     * {@code timestamp}; executions add {@code execution_id}, {@code price}, {@code qty} and
     * {@code position_qty}.
     */
    public static byte[] tradeEvent(SimTradeEvent event) {
        ObjectNode message = MAPPER.createObjectNode();
        message.put("stream", "trade_updates");
        ObjectNode data = message.putObject("data");
        data.put("event", event.event().wire());
        if (event.executionId() != null) {
            data.put("execution_id", event.executionId());
        }
        data.set("order", orderNode(event.order()));
        data.put("timestamp", time(event.timestamp()));
        if (event.event().isExecution()) {
            data.put("price", decimal(event.price()));
            data.put("qty", decimal(event.qty()));
            data.put("position_qty", decimal(event.positionQty()));
        }
        return bytes(message);
    }

    /** The reply to an authentication attempt: {@code {"stream":"authorization","data":{…}}}. */
    public static byte[] authorization(boolean authorized, String action) {
        ObjectNode message = MAPPER.createObjectNode();
        message.put("stream", "authorization");
        ObjectNode data = message.putObject("data");
        data.put("status", authorized ? "authorized" : "unauthorized");
        data.put("action", action);
        return bytes(message);
    }

    /** The acknowledgement of a listen request: {@code {"stream":"listening","data":{"streams":[…]}}}. */
    public static byte[] listening(List<String> streams) {
        ObjectNode message = MAPPER.createObjectNode();
        message.put("stream", "listening");
        ArrayNode list = message.putObject("data").putArray("streams");
        streams.forEach(list::add);
        return bytes(message);
    }

    // ---------------------------------------------------------------- market data and assets

    /** {@code {"symbol":…,"trade":{…}}} of {@code GET /v2/stocks/{symbol}/trades/latest}. */
    public static byte[] latestTrade(SimMarketData data, String tape) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("symbol", data.symbol());
        node.set("trade", tradeNode(data, tape));
        return bytes(node);
    }

    /** {@code {"symbol":…,"quote":{…}}} of {@code GET /v2/stocks/{symbol}/quotes/latest}. */
    public static byte[] latestQuote(SimMarketData data, String tape) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("symbol", data.symbol());
        node.set("quote", quoteNode(data, tape));
        return bytes(node);
    }

    /** One snapshot ({@code GET /v2/stocks/{symbol}/snapshot}). */
    public static byte[] snapshot(SimMarketData data, String tape) {
        return bytes(snapshotNode(data, tape));
    }

    /** Snapshots keyed by symbol ({@code GET /v2/stocks/snapshots}); {@code tapes} by symbol too. */
    public static byte[] snapshots(List<SimMarketData> data, Map<String, String> tapes) {
        ObjectNode node = MAPPER.createObjectNode();
        data.forEach(d -> node.set(d.symbol(), snapshotNode(d, tapes.get(d.symbol()))));
        return bytes(node);
    }

    /** One Asset object. */
    public static byte[] asset(SimAsset asset) {
        return bytes(assetNode(asset));
    }

    /** A JSON array of Asset objects. */
    public static byte[] assets(List<SimAsset> assets) {
        ArrayNode array = MAPPER.createArrayNode();
        assets.forEach(asset -> array.add(assetNode(asset)));
        return bytes(array);
    }

    /** A snapshot: {@code latestTrade latestQuote minuteBar dailyBar prevDailyBar}. */
    public static ObjectNode snapshotNode(SimMarketData data, String tape) {
        ObjectNode node = MAPPER.createObjectNode();
        node.set("latestTrade", tradeNode(data, tape));
        node.set("latestQuote", quoteNode(data, tape));
        node.set("minuteBar", barNode(data.minuteBar()));
        node.set("dailyBar", barNode(data.dailyBar()));
        node.set("prevDailyBar", barNode(data.prevDailyBar()));
        return node;
    }

    /** A trade, keys {@code i S c x p s t z}; price and size as JSON numbers. */
    public static ObjectNode tradeNode(SimMarketData data, String tape) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("i", data.tradeId());
        node.put("S", data.symbol());
        node.putArray("c").add("@");
        node.put("x", SimMarketData.EXCHANGE);
        node.put("p", cents(data.last()));
        node.put("s", data.tradeSize());
        node.put("t", time(data.at()));
        node.put("z", tape);
        return node;
    }

    /** A quote, keys {@code ax ap as bx bp bs c t z}. */
    public static ObjectNode quoteNode(SimMarketData data, String tape) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ax", SimMarketData.EXCHANGE);
        node.put("ap", cents(data.quote().ask()));
        node.put("as", data.askSize());
        node.put("bx", SimMarketData.EXCHANGE);
        node.put("bp", cents(data.quote().bid()));
        node.put("bs", data.bidSize());
        node.putArray("c").add("R");
        node.put("t", time(data.at()));
        node.put("z", tape);
        return node;
    }

    /** A bar, keys {@code o h l c v t n vw}. */
    public static ObjectNode barNode(SimMarketData.Bar bar) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("o", cents(bar.open()));
        node.put("h", cents(bar.high()));
        node.put("l", cents(bar.low()));
        node.put("c", cents(bar.close()));
        node.put("v", bar.volume());
        node.put("t", time(bar.start()));
        node.put("n", bar.trades());
        node.put("vw", cents(bar.vwap()));
        return node;
    }

    /** The Asset object. */
    public static ObjectNode assetNode(SimAsset a) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", a.id());
        node.put("class", SimAssets.ASSET_CLASS);
        node.put("exchange", a.exchange());
        node.put("symbol", a.symbol());
        node.put("name", a.name());
        node.put("status", a.status());
        node.put("tradable", a.tradable());
        node.put("marginable", a.marginable());
        node.put("shortable", a.shortable());
        node.put("easy_to_borrow", a.easyToBorrow());
        node.put("fractionable", a.fractionable());
        return node;
    }

    /** A price as a JSON number with exactly two decimals, from the decimal (never through double). */
    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    // ---------------------------------------------------------------- trees

    /** The Order object as a tree; {@code legs} is an array of Order objects or {@code null}. */
    public static ObjectNode orderNode(SimOrder o) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", o.id());
        node.put("client_order_id", o.clientOrderId());
        node.put("created_at", time(o.createdAt()));
        node.put("updated_at", nullableTime(o.updatedAt()));
        node.put("submitted_at", nullableTime(o.submittedAt()));
        node.put("filled_at", nullableTime(o.filledAt()));
        node.put("expired_at", nullableTime(o.expiredAt()));
        node.put("canceled_at", nullableTime(o.canceledAt()));
        node.put("failed_at", nullableTime(o.failedAt()));
        node.put("replaced_at", nullableTime(o.replacedAt()));
        node.put("replaced_by", o.replacedBy());
        node.put("replaces", o.replaces());
        node.put("asset_id", o.assetId());
        node.put("symbol", o.symbol());
        node.put("asset_class", o.assetClass());
        node.put("notional", decimal(o.notional()));
        node.put("qty", decimal(o.qty()));
        node.put("filled_qty", decimal(o.filledQty()));
        node.put("filled_avg_price", decimal(o.filledAvgPrice()));
        node.put("order_class", o.orderClass().wire());
        node.put("order_type", o.orderType().wire());
        node.put("type", o.type().wire());
        node.put("side", o.side().wire());
        node.put("time_in_force", o.timeInForce().wire());
        node.put("limit_price", decimal(o.limitPrice()));
        node.put("stop_price", decimal(o.stopPrice()));
        node.put("status", o.status().wire());
        node.put("extended_hours", o.extendedHours());
        if (o.legs() == null) {
            node.putNull("legs");
        } else {
            ArrayNode legs = node.putArray("legs");
            o.legs().forEach(leg -> legs.add(orderNode(leg)));
        }
        node.put("trail_percent", decimal(o.trailPercent()));
        node.put("trail_price", decimal(o.trailPrice()));
        node.put("hwm", decimal(o.hwm()));
        return node;
    }

    /** The Account object as a tree. */
    public static ObjectNode accountNode(SimAccount a) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", a.id());
        node.put("account_number", a.accountNumber());
        node.put("status", a.status());
        node.put("crypto_status", a.cryptoStatus());
        node.put("currency", a.currency());
        node.put("cash", decimal(a.cash()));
        node.put("portfolio_value", decimal(a.portfolioValue()));
        node.put("equity", decimal(a.equity()));
        node.put("last_equity", decimal(a.lastEquity()));
        node.put("long_market_value", decimal(a.longMarketValue()));
        node.put("short_market_value", decimal(a.shortMarketValue()));
        node.put("buying_power", decimal(a.buyingPower()));
        node.put("regt_buying_power", decimal(a.regtBuyingPower()));
        node.put("daytrading_buying_power", decimal(a.daytradingBuyingPower()));
        node.put("non_marginable_buying_power", decimal(a.nonMarginableBuyingPower()));
        node.put("multiplier", decimal(a.multiplier()));
        node.put("initial_margin", decimal(a.initialMargin()));
        node.put("maintenance_margin", decimal(a.maintenanceMargin()));
        node.put("last_maintenance_margin", decimal(a.lastMaintenanceMargin()));
        node.put("sma", decimal(a.sma()));
        node.put("accrued_fees", decimal(a.accruedFees()));
        node.put("pending_transfer_in", decimal(a.pendingTransferIn()));
        node.put("pending_transfer_out", decimal(a.pendingTransferOut()));
        node.put("pattern_day_trader", a.patternDayTrader());
        node.put("trade_suspended_by_user", a.tradeSuspendedByUser());
        node.put("trading_blocked", a.tradingBlocked());
        node.put("transfers_blocked", a.transfersBlocked());
        node.put("account_blocked", a.accountBlocked());
        node.put("shorting_enabled", a.shortingEnabled());
        node.put("daytrade_count", a.daytradeCount());
        node.put("created_at", time(a.createdAt()));
        node.put("balance_asof", a.balanceAsof().toString());
        return node;
    }

    /** The Position object as a tree. */
    public static ObjectNode positionNode(SimPosition p) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("asset_id", p.assetId());
        node.put("symbol", p.symbol());
        node.put("exchange", p.exchange());
        node.put("asset_class", p.assetClass());
        node.put("asset_marginable", p.assetMarginable());
        node.put("avg_entry_price", decimal(p.avgEntryPrice()));
        node.put("qty", decimal(p.qty()));
        node.put("qty_available", decimal(p.qtyAvailable()));
        node.put("side", p.side().wire());
        node.put("market_value", decimal(p.marketValue()));
        node.put("cost_basis", decimal(p.costBasis()));
        node.put("unrealized_pl", decimal(p.unrealizedPl()));
        node.put("unrealized_plpc", decimal(p.unrealizedPlpc()));
        node.put("unrealized_intraday_pl", decimal(p.unrealizedIntradayPl()));
        node.put("unrealized_intraday_plpc", decimal(p.unrealizedIntradayPlpc()));
        node.put("current_price", decimal(p.currentPrice()));
        node.put("lastday_price", decimal(p.lastdayPrice()));
        node.put("change_today", decimal(p.changeToday()));
        return node;
    }

    /** A decimal in plain notation ({@code "100000.00"}, never {@code "1E+5"}); {@code null} stays null. */
    private static String decimal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String nullableTime(Instant instant) {
        return instant == null ? null : time(instant);
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
