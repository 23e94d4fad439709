package dev.breakwater.ui.ticket;

import dev.breakwater.quotes.QuoteView;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Last, bid, ask and the quote's age as the ticket shows them; refreshed by the view model's tick. */
public final class QuoteStrip {

    private final ReadOnlyStringWrapper last = new ReadOnlyStringWrapper(this, "last", TicketTexts.NONE);
    private final ReadOnlyStringWrapper bid = new ReadOnlyStringWrapper(this, "bid", TicketTexts.NONE);
    private final ReadOnlyStringWrapper ask = new ReadOnlyStringWrapper(this, "ask", TicketTexts.NONE);
    private final ReadOnlyStringWrapper age = new ReadOnlyStringWrapper(this, "age", TicketTexts.NONE);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", true);
    private BigDecimal lastPrice;

    QuoteStrip() {
    }

    void show(Optional<QuoteView> quote, Instant now) {
        QuoteView view = quote.orElse(null);
        lastPrice = view == null ? null : view.last();
        last.set(TicketTexts.price(lastPrice));
        bid.set(TicketTexts.price(view == null ? null : view.bid()));
        ask.set(TicketTexts.price(view == null ? null : view.ask()));
        boolean isStale = view == null || view.stale() || !view.received();
        stale.set(isStale);
        if (view == null || !view.received()) {
            age.set(TicketTexts.NONE);
        } else if (view.stale()) {
            age.set("stale");
        } else {
            age.set(TicketTexts.age(Duration.between(view.receivedAt(), now)));
        }
    }

    /** The last trade price shown, or null. */
    BigDecimal lastPrice() {
        return lastPrice;
    }

    public ReadOnlyStringProperty lastProperty() {
        return last.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bidProperty() {
        return bid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty askProperty() {
        return ask.getReadOnlyProperty();
    }

    /** "0.8 s", "stale", or "—" before any quote. */
    public ReadOnlyStringProperty ageProperty() {
        return age.getReadOnlyProperty();
    }

    /** True without a fresh quote (the view mutes the strip). */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }
}
