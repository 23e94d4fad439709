package dev.breakwater.broker;

/** One entry of cancel-all's 207 reply: the order and the HTTP status of its cancel request. */
public record CancelResult(String orderId, int status) {

    public boolean accepted() {
        return status >= 200 && status < 300;
    }
}
