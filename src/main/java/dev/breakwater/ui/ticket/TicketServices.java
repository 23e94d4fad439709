package dev.breakwater.ui.ticket;

import dev.breakwater.domain.Asset;
import dev.breakwater.journal.Intent;
import dev.breakwater.orders.SubmitOutcome;
import dev.breakwater.orders.Ticket;
import dev.breakwater.quotes.QuoteView;
import java.util.List;
import java.util.Optional;

/**
 * What the order ticket needs from the rest of the console. The app implements it over the order
 * service, the journal, the quote service and the asset directory; tests use a fake. Methods marked
 * blocking are only called through {@link dev.breakwater.ui.BackgroundWork}.
 */
public interface TicketServices {

    /** The broker account the tickets are for. */
    String account();

    /** A new ticket for {@code draft}: new ticket id, newly minted client_order_id. */
    Ticket open(dev.breakwater.domain.OrderRequest draft);

    /** Blocking: sends (or resolves) the ticket; never throws for broker outcomes. */
    SubmitOutcome submit(Ticket ticket);

    /** Blocking: the journal's current record of an id, to follow an Unknown outcome until it settles. */
    Optional<Intent> intent(String clientOrderId);

    /** Non-blocking: the latest quote held for a watched symbol. */
    Optional<QuoteView> quote(String symbol);

    /** Non-blocking: starts polling quotes for {@code symbol} (idempotent). */
    void watch(String symbol);

    /** Blocking (the first call may load the asset list): the broker's asset, empty when unknown. */
    Optional<Asset> asset(String symbol);

    /** Symbols to offer for completion: positions first, then recently traded, most recent first. */
    List<String> knownSymbols();
}
