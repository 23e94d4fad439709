package dev.breakwater.ui.blotter;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.OrderValidator;
import dev.breakwater.domain.ReplaceRequest;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.domain.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The replace dialog's state: the fields prefilled from the order, their problems as text, and the
 * request they make. Only fields the trader changed go into the request (null means "leave as it is"),
 * so an untouched dialog is refused by the domain rule "a replace must change at least one field".
 */
public final class ReplaceForm {

    private final Order order;
    private final OrderValidator validator = new OrderValidator();
    private final StringProperty qty = new SimpleStringProperty(this, "qty");
    private final StringProperty limitPrice = new SimpleStringProperty(this, "limitPrice");
    private final StringProperty stopPrice = new SimpleStringProperty(this, "stopPrice");
    private final StringProperty trail = new SimpleStringProperty(this, "trail");
    private final ObjectProperty<TimeInForce> timeInForce = new SimpleObjectProperty<>(this, "timeInForce");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    ReplaceForm(Order order) {
        this.order = Objects.requireNonNull(order, "order");
        qty.set(text(order.qty()));
        limitPrice.set(text(order.limitPrice()));
        stopPrice.set(text(order.stopPrice()));
        trail.set(text(currentTrail()));
        timeInForce.set(order.timeInForce());
        for (Observable input : List.of(qty, limitPrice, stopPrice, trail, timeInForce)) {
            input.addListener(changed -> check());
        }
        check();
    }

    private void check() {
        List<String> found = new ArrayList<>();
        ReplaceRequest request = build(found);
        if (found.isEmpty()) {
            validator.validate(request).stream().map(Violation::message).forEach(found::add);
        }
        BigDecimal newQty = request == null ? null : request.qty();
        if (newQty != null && order.filledQty() != null && newQty.compareTo(order.filledQty()) <= 0) {
            found.add("qty must be more than the " + Formats.qty(order.filledQty()) + " already filled");
        }
        problems.set(String.join("\n", found));
        valid.set(found.isEmpty());
    }

    /** The request the fields make, without a client_order_id (the view model mints one); null when invalid. */
    public ReplaceRequest request() {
        List<String> found = new ArrayList<>();
        ReplaceRequest request = build(found);
        return found.isEmpty() && valid.get() ? request : null;
    }

    private ReplaceRequest build(List<String> found) {
        BigDecimal newQty = changed(parse("qty", qty.get(), found), order.qty());
        BigDecimal newLimit = limitEditable() ? changed(parse("limit price", limitPrice.get(), found), order.limitPrice()) : null;
        BigDecimal newStop = stopEditable() ? changed(parse("stop price", stopPrice.get(), found), order.stopPrice()) : null;
        BigDecimal newTrail = trailEditable() ? changed(parse("trail", trail.get(), found), currentTrail()) : null;
        TimeInForce newTif = timeInForce.get() == order.timeInForce() ? null : timeInForce.get();
        return new ReplaceRequest(newQty, newTif, newLimit, newStop, newTrail, null);
    }

    private static BigDecimal parse(String name, String text, List<String> found) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            found.add(name + " is not a number: " + text.trim());
            return null;
        }
    }

    /** A value equal to the order's is no change: null, "leave as it is". */
    private static BigDecimal changed(BigDecimal value, BigDecimal current) {
        if (value == null || (current != null && value.compareTo(current) == 0)) {
            return null;
        }
        return value;
    }

    private BigDecimal currentTrail() {
        return order.trailPrice() != null ? order.trailPrice() : order.trailPercent();
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    public Order order() {
        return order;
    }

    public boolean limitEditable() {
        return order.type() == OrderType.LIMIT || order.type() == OrderType.STOP_LIMIT;
    }

    public boolean stopEditable() {
        return order.type() == OrderType.STOP || order.type() == OrderType.STOP_LIMIT;
    }

    public boolean trailEditable() {
        return order.type() == OrderType.TRAILING_STOP;
    }

    /** What the trail field means for this order: dollars or percent. */
    public String trailUnit() {
        return order.trailPrice() == null && order.trailPercent() != null ? "%" : "$";
    }

    public StringProperty qtyProperty() {
        return qty;
    }

    public StringProperty limitPriceProperty() {
        return limitPrice;
    }

    public StringProperty stopPriceProperty() {
        return stopPrice;
    }

    public StringProperty trailProperty() {
        return trail;
    }

    public ObjectProperty<TimeInForce> timeInForceProperty() {
        return timeInForce;
    }

    /** Every problem, one a line; empty when the request may be sent. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
