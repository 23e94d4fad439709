package dev.breakwater.ui.ticket;

import dev.breakwater.domain.Asset;
import dev.breakwater.domain.AssetRules;
import dev.breakwater.domain.OrderValidator;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.domain.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the inputs allow and what is wrong with them: fields in use for the type, the valid times in
 * force, and the reasons per field (numbers that do not parse, {@link OrderValidator}'s violations, and
 * {@link AssetRules}' once the symbol's asset is known). Re-derived as a whole on every input change.
 */
final class TicketForm {

    final ReadOnlyBooleanWrapper limitEnabled = new ReadOnlyBooleanWrapper(this, "limitEnabled");
    final ReadOnlyBooleanWrapper stopEnabled = new ReadOnlyBooleanWrapper(this, "stopEnabled");
    final ReadOnlyBooleanWrapper trailEnabled = new ReadOnlyBooleanWrapper(this, "trailEnabled");
    final ReadOnlyBooleanWrapper extendedHoursEnabled = new ReadOnlyBooleanWrapper(this, "extendedHoursEnabled");
    final ReadOnlyBooleanWrapper bracketEnabled = new ReadOnlyBooleanWrapper(this, "bracketEnabled");
    final ObservableList<TimeInForce> validTifs = FXCollections.observableArrayList();
    final Map<TicketField, ReadOnlyStringWrapper> errors = new EnumMap<>(TicketField.class);
    final ReadOnlyBooleanWrapper inputsValid = new ReadOnlyBooleanWrapper(this, "inputsValid");

    private final OrderValidator validator = new OrderValidator();
    private final TypeRules rules = new TypeRules(validator);
    private final TicketInputs inputs;
    private final Map<String, Optional<Asset>> assets = new HashMap<>();
    private TicketInputs.Draft draft;

    TicketForm(TicketInputs inputs) {
        this.inputs = inputs;
        for (TicketField field : TicketField.values()) {
            errors.put(field, new ReadOnlyStringWrapper(this, field.name().toLowerCase(Locale.ROOT) + "Error", ""));
        }
    }

    /** The request the inputs make as of the last {@link #update()}. */
    TicketInputs.Draft draft() {
        return draft;
    }

    /** Re-derives everything; may correct the time in force (the first valid one when the chosen one is not). */
    void update() {
        TypeRules.Uses uses = rules.uses(inputs.type.get());
        limitEnabled.set(uses.limit());
        stopEnabled.set(uses.stop());
        trailEnabled.set(uses.trail());
        bracketEnabled.set(uses.bracket());
        boolean withBracket = uses.bracket() && inputs.bracket.get();
        extendedHoursEnabled.set(withBracket ? uses.extendedHoursWithBracket() : uses.extendedHours());
        TimeInForce chosen = inputs.timeInForce.get();
        TicketInputs.Draft next = inputs.draft(uses);
        List<TimeInForce> valid = rules.validTimesInForce(next.request());
        if (!valid.equals(validTifs)) {
            // A combo box bound to this list may clear its value while the list changes: keep the choice.
            validTifs.setAll(valid);
        }
        TimeInForce keep = valid.isEmpty() || valid.contains(chosen) ? chosen : valid.get(0);
        if (inputs.timeInForce.get() != keep) {
            inputs.timeInForce.set(keep);
        }
        if (keep != next.request().timeInForce()) {
            next = inputs.draft(uses);
        }
        draft = next;
        showErrors(next);
    }

    /** Records what the broker said about {@code symbol}; the next {@link #update()} judges the asset rules. */
    void assetKnown(String symbol, Optional<Asset> asset) {
        assets.put(symbol, asset);
    }

    /** True when the symbol has the shape of one (worth watching and looking up). */
    boolean symbolWellFormed() {
        String symbol = draft.request().symbol();
        return !symbol.isEmpty() && validator.validate(draft.request()).stream()
                .noneMatch(v -> v.field().equals("symbol"));
    }

    private void showErrors(TicketInputs.Draft current) {
        Map<TicketField, List<String>> found = new EnumMap<>(TicketField.class);
        current.parseErrors().forEach((field, message) -> add(found, field, message));
        List<Violation> violations = new ArrayList<>(validator.validate(current.request()));
        Optional<Asset> asset = assets.get(current.request().symbol());
        if (asset != null) {
            violations.addAll(AssetRules.check(current.request(), asset));
        }
        for (Violation violation : violations) {
            TicketField field = TicketField.ofViolation(violation.field());
            if (field == TicketField.QTY && inputs.sizing.get() == Sizing.NOTIONAL) {
                field = TicketField.NOTIONAL; // "either qty or notional is required" concerns the field in use
            }
            if (!current.parseErrors().containsKey(field)) {
                add(found, field, TicketTexts.reason(violation.message()));
            }
        }
        for (TicketField field : TicketField.values()) {
            List<String> messages = found.get(field);
            errors.get(field).set(messages == null ? "" : String.join("; ", messages));
        }
        inputsValid.set(found.isEmpty());
    }

    private static void add(Map<TicketField, List<String>> found, TicketField field, String message) {
        found.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }
}
