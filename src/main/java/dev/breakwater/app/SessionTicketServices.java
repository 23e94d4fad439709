package dev.breakwater.app;

import dev.breakwater.domain.Asset;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.Position;
import dev.breakwater.journal.Intent;
import dev.breakwater.orders.SubmitOutcome;
import dev.breakwater.orders.Ticket;
import dev.breakwater.quotes.QuoteView;
import dev.breakwater.ui.ticket.TicketServices;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The order ticket's services over one console session: order path, journal, quotes, assets, positions. */
final class SessionTicketServices implements TicketServices {

    private static final int RECENT_SYMBOLS = 20;

    private final ConsoleSession session;
    private final Deque<String> recentSymbols = new ArrayDeque<>();
    private String watchedForTicket;

    SessionTicketServices(ConsoleSession session) {
        this.session = session;
    }

    @Override
    public String account() {
        return session.account();
    }

    @Override
    public Ticket open(OrderRequest draft) {
        return Ticket.open(session.account(), draft, session.ids);
    }

    @Override
    public SubmitOutcome submit(Ticket ticket) {
        remember(ticket.request().symbol());
        return session.stack.orders.submit(ticket);
    }

    @Override
    public Optional<Intent> intent(String clientOrderId) {
        return session.stack.journal.find(clientOrderId);
    }

    @Override
    public Optional<QuoteView> quote(String symbol) {
        return session.quotes().quote(symbol);
    }

    /**
     * The ticket asks for every well-formed symbol as it is typed ("A", "AA", "AAP", "AAPL"): only the
     * latest stays watched, so the quote budget is spent on what the trader is looking at.
     */
    @Override
    public synchronized void watch(String symbol) {
        if (symbol.equals(watchedForTicket)) {
            return;
        }
        if (watchedForTicket != null) {
            session.quotes().unwatch(watchedForTicket);
        }
        watchedForTicket = symbol;
        session.quotes().watch(symbol);
    }

    @Override
    public Optional<Asset> asset(String symbol) {
        return session.assets().find(symbol);
    }

    @Override
    public List<String> knownSymbols() {
        Set<String> symbols = new LinkedHashSet<>();
        for (Position position : session.live().positions()) {
            symbols.add(position.symbol());
        }
        synchronized (recentSymbols) {
            symbols.addAll(recentSymbols);
        }
        return List.copyOf(symbols);
    }

    private void remember(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            return;
        }
        synchronized (recentSymbols) {
            recentSymbols.remove(symbol);
            recentSymbols.addFirst(symbol);
            while (recentSymbols.size() > RECENT_SYMBOLS) {
                recentSymbols.removeLast();
            }
        }
    }
}
