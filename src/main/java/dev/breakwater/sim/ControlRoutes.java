package dev.breakwater.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The simulator's own control endpoints under {@code /_sim}. They need <b>no authentication</b> and are
 * never subject to faults or the rate limit: they are chaos controls for whoever runs the simulator on
 * this machine (the server listens on loopback only). Served on the API port and on the control port,
 * which stays open during an outage.
 * <ul>
 *   <li>{@code GET /_sim/faults}: the fault plan as a JSON object with {@link FaultPlan#NAMES};</li>
 *   <li>{@code PUT /_sim/faults}: changes the plan and returns the new one. A JSON object is
 *       <em>merged</em> into the current plan: settings it names change, the others stay; an optional
 *       {@code "preset"} entry is applied first (so {@code {"preset":"none"}} resets everything). Any
 *       other body is read as a spec string and replaces the plan ({@code chaos,stream_drop_every_s=5}).
 *       A bad name or value → 400 {@code {"code":40010000,"message":…}} naming it, plan unchanged;</li>
 *   <li>{@code GET /_sim/stats[?orders=false]}: {@link SimStats#toJson}.</li>
 * </ul>
 */
final class ControlRoutes {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final SimulatedBroker broker;
    private final ServerStats stats;

    ControlRoutes(SimulatedBroker broker, ServerStats stats) {
        this.broker = broker;
        this.stats = stats;
    }

    void register(RoutesConfig routes) {
        routes.get("/_sim/faults", this::getFaults);
        routes.put("/_sim/faults", this::putFaults);
        routes.get("/_sim/stats", this::getStats);
    }

    private void getFaults(Context ctx) {
        stats.countControlRequest();
        ApiReplies.json(ctx, 200, planJson(broker.faults()));
    }

    private void putFaults(Context ctx) {
        stats.countControlRequest();
        String body = ctx.body().trim();
        if (body.isEmpty()) {
            badRequest(ctx, "a fault plan is required: a JSON object or a spec string");
            return;
        }
        FaultPlan plan;
        try {
            if (body.startsWith("{")) {
                plan = broker.faults().withValues(SimWire.mapper().readValue(body, OBJECT));
            } else {
                plan = FaultPlan.parse(body);
            }
        } catch (JsonProcessingException e) {
            badRequest(ctx, "request body format is invalid");
            return;
        } catch (IllegalArgumentException e) {
            badRequest(ctx, e.getMessage());
            return;
        }
        broker.setFaults(plan);
        ApiReplies.json(ctx, 200, planJson(plan));
    }

    private void getStats(Context ctx) {
        stats.countControlRequest();
        ApiReplies.json(ctx, 200, broker.stats().toJson(!"false".equals(ctx.queryParam("orders"))));
    }

    private static void badRequest(Context ctx, String message) {
        ApiReplies.json(ctx, 400, SimWire.error(new SimRejection(400, SimRejection.CODE_MALFORMED, message)));
    }

    private static byte[] planJson(FaultPlan plan) {
        try {
            return SimWire.mapper().writeValueAsBytes(plan.toMap());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of numbers always serialises", e);
        }
    }
}
