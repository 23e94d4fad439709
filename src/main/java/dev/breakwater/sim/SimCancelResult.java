package dev.breakwater.sim;

/**
 * One entry of the {@code DELETE /v2/orders} (207 Multi-Status) reply: the order attempted and the HTTP
 * status of its cancel (200 when canceled, 500 when it could not be).
 */
public record SimCancelResult(String id, int status) {
}
