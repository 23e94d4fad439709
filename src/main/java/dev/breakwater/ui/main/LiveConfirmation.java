package dev.breakwater.ui.main;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * The gate in front of live trading: the trader types the account number the broker reported, and only
 * an exact match (surrounding spaces aside) lets the console start. Copying it from a label is not
 * offered on purpose: typing it is the moment of attention.
 */
public final class LiveConfirmation {

    private final String accountNumber;
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "");
    private final BooleanBinding matches;

    public LiveConfirmation(String accountNumber) {
        this.accountNumber = Objects.requireNonNull(accountNumber, "accountNumber");
        this.matches = Bindings.createBooleanBinding(
                () -> typed.get() != null && !accountNumber.isBlank() && typed.get().trim().equals(accountNumber),
                typed);
    }

    public String accountNumber() {
        return accountNumber;
    }

    public StringProperty typedProperty() {
        return typed;
    }

    /** True only while the typed text is the account number. */
    public BooleanBinding matchesProperty() {
        return matches;
    }

    public boolean confirmed() {
        return matches.get();
    }
}
