package dev.breakwater.journal;

import dev.breakwater.domain.OrderRequest;
import java.time.Instant;

/**
 * One order intent as the journal holds it: the full request (and its canonical JSON and hash, which
 * make a re-submit with different parameters detectable), where it stands, and what the broker said.
 *
 * @param clientOrderId the key: minted with the ticket, sent on every attempt, unique forever
 * @param ticketId      the ticket the trader filled in (a ticket keeps its client_order_id)
 * @param account       the broker account number the order is for
 * @param request       the order as it is (to be) sent
 * @param requestJson   canonical JSON of {@code request}: stable field order, decimals as plain strings
 * @param requestHash   SHA-256 of {@code requestJson}, hex
 * @param brokerOrderId the broker's order id once known, else null
 * @param brokerStatus  the broker's latest order status (wire string) once known, else null
 * @param attempts      how many times the order was released to the wire
 * @param lastError     the latest failure, as text without secrets, else null
 */
public record Intent(
        String clientOrderId,
        String ticketId,
        String account,
        OrderRequest request,
        String requestJson,
        String requestHash,
        IntentState state,
        String brokerOrderId,
        String brokerStatus,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant updatedAt) {
}
