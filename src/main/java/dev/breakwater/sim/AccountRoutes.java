package dev.breakwater.sim;

import io.javalin.config.RoutesConfig;

/** The account, positions and clock endpoints of Alpaca's Trading API v2. */
final class AccountRoutes {

    private final SimExchange exchange;

    AccountRoutes(SimExchange exchange) {
        this.exchange = exchange;
    }

    void register(RoutesConfig routes, ApiPipeline pipeline) {
        routes.get("/v2/account", pipeline.wrap(ctx -> ApiReplies.json(ctx, 200, SimWire.account(exchange.account()))));
        routes.get("/v2/positions", pipeline.wrap(ctx -> ApiReplies.json(ctx, 200, SimWire.positions(exchange.positions()))));
        routes.get("/v2/positions/{symbol}", pipeline.wrap(ctx ->
                ApiReplies.json(ctx, 200, SimWire.position(exchange.position(ctx.pathParam("symbol"))))));
        routes.get("/v2/clock", pipeline.wrap(ctx -> ApiReplies.json(ctx, 200, SimWire.clock(exchange.clock()))));
    }
}
