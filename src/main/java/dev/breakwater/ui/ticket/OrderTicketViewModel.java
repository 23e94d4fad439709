package dev.breakwater.ui.ticket;

import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.PrecautionLimits;
import dev.breakwater.domain.PrecautionWarning;
import dev.breakwater.domain.Precautions;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.journal.Intent;
import dev.breakwater.orders.SubmitOutcome;
import dev.breakwater.orders.Ticket;
import dev.breakwater.quotes.QuoteView;
import dev.breakwater.ui.BackgroundWork;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The order ticket: inputs, what they allow, the reasons at each field, the quote strip, and the submit
 * flow ({@link TicketState}). Plain JavaFX beans, no toolkit; everything slow goes through
 * {@link BackgroundWork}, and {@link #tick()} (every 500 ms on the FX thread) refreshes the quote and
 * follows an Unknown outcome through the journal.
 *
 * <p>The one promise it keeps above all: a ticket, once handed to the order service, is re-submitted as
 * the same {@link Ticket} object on every later click, so a click can resolve or repeat an answer but
 * never place a second order. Only {@link #newTicket()} leads to a new client_order_id.
 */
public final class OrderTicketViewModel {

    private final TicketServices services;
    private final BackgroundWork work;
    private final Clock clock;
    private final TicketInputs inputs = new TicketInputs();
    private final TicketForm form = new TicketForm(inputs);
    private final QuoteStrip quote = new QuoteStrip();
    private final RecentSends recent = new RecentSends();

    private final ReadOnlyStringWrapper estimatedValue = new ReadOnlyStringWrapper(this, "estimatedValue", TicketTexts.NONE);

    private final ReadOnlyObjectWrapper<TicketState> state = new ReadOnlyObjectWrapper<>(this, "state", TicketState.EDITING);
    private final ReadOnlyStringWrapper stateMessage = new ReadOnlyStringWrapper(this, "stateMessage", "");
    private final ReadOnlyStringWrapper clientOrderId = new ReadOnlyStringWrapper(this, "clientOrderId", "");
    private final ReadOnlyStringWrapper primaryText = new ReadOnlyStringWrapper(this, "primaryText", "");
    private final ReadOnlyBooleanWrapper canSubmit = new ReadOnlyBooleanWrapper(this, "canSubmit");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canStartNewTicket = new ReadOnlyBooleanWrapper(this, "canStartNewTicket", true);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable", true);
    private final ObservableList<PrecautionWarning> warnings = FXCollections.observableArrayList();
    private final ObservableList<PrecautionWarning> warningsView = FXCollections.unmodifiableObservableList(warnings);
    private final ObservableList<TimeInForce> tifsView = FXCollections.unmodifiableObservableList(form.validTifs);

    private final Set<String> assetsAsked = new HashSet<>();
    private PrecautionLimits limits = PrecautionLimits.defaults();
    private boolean reviewBeforeSend = true;
    private Ticket ticket;
    private boolean recomputing;
    private boolean resolving;

    public OrderTicketViewModel(TicketServices services, BackgroundWork work, Clock clock) {
        this.services = Objects.requireNonNull(services, "services");
        this.work = Objects.requireNonNull(work, "work");
        this.clock = Objects.requireNonNull(clock, "clock");
        inputs.all().forEach(input -> input.addListener(changed -> recompute()));
        inputs.symbol.addListener((o, was, now) -> symbolChanged());
        state.addListener((o, was, now) -> refreshFlow());
        recompute();
    }

    // ---- Commands --------------------------------------------------------------------------------------

    /** The primary button and the submit hotkey: submit, send anyway, confirm, or submit the same ticket again. */
    public void submit() {
        switch (state.get()) {
            case EDITING -> start();
            case PRECAUTION -> overridePrecautions();
            case DUPLICATE -> sendDuplicate();
            case REVIEW -> confirm();
            case SENDING, JOURNAL_FAILURE -> {
                // A send is in flight, or trading is stopped: a click must not start anything.
            }
            default -> send();
        }
    }

    /** "Send anyway" on the precaution prompt. */
    public void overridePrecautions() {
        if (state.get() == TicketState.PRECAUTION) {
            afterPrecautions();
        }
    }

    /** "Send anyway" on the duplicate question. */
    public void sendDuplicate() {
        if (state.get() == TicketState.DUPLICATE) {
            afterDuplicateCheck();
        }
    }

    /** "Confirm" on the review. */
    public void confirm() {
        if (state.get() == TicketState.REVIEW) {
            send();
        }
    }

    /** Back to editing from a question; the ticket is discarded (nothing was journaled or sent). */
    public void back() {
        if (state.get().asking()) {
            discardTicket();
        }
    }

    /** Unlocks the inputs, keeping their values; the next submit mints a new client_order_id. */
    public void newTicket() {
        if (state.get() != TicketState.SENDING) {
            discardTicket();
        }
    }

    public void buy() {
        setSide(Side.BUY);
    }

    public void sell() {
        setSide(Side.SELL);
    }

    /** Refreshes the quote strip and follows an Unknown outcome; the shell calls it every 500 ms on the FX thread. */
    public void tick() {
        refreshQuote();
        if (state.get() == TicketState.UNKNOWN && !resolving && ticket != null) {
            resolving = true;
            Ticket asked = ticket;
            work.run("resolve " + asked.clientOrderId(), () -> services.intent(asked.clientOrderId()),
                    intent -> {
                        resolving = false;
                        if (ticket == asked && state.get() == TicketState.UNKNOWN) {
                            settle(intent);
                        }
                    },
                    failure -> resolving = false);
        }
    }

    public void setPrecautions(PrecautionLimits value) {
        limits = Objects.requireNonNull(value, "limits");
    }

    public void setReviewBeforeSend(boolean value) {
        reviewBeforeSend = value;
    }

    /**
     * Completion for the symbol field: known symbols (positions first, then recent) starting with what was
     * typed. Reads only {@link TicketServices#knownSymbols()}, so the completion popup may call it from its
     * own thread.
     */
    public List<String> completions(String typed) {
        String prefix = typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
        return services.knownSymbols().stream()
                .filter(symbol -> symbol.toUpperCase(Locale.ROOT).startsWith(prefix))
                .distinct()
                .limit(20)
                .toList();
    }

    // ---- The flow --------------------------------------------------------------------------------------

    private void start() {
        recompute();
        if (!form.inputsValid.get()) {
            return;
        }
        ticket = services.open(form.draft().request());
        clientOrderId.set(ticket.clientOrderId());
        String symbol = ticket.request().symbol();
        BigDecimal last = services.quote(symbol).map(QuoteView::last).orElse(null);
        List<PrecautionWarning> found = Precautions.check(ticket.request(), last, limits);
        warnings.setAll(found);
        if (found.isEmpty()) {
            afterPrecautions();
            return;
        }
        StringBuilder text = new StringBuilder("Precautions");
        found.forEach(w -> text.append("\n• ").append(w.message()));
        enter(TicketState.PRECAUTION, text.append("\nSend anyway?").toString());
    }

    private void afterPrecautions() {
        Optional<RecentSends.Sent> twin = recent.identical(ticket.request(), clock.instant());
        if (twin.isEmpty()) {
            afterDuplicateCheck();
            return;
        }
        Duration ago = Duration.between(twin.get().at(), clock.instant());
        enter(TicketState.DUPLICATE, "An identical order was sent " + TicketTexts.age(ago) + " ago ("
                + twin.get().clientOrderId() + "). Send another one?");
    }

    private void afterDuplicateCheck() {
        if (reviewBeforeSend) {
            enter(TicketState.REVIEW, TicketTexts.summary(ticket.request(),
                    Precautions.estimatedValue(ticket.request(), quote.lastPrice()), services.account()));
        } else {
            send();
        }
    }

    /** Hands the ticket to the order service: the first send, or any later click on the same ticket. */
    private void send() {
        Ticket sending = ticket;
        if (sending == null || state.get() == TicketState.SENDING) {
            return;
        }
        if (!state.get().sent()) {
            recent.record(sending.request(), clock.instant());
        }
        enter(TicketState.SENDING, "Sending " + sending.clientOrderId() + "…");
        work.run("submit " + sending.clientOrderId(), () -> services.submit(sending),
                outcome -> {
                    if (ticket == sending) {
                        show(outcome);
                    }
                },
                failure -> {
                    // The bytes may have left: only the journal can say, so this is Unknown, never Not sent.
                    if (ticket == sending) {
                        enter(TicketState.UNKNOWN, "Unknown — resolving… (" + failure.getMessage() + ")");
                    }
                });
    }

    private void show(SubmitOutcome outcome) {
        if (outcome instanceof SubmitOutcome.Accepted accepted) {
            String text = (accepted.alreadyPlaced() ? "Already placed" : "Accepted") + " — order "
                    + (accepted.brokerOrderId() == null ? "id not yet known" : accepted.brokerOrderId())
                    + (accepted.brokerStatus() == null ? "" : " (" + accepted.brokerStatus() + ")")
                    + (accepted.journalWarning() == null ? "" : "\nJournal: " + accepted.journalWarning());
            enter(TicketState.ACCEPTED, text);
        } else if (outcome instanceof SubmitOutcome.Rejected rejected) {
            enter(TicketState.REJECTED, "Rejected: " + rejected.reason());
        } else if (outcome instanceof SubmitOutcome.Unknown unknown) {
            enter(TicketState.UNKNOWN, "Unknown — resolving…\n" + unknown.reason());
        } else if (outcome instanceof SubmitOutcome.NotSent notSent) {
            enter(TicketState.NOT_SENT, notSentText(notSent.reason()));
        } else if (outcome instanceof SubmitOutcome.Conflict conflict) {
            enter(TicketState.CONFLICT, conflict.reason());
        } else if (outcome instanceof SubmitOutcome.JournalFailure failure) {
            enter(TicketState.JOURNAL_FAILURE, "Trading stopped: " + failure.message());
        }
    }

    private void settle(Optional<Intent> known) {
        if (known.isEmpty() || !known.get().state().isResolved()) {
            return;
        }
        Intent intent = known.get();
        switch (intent.state()) {
            case ACCEPTED -> enter(TicketState.ACCEPTED, "Accepted — order "
                    + (intent.brokerOrderId() == null ? "id not yet known" : intent.brokerOrderId()));
            case REJECTED -> enter(TicketState.REJECTED, "Rejected: "
                    + (intent.lastError() == null ? "the broker refused the order" : intent.lastError()));
            default -> enter(TicketState.NOT_SENT, notSentText(intent.lastError()));
        }
    }

    private static String notSentText(String reason) {
        return "Not sent: " + (reason == null ? "the order never reached the broker" : reason)
                + "\nSubmit again sends this same ticket (same client_order_id).";
    }

    private void discardTicket() {
        ticket = null;
        clientOrderId.set("");
        warnings.clear();
        enter(TicketState.EDITING, "");
    }

    private void enter(TicketState next, String message) {
        stateMessage.set(message);
        state.set(next);
        refreshFlow();
    }

    private void setSide(Side side) {
        if (editable.get()) {
            inputs.side.set(side);
        }
    }

    // ---- Derived state ---------------------------------------------------------------------------------

    private void recompute() {
        if (recomputing) {
            return;
        }
        recomputing = true;
        try {
            form.update();
            showEstimatedValue();
        } finally {
            recomputing = false;
        }
        refreshFlow();
    }

    private void symbolChanged() {
        String symbol = inputs.normalizedSymbol();
        if (form.symbolWellFormed()) {
            services.watch(symbol);
            if (assetsAsked.add(symbol)) {
                work.run("asset " + symbol, () -> services.asset(symbol),
                        asset -> {
                            form.assetKnown(symbol, asset);
                            recompute();
                        },
                        failure -> assetsAsked.remove(symbol)); // not known: the broker judges, and a retype asks again
            }
        }
        refreshQuote();
    }

    private void refreshQuote() {
        String symbol = inputs.normalizedSymbol();
        quote.show(symbol.isEmpty() ? Optional.empty() : services.quote(symbol), clock.instant());
        showEstimatedValue();
    }

    private void showEstimatedValue() {
        if (form.draft() != null) {
            estimatedValue.set(TicketTexts.money(Precautions.estimatedValue(form.draft().request(), quote.lastPrice())));
        }
    }

    private void refreshFlow() {
        TicketState current = state.get();
        editable.set(current == TicketState.EDITING);
        canGoBack.set(current.asking());
        canStartNewTicket.set(current != TicketState.SENDING);
        canSubmit.set(switch (current) {
            case EDITING -> form.inputsValid.get();
            case SENDING, JOURNAL_FAILURE -> false;
            default -> true;
        });
        String symbol = inputs.normalizedSymbol();
        String order = TicketTexts.label(inputs.side.get()) + (symbol.isEmpty() ? "" : " " + symbol);
        primaryText.set(switch (current) {
            case EDITING -> order;
            case PRECAUTION, DUPLICATE -> "Send anyway";
            case REVIEW -> "Confirm " + order;
            case SENDING -> "Sending…";
            case JOURNAL_FAILURE -> "Trading stopped";
            default -> "Submit again";
        });
    }

    // ---- Inputs (writable; the view binds them both ways) ----------------------------------------------

    public StringProperty symbolProperty() {
        return inputs.symbol;
    }

    public ObjectProperty<Side> sideProperty() {
        return inputs.side;
    }

    public ObjectProperty<Sizing> sizingProperty() {
        return inputs.sizing;
    }

    public StringProperty qtyProperty() {
        return inputs.qty;
    }

    public StringProperty notionalProperty() {
        return inputs.notional;
    }

    public ObjectProperty<OrderType> typeProperty() {
        return inputs.type;
    }

    public ObjectProperty<TimeInForce> timeInForceProperty() {
        return inputs.timeInForce;
    }

    public StringProperty limitPriceProperty() {
        return inputs.limitPrice;
    }

    public StringProperty stopPriceProperty() {
        return inputs.stopPrice;
    }

    public StringProperty trailPriceProperty() {
        return inputs.trailPrice;
    }

    public StringProperty trailPercentProperty() {
        return inputs.trailPercent;
    }

    public BooleanProperty extendedHoursProperty() {
        return inputs.extendedHours;
    }

    public BooleanProperty bracketProperty() {
        return inputs.bracket;
    }

    public StringProperty takeProfitProperty() {
        return inputs.takeProfit;
    }

    public StringProperty stopLossProperty() {
        return inputs.stopLoss;
    }

    /** Optional: makes the stop-loss leg a stop-limit. */
    public StringProperty stopLossLimitProperty() {
        return inputs.stopLossLimit;
    }

    // ---- Derived, read-only ----------------------------------------------------------------------------

    /** The order types offered, in the order the type combo lists them. */
    public List<OrderType> orderTypes() {
        return TypeRules.orderTypes();
    }

    /** The times in force valid for the current inputs (the TIF combo's items). */
    public ObservableList<TimeInForce> timesInForce() {
        return tifsView;
    }

    public ReadOnlyBooleanProperty limitEnabledProperty() {
        return form.limitEnabled.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty stopEnabledProperty() {
        return form.stopEnabled.getReadOnlyProperty();
    }

    /** Trail price and trail percent. */
    public ReadOnlyBooleanProperty trailEnabledProperty() {
        return form.trailEnabled.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty extendedHoursEnabledProperty() {
        return form.extendedHoursEnabled.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty bracketEnabledProperty() {
        return form.bracketEnabled.getReadOnlyProperty();
    }

    /** The reason(s) at {@code field}, "" when it is fine. */
    public ReadOnlyStringProperty errorProperty(TicketField field) {
        return form.errors.get(field).getReadOnlyProperty();
    }

    /** True when no field has an error. */
    public ReadOnlyBooleanProperty inputsValidProperty() {
        return form.inputsValid.getReadOnlyProperty();
    }

    /** "$18,750.00", or "—" without a quantity or a price. */
    public ReadOnlyStringProperty estimatedValueProperty() {
        return estimatedValue.getReadOnlyProperty();
    }

    public QuoteStrip quote() {
        return quote;
    }

    // ---- The flow, read-only ---------------------------------------------------------------------------

    public ReadOnlyObjectProperty<TicketState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Warnings, the duplicate question, the review summary, or the outcome; "" while editing. */
    public ReadOnlyStringProperty stateMessageProperty() {
        return stateMessage.getReadOnlyProperty();
    }

    /** The ticket's client_order_id from the moment it is minted; "" while editing. */
    public ReadOnlyStringProperty clientOrderIdProperty() {
        return clientOrderId.getReadOnlyProperty();
    }

    /** "Buy AAPL", "Send anyway", "Confirm Buy AAPL", "Sending…", "Submit again". */
    public ReadOnlyStringProperty primaryTextProperty() {
        return primaryText.getReadOnlyProperty();
    }

    /** Whether {@link #submit()} does something now. */
    public ReadOnlyBooleanProperty canSubmitProperty() {
        return canSubmit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStartNewTicketProperty() {
        return canStartNewTicket.getReadOnlyProperty();
    }

    /** False from the moment a ticket is minted: its inputs are what it sends. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** The precautions the current ticket breaks (listed while {@link TicketState#PRECAUTION}). */
    public ObservableList<PrecautionWarning> warnings() {
        return warningsView;
    }
}
