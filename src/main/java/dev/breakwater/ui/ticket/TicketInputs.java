package dev.breakwater.ui.ticket;

import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.StopLoss;
import dev.breakwater.domain.TakeProfit;
import dev.breakwater.domain.TimeInForce;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the trader typed, as writable properties (the view binds them both ways), and the order request
 * they make. Fields the current type does not use are left out of the request, so text left in a
 * disabled field never travels.
 */
final class TicketInputs {

    final StringProperty symbol = new SimpleStringProperty(this, "symbol", "");
    final ObjectProperty<Side> side = new SimpleObjectProperty<>(this, "side", Side.BUY);
    final ObjectProperty<Sizing> sizing = new SimpleObjectProperty<>(this, "sizing", Sizing.SHARES);
    // TWS's preset: a new stock ticket is a day limit order for 100 shares.
    final StringProperty qty = new SimpleStringProperty(this, "qty", "100");
    final StringProperty notional = new SimpleStringProperty(this, "notional", "");
    final ObjectProperty<OrderType> type = new SimpleObjectProperty<>(this, "type", OrderType.LIMIT);
    final ObjectProperty<TimeInForce> timeInForce = new SimpleObjectProperty<>(this, "timeInForce", TimeInForce.DAY);
    final StringProperty limitPrice = new SimpleStringProperty(this, "limitPrice", "");
    final StringProperty stopPrice = new SimpleStringProperty(this, "stopPrice", "");
    final StringProperty trailPrice = new SimpleStringProperty(this, "trailPrice", "");
    final StringProperty trailPercent = new SimpleStringProperty(this, "trailPercent", "");
    final BooleanProperty extendedHours = new SimpleBooleanProperty(this, "extendedHours", false);
    final BooleanProperty bracket = new SimpleBooleanProperty(this, "bracket", false);
    final StringProperty takeProfit = new SimpleStringProperty(this, "takeProfit", "");
    final StringProperty stopLoss = new SimpleStringProperty(this, "stopLoss", "");
    final StringProperty stopLossLimit = new SimpleStringProperty(this, "stopLossLimit", "");

    /** The request the inputs make, and the fields whose text is not a number. */
    record Draft(OrderRequest request, Map<TicketField, String> parseErrors) {
    }

    List<Observable> all() {
        return List.of(symbol, side, sizing, qty, notional, type, timeInForce, limitPrice, stopPrice, trailPrice,
                trailPercent, extendedHours, bracket, takeProfit, stopLoss, stopLossLimit);
    }

    /** The symbol as it is sent: trimmed, upper case. */
    String normalizedSymbol() {
        String text = symbol.get();
        return text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    }

    Draft draft(TypeRules.Uses uses) {
        Map<TicketField, String> errors = new EnumMap<>(TicketField.class);
        boolean withBracket = uses.bracket() && bracket.get();
        boolean withExtendedHours = extendedHours.get()
                && (withBracket ? uses.extendedHoursWithBracket() : uses.extendedHours());
        OrderRequest.Builder builder = OrderRequest.builder()
                .symbol(normalizedSymbol())
                .side(side.get())
                .type(type.get())
                .timeInForce(timeInForce.get())
                .extendedHours(withExtendedHours);
        if (sizing.get() == Sizing.NOTIONAL) {
            builder.notional(number(notional, TicketField.NOTIONAL, errors));
        } else {
            builder.qty(number(qty, TicketField.QTY, errors));
        }
        if (uses.limit()) {
            builder.limitPrice(number(limitPrice, TicketField.LIMIT, errors));
        }
        if (uses.stop()) {
            builder.stopPrice(number(stopPrice, TicketField.STOP, errors));
        }
        if (uses.trail()) {
            builder.trailPrice(number(trailPrice, TicketField.TRAIL, errors));
            builder.trailPercent(number(trailPercent, TicketField.TRAIL, errors));
        }
        if (withBracket) {
            BigDecimal target = number(takeProfit, TicketField.TAKE_PROFIT, errors);
            BigDecimal stop = number(stopLoss, TicketField.STOP_LOSS, errors);
            BigDecimal stopLimit = number(stopLossLimit, TicketField.STOP_LOSS, errors);
            builder.orderClass(OrderClass.BRACKET)
                    .takeProfit(target == null ? null : new TakeProfit(target))
                    .stopLoss(stop == null && stopLimit == null ? null : new StopLoss(stop, stopLimit));
        }
        return new Draft(builder.build(), errors);
    }

    /** Null for a blank field; a field whose text is no number gets a parse error and null. */
    private static BigDecimal number(StringProperty field, TicketField at, Map<TicketField, String> errors) {
        String text = field.get();
        if (text == null || text.isBlank()) {
            return null;
        }
        // Traders paste "1,000" and "$250": grouping and the dollar sign carry no meaning here.
        String cleaned = text.trim().replace(",", "").replace("$", "").replace("_", "");
        try {
            return new BigDecimal(cleaned);
        } catch (NumberFormatException notANumber) {
            errors.putIfAbsent(at, "\"" + text.trim() + "\" is not a number");
            return null;
        }
    }
}
