package dev.breakwater.sim;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order endpoints of Alpaca's Trading API v2, over a {@link SimExchange}. Request rules and reply
 * shapes come from the exchange's own types ({@link SimOrderRequest}, {@link SimOrderQuery},
 * {@link SimReplaceRequest}, {@link SimWire}); this class only maps HTTP onto them, and hides orders that
 * are still inside the delayed-visibility window from reads.
 */
final class OrderRoutes {

    /** The colon belongs to the path (Alpaca's spelling); Javalin matches it literally. */
    static final String BY_CLIENT_ORDER_ID = "/v2/orders:by_client_order_id";

    private final SimExchange exchange;
    private final FaultInjector faults;
    private final Clock clock;

    OrderRoutes(SimExchange exchange, FaultInjector faults, Clock clock) {
        this.exchange = exchange;
        this.faults = faults;
        this.clock = clock;
    }

    void register(RoutesConfig routes, ApiPipeline pipeline) {
        routes.post("/v2/orders", pipeline.wrapPlacement(this::place));
        routes.get("/v2/orders", pipeline.wrap(this::list));
        routes.delete("/v2/orders", pipeline.wrap(this::cancelAll));
        routes.get(BY_CLIENT_ORDER_ID, pipeline.wrap(this::getByClientOrderId));
        routes.get("/v2/orders/{id}", pipeline.wrap(this::get));
        routes.patch("/v2/orders/{id}", pipeline.wrap(this::replace));
        routes.delete("/v2/orders/{id}", pipeline.wrap(this::cancel));
    }

    /** {@code POST /v2/orders}: 200 with the new order. */
    private void place(Context ctx) {
        SimOrder order = exchange.place(SimOrderRequest.fromJson(ctx.bodyAsBytes()));
        ApiReplies.json(ctx, 200, SimWire.order(order));
    }

    /** {@code GET /v2/orders}: the orders matching the query parameters. */
    private void list(Context ctx) {
        SimOrderQuery query = SimOrderQuery.fromParams(firstValues(ctx));
        if (faults.plan().delayedVisibilityMs() == 0) {
            ApiReplies.json(ctx, 200, SimWire.orders(exchange.list(query)));
            return;
        }
        // Ask for the largest page, drop the hidden orders, then cut to the page size asked for, so hiding
        // the newest orders does not shorten the page.
        Instant now = clock.instant();
        List<SimOrder> all = exchange.list(query.withLimit(SimOrderQuery.MAX_LIMIT));
        List<SimOrder> visible = all.stream().filter(o -> !faults.hides(o.createdAt(), now)).toList();
        if (visible.size() < all.size()) {
            faults.countHidden();
        }
        ApiReplies.json(ctx, 200, SimWire.orders(visible.subList(0, Math.min(query.limit(), visible.size()))));
    }

    /** {@code GET /v2/orders/{id}}, with an optional {@code nested}. */
    private void get(Context ctx) {
        SimOrder order = exchange.get(ctx.pathParam("id"), booleanParam(ctx, "nested"));
        ApiReplies.json(ctx, 200, SimWire.order(visible(order)));
    }

    /** {@code GET /v2/orders:by_client_order_id?client_order_id=…}. */
    private void getByClientOrderId(Context ctx) {
        String clientOrderId = ctx.queryParam("client_order_id");
        if (clientOrderId == null || clientOrderId.isBlank()) {
            throw SimRejection.invalid("client_order_id is required");
        }
        ApiReplies.json(ctx, 200, SimWire.order(visible(exchange.getByClientOrderId(clientOrderId))));
    }

    /** {@code PATCH /v2/orders/{id}}: 200 with the replacement order (a new id). */
    private void replace(Context ctx) {
        SimOrder order = exchange.replace(ctx.pathParam("id"), SimReplaceRequest.fromJson(ctx.bodyAsBytes()));
        ApiReplies.json(ctx, 200, SimWire.order(order));
    }

    /** {@code DELETE /v2/orders/{id}}: 204 with no body once canceled. */
    private void cancel(Context ctx) {
        exchange.cancel(ctx.pathParam("id"));
        ctx.status(204);
    }

    /** {@code DELETE /v2/orders}: 207 with one {@code {id, status}} per order attempted. */
    private void cancelAll(Context ctx) {
        ApiReplies.json(ctx, 207, SimWire.cancelAll(exchange.cancelAll()));
    }

    /** The order, or 404 while it is inside the delayed-visibility window. */
    private SimOrder visible(SimOrder order) {
        if (faults.hides(order.createdAt(), clock.instant())) {
            faults.countHidden();
            throw SimRejection.orderNotFound();
        }
        return order;
    }

    private static boolean booleanParam(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return false;
        }
        if (!"true".equals(value) && !"false".equals(value)) {
            throw SimRejection.invalid("invalid " + name);
        }
        return Boolean.parseBoolean(value);
    }

    private static Map<String, String> firstValues(Context ctx) {
        Map<String, String> params = new HashMap<>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!values.isEmpty()) {
                params.put(name, values.get(0));
            }
        });
        return params;
    }
}
