package dev.breakwater.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A snapshot of what the simulated broker has seen and done: requests, faults injected, and every order
 * ever placed, so a test can count duplicates after a chaos run. {@link #toJson} is the body of
 * {@code GET /_sim/stats}:
 *
 * <pre>{@code
 * {
 *   "requests": {"api": 120, "control": 3, "unauthorized": 0, "rate_limited": 0,
 *                "by_status": {"200": 100, "404": 5, "429": 6, "503": 9}},
 *   "faults": {"latency": 120, "error": 9, "rate429": 6, "drop_after_accept": 4, "slow_reply": 1,
 *              "delayed_visibility": 5, "malformed": 2, "outage": 0, "stream_drop": 3, "stream_silence": 0},
 *   "injected_errors": {"500": 3, "503": 6},
 *   "stream": {"connects": 4, "open": 1, "max_concurrent": 1, "messages_sent": 80, "send_failures": 0,
 *              "drops_injected": 3, "silences_injected": 0, "replaced": 0},
 *   "orders_placed": 41,
 *   "orders": [{"id": "…", "client_order_id": "…", "symbol": "AAPL", "side": "buy", "qty": "10",
 *               "status": "filled", "created_at": "2026-11-29T15:04:05.123456789Z"}, …]
 * }
 * }</pre>
 *
 * {@code orders} is left out when asked for without orders ({@code ?orders=false}); {@code orders_placed}
 * is always there. {@code by_status} counts REST replies only (a cut connection counts the status that
 * was not sent).
 *
 * @param apiRequests       REST requests received (everything but {@code /_sim})
 * @param controlRequests   {@code /_sim} requests received
 * @param unauthorized      REST requests refused with 401
 * @param rateLimited       REST requests refused by the real rate limiter (injected 429s are faults)
 * @param repliesByStatus   REST replies by HTTP status
 * @param faults            faults injected, by kind
 * @param injectedErrors    injected 5xx replies, by status
 * @param stream            the {@code trade_updates} stream's own figures (connections, drops, …); its
 *                          drops and silences also appear under {@code faults} as {@code stream_drop} and
 *                          {@code stream_silence}
 * @param orders            every order the exchange ever accepted, oldest first, with its current status
 */
public record SimStats(
        long apiRequests,
        long controlRequests,
        long unauthorized,
        long rateLimited,
        Map<Integer, Long> repliesByStatus,
        Map<FaultKind, Long> faults,
        Map<Integer, Long> injectedErrors,
        StreamStats stream,
        List<PlacedOrder> orders) {

    /** One order the exchange accepted, as it is now. */
    public record PlacedOrder(String id, String clientOrderId, String symbol, String side, BigDecimal qty,
                              String status, Instant createdAt) {

        static PlacedOrder of(SimOrder order) {
            return new PlacedOrder(order.id(), order.clientOrderId(), order.symbol(), order.side().wire(),
                    order.qty(), order.status().wire(), order.createdAt());
        }
    }

    /** Copies. */
    public SimStats {
        repliesByStatus = Map.copyOf(repliesByStatus);
        faults = Map.copyOf(faults);
        injectedErrors = Map.copyOf(injectedErrors);
        orders = List.copyOf(orders);
    }

    /** How often this kind of fault was injected. */
    public long fault(FaultKind kind) {
        return faults.getOrDefault(kind, 0L);
    }

    /** How many REST replies had this status. */
    public long replies(int status) {
        return repliesByStatus.getOrDefault(status, 0L);
    }

    /** The orders placed with this client order id (more than one would be a duplicate). */
    public List<PlacedOrder> ordersWithClientOrderId(String clientOrderId) {
        return orders.stream().filter(o -> clientOrderId.equals(o.clientOrderId())).toList();
    }

    /** The {@code GET /_sim/stats} body; {@code withOrders} false leaves the order list out. */
    public byte[] toJson(boolean withOrders) {
        ObjectNode root = SimWire.mapper().createObjectNode();
        ObjectNode requests = root.putObject("requests");
        requests.put("api", apiRequests);
        requests.put("control", controlRequests);
        requests.put("unauthorized", unauthorized);
        requests.put("rate_limited", rateLimited);
        ObjectNode byStatus = requests.putObject("by_status");
        new TreeMap<>(repliesByStatus).forEach((status, count) -> byStatus.put(String.valueOf(status), count));
        ObjectNode faultNode = root.putObject("faults");
        for (FaultKind kind : FaultKind.values()) {
            faultNode.put(kind.wire(), fault(kind));
        }
        faultNode.put("stream_drop", stream.dropsInjected());
        faultNode.put("stream_silence", stream.silencesInjected());
        ObjectNode errors = root.putObject("injected_errors");
        new TreeMap<>(injectedErrors).forEach((status, count) -> errors.put(String.valueOf(status), count));
        ObjectNode streamNode = root.putObject("stream");
        streamNode.put("connects", stream.connects());
        streamNode.put("open", stream.open());
        streamNode.put("max_concurrent", stream.maxConcurrent());
        streamNode.put("messages_sent", stream.messagesSent());
        streamNode.put("send_failures", stream.sendFailures());
        streamNode.put("drops_injected", stream.dropsInjected());
        streamNode.put("silences_injected", stream.silencesInjected());
        streamNode.put("replaced", stream.replaced());
        root.put("orders_placed", orders.size());
        if (withOrders) {
            ArrayNode list = root.putArray("orders");
            for (PlacedOrder order : orders) {
                ObjectNode node = list.addObject();
                node.put("id", order.id());
                node.put("client_order_id", order.clientOrderId());
                node.put("symbol", order.symbol());
                node.put("side", order.side());
                node.put("qty", order.qty() == null ? null : order.qty().toPlainString());
                node.put("status", order.status());
                node.put("created_at", SimWire.time(order.createdAt()));
            }
        }
        try {
            return SimWire.mapper().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
