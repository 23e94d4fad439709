package dev.breakwater.journal;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import java.time.Instant;
import java.util.Objects;

/** What a new intent row holds, with its first audit event: a created intent's or an adopted one's. */
record NewIntent(OrderRequest request, String ticketId, String account, IntentState state, String brokerOrderId,
                 String brokerStatus, int attempts, Instant createdAt, Instant updatedAt, String eventKind,
                 String eventDetail) {

    /** A click's (or a draft's) intent: PENDING, or SENDING with its first attempt counted. */
    static NewIntent journaled(String ticketId, String account, OrderRequest request, IntentState initial,
                               Instant now) {
        Objects.requireNonNull(request, "request");
        if (initial != IntentState.PENDING && initial != IntentState.SENDING) {
            throw new IllegalArgumentException("an intent starts PENDING or SENDING, not " + initial);
        }
        return new NewIntent(request, ticketId, account, initial, null, null,
                initial == IntentState.SENDING ? 1 : 0, now, now, JOURNALED, journaledDetail(initial));
    }

    /** An order found at the broker with no intent on record: ACCEPTED, created when the broker made it. */
    static NewIntent adopted(Order brokerOrder, String account, Instant now) {
        Objects.requireNonNull(brokerOrder, "brokerOrder");
        Instant createdAt = brokerOrder.createdAt() == null ? now
                : IntentRows.truncate(brokerOrder.createdAt().toInstant());
        String status = brokerOrder.status() == null ? null : brokerOrder.status().wire();
        return new NewIntent(AdoptedRequest.of(brokerOrder), null, account, IntentState.ACCEPTED,
                brokerOrder.id(), status, 1, createdAt, now, "RECOVERED",
                "found at the broker with no intent on record (broker status " + status + ")");
    }

    /** The kind of a created intent's first event. */
    static final String JOURNALED = "JOURNALED";

    /** The detail of a created intent's first event, which its initial state decides. */
    static String journaledDetail(IntentState initial) {
        return initial == IntentState.SENDING ? "journaled and released to the wire" : "journaled";
    }

    /** The intent as it will be read back: canonical request, hash, times as stored. */
    Intent toIntent() {
        String clientOrderId = request.clientOrderId();
        if (clientOrderId == null || clientOrderId.isBlank()) {
            throw new IllegalArgumentException("an intent needs the request's client_order_id");
        }
        String json = CanonicalRequest.json(request);
        if (json.length() > IntentRows.MAX_TEXT) {
            throw new IllegalArgumentException("request of " + clientOrderId + " is too long to journal ("
                    + json.length() + " characters of JSON, at most " + IntentRows.MAX_TEXT + ")");
        }
        return new Intent(clientOrderId, ticketId, account, CanonicalRequest.parse(json), json,
                CanonicalRequest.sha256(json), state, brokerOrderId, brokerStatus, attempts, null, createdAt,
                updatedAt);
    }
}
