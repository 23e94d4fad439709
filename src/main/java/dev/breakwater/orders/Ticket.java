package dev.breakwater.orders;

import dev.breakwater.domain.ClientOrderIds;
import dev.breakwater.domain.OrderRequest;
import java.util.Objects;
import java.util.UUID;

/**
 * An order ticket as the trader filled it in. Its client_order_id is minted when the ticket is created
 * and travels with every click of it: clicking "send" again on the same ticket can therefore never
 * place a second order. A new ticket (also one copied from an old one) gets a new id.
 *
 * @param ticketId the ticket's own id, for the journal and the blotter
 * @param account  the broker account number the order is for
 * @param request  the order, carrying its client_order_id
 */
public record Ticket(String ticketId, String account, OrderRequest request) {

    public Ticket {
        requireText(ticketId, "ticketId");
        requireText(account, "account");
        Objects.requireNonNull(request, "request");
        if (request.clientOrderId() == null || request.clientOrderId().isBlank()) {
            // Without its own id a resend could not be told from a second order.
            throw new IllegalArgumentException("a ticket's order carries its client_order_id from the start");
        }
    }

    /** A new ticket for {@code draft}: a new ticket id and a newly minted client_order_id. */
    public static Ticket open(String account, OrderRequest draft, ClientOrderIds ids) {
        return new Ticket(UUID.randomUUID().toString(), account, draft.withClientOrderId(ids.next()));
    }

    /** The key of the order everywhere: journal, broker, stream. */
    public String clientOrderId() {
        return request.clientOrderId();
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
