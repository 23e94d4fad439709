package dev.breakwater.sim;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Alpaca's Market Data API v2 (latest trade, latest quote, snapshots) and the Trading API's assets
 * endpoints, on the same port and through the same {@link ApiPipeline} as the rest. Prices come from the
 * exchange's own price model ({@link SimExchange#marketData}), so the last trade is the price a market
 * order fills at. {@code feed} is accepted and ignored.
 */
final class MarketDataRoutes {

    private final SimExchange exchange;

    MarketDataRoutes(SimExchange exchange) {
        this.exchange = exchange;
    }

    void register(RoutesConfig routes, ApiPipeline pipeline) {
        routes.get("/v2/stocks/snapshots", pipeline.wrap(this::snapshots));
        routes.get("/v2/stocks/{symbol}/trades/latest", pipeline.wrap(ctx -> {
            SimMarketData data = exchange.marketData(ctx.pathParam("symbol"));
            ApiReplies.json(ctx, 200, SimWire.latestTrade(data, tape(data.symbol())));
        }));
        routes.get("/v2/stocks/{symbol}/quotes/latest", pipeline.wrap(ctx -> {
            SimMarketData data = exchange.marketData(ctx.pathParam("symbol"));
            ApiReplies.json(ctx, 200, SimWire.latestQuote(data, tape(data.symbol())));
        }));
        routes.get("/v2/stocks/{symbol}/snapshot", pipeline.wrap(ctx -> {
            SimMarketData data = exchange.marketData(ctx.pathParam("symbol"));
            ApiReplies.json(ctx, 200, SimWire.snapshot(data, tape(data.symbol())));
        }));
        routes.get("/v2/assets", pipeline.wrap(this::assets));
        routes.get("/v2/assets/{symbol}", pipeline.wrap(ctx -> {
            SimAsset asset = exchange.assets().asset(ctx.pathParam("symbol"));
            if (asset == null) {
                throw SimRejection.assetNotListed();
            }
            ApiReplies.json(ctx, 200, SimWire.asset(asset));
        }));
    }

    /** {@code GET /v2/stocks/snapshots?symbols=A,B}: unknown symbols are left out; a malformed one is 422. */
    private void snapshots(Context ctx) {
        String param = ctx.queryParam("symbols");
        if (param == null || param.isBlank()) {
            throw SimRejection.invalid("symbols is required");
        }
        Set<String> symbols = new LinkedHashSet<>();
        for (String part : param.split(",")) {
            String symbol = part.trim();
            if (!SimAssets.SYMBOL.matcher(symbol).matches()) {
                throw SimRejection.invalidSymbol(symbol);
            }
            symbols.add(symbol);
        }
        List<SimMarketData> data = new ArrayList<>();
        Map<String, String> tapes = new LinkedHashMap<>();
        for (String symbol : symbols) {
            if (exchange.assets().exists(symbol)) {
                data.add(exchange.marketData(symbol));
                tapes.put(symbol, tape(symbol));
            }
        }
        ApiReplies.json(ctx, 200, SimWire.snapshots(data, tapes));
    }

    /** {@code GET /v2/assets?status=&asset_class=}: the listed universe. */
    private void assets(Context ctx) {
        String status = ctx.queryParam("status");
        if (status != null && !status.equals("active") && !status.equals("inactive")) {
            throw SimRejection.invalid("invalid status");
        }
        String assetClass = ctx.queryParam("asset_class");
        if (assetClass != null && !assetClass.equals(SimAssets.ASSET_CLASS)) {
            ApiReplies.json(ctx, 200, SimWire.assets(List.of()));
            return;
        }
        ApiReplies.json(ctx, 200, SimWire.assets(exchange.assets().list(status)));
    }

    /** The SIP tape of the listing exchange: A for NYSE, B for ARCA, C for NASDAQ. */
    private String tape(String symbol) {
        return switch (exchange.assets().exchange(symbol)) {
            case "NYSE" -> "A";
            case "ARCA" -> "B";
            default -> SimMarketData.TAPE_C;
        };
    }
}
