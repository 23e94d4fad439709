package dev.breakwater.ui.settings;

import dev.breakwater.settings.LimitText;
import java.math.BigDecimal;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One precaution limit as the trader types it, with the reason it is refused (empty while valid). */
public final class LimitField {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    LimitField(BigDecimal initial) {
        text.addListener((o, was, now) -> validate());
        text.set(LimitText.format(initial));
        validate();
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Empty while the text is a positive number or blank; else why not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public boolean isValid() {
        return error.get().isEmpty();
    }

    /** The limit, or null when off. Only while {@link #isValid()}. */
    BigDecimal value() {
        return LimitText.parse(text.get());
    }

    private void validate() {
        try {
            LimitText.parse(text.get());
            error.set("");
        } catch (IllegalArgumentException refused) {
            error.set("Use " + LimitText.RULE);
        }
    }
}
