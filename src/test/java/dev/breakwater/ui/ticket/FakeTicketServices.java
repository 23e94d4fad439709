package dev.breakwater.ui.ticket;

import dev.breakwater.domain.Asset;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.orders.SubmitOutcome;
import dev.breakwater.orders.Ticket;
import dev.breakwater.quotes.QuoteView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link TicketServices} for ticket tests: records what was opened, submitted and watched, answers
 * submits from a script (default: accepted, then "already placed" for an id it accepted before), and
 * serves quotes, assets and journal records the test sets.
 */
final class FakeTicketServices implements TicketServices {

    static final String ACCOUNT = "PA-TEST-1";

    final List<Ticket> opened = new ArrayList<>();
    final List<Ticket> submitted = new ArrayList<>();
    final List<String> watched = new ArrayList<>();
    final List<String> assetLookups = new ArrayList<>();
    final List<String> intentLookups = new ArrayList<>();
    final Map<String, QuoteView> quotes = new HashMap<>();
    final Map<String, Asset> assets = new HashMap<>();
    final Map<String, Intent> intents = new HashMap<>();
    final List<String> known = new ArrayList<>(List.of("AAPL", "AMZN", "MSFT", "KO"));
    private final Deque<Function<Ticket, SubmitOutcome>> script = new ArrayDeque<>();
    private final Map<String, String> placed = new HashMap<>();
    private int nextId = 1;

    FakeTicketServices() {
        for (String symbol : known) {
            assets.put(symbol, asset(symbol, true, true));
        }
    }

    static Asset asset(String symbol, boolean tradable, boolean fractionable) {
        return new Asset("id-" + symbol, "us_equity", "NASDAQ", symbol, symbol + " Inc.", "active", tradable, true,
                true, true, fractionable);
    }

    void quote(String symbol, String last, String bid, String ask, Instant receivedAt, boolean stale) {
        quotes.put(symbol, new QuoteView(symbol, dec(last), dec(bid), dec(ask), null, receivedAt, stale));
    }

    /** The next submit answers with {@code outcome} (applied to the submitted ticket's id). */
    void answerNext(Function<Ticket, SubmitOutcome> outcome) {
        script.addLast(outcome);
    }

    void journal(String clientOrderId, IntentState state, String brokerOrderId, String lastError) {
        Ticket ticket = opened.stream().filter(t -> t.clientOrderId().equals(clientOrderId)).findFirst().orElseThrow();
        intents.put(clientOrderId, new Intent(clientOrderId, ticket.ticketId(), ACCOUNT, ticket.request(), "{}", "hash",
                state, brokerOrderId, null, 1, lastError, Instant.EPOCH, Instant.EPOCH));
    }

    @Override
    public String account() {
        return ACCOUNT;
    }

    @Override
    public Ticket open(OrderRequest draft) {
        Ticket ticket = new Ticket("ticket-" + nextId, ACCOUNT, draft.withClientOrderId("bw-test-" + nextId));
        nextId++;
        opened.add(ticket);
        return ticket;
    }

    @Override
    public SubmitOutcome submit(Ticket ticket) {
        submitted.add(ticket);
        String id = ticket.clientOrderId();
        if (!script.isEmpty()) {
            SubmitOutcome outcome = script.removeFirst().apply(ticket);
            if (outcome instanceof SubmitOutcome.Accepted accepted) {
                placed.put(id, accepted.brokerOrderId());
            }
            return outcome;
        }
        if (placed.containsKey(id)) {
            return new SubmitOutcome.Accepted(id, placed.get(id), "new", null, true, null);
        }
        String orderId = "order-" + (placed.size() + 1);
        placed.put(id, orderId);
        return new SubmitOutcome.Accepted(id, orderId, "new", null, false, null);
    }

    @Override
    public Optional<Intent> intent(String clientOrderId) {
        intentLookups.add(clientOrderId);
        return Optional.ofNullable(intents.get(clientOrderId));
    }

    @Override
    public Optional<QuoteView> quote(String symbol) {
        return Optional.ofNullable(quotes.get(symbol));
    }

    @Override
    public void watch(String symbol) {
        watched.add(symbol);
    }

    @Override
    public Optional<Asset> asset(String symbol) {
        assetLookups.add(symbol);
        return Optional.ofNullable(assets.get(symbol));
    }

    @Override
    public List<String> knownSymbols() {
        return List.copyOf(known);
    }

    private static BigDecimal dec(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
