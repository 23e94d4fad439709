package dev.breakwater.ui;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One blotter row, keyed by order id for its whole life. A new version of the order updates the
 * properties in place, so the table keeps its selection, scroll position and sort; only the cells whose
 * value changed repaint. Touched on the FX thread only.
 *
 * <p>{@link #orderProperty()} changes last in an update, so a listener on it (the blotter re-filters and
 * re-sorts a row from there) sees every other property already current.
 */
public final class OrderRow {

    private final String id;
    private final ReadOnlyObjectWrapper<Order> order = new ReadOnlyObjectWrapper<>(this, "order");
    private final ReadOnlyObjectWrapper<String> clientOrderId = new ReadOnlyObjectWrapper<>(this, "clientOrderId");
    private final ReadOnlyObjectWrapper<String> symbol = new ReadOnlyObjectWrapper<>(this, "symbol");
    private final ReadOnlyObjectWrapper<Side> side = new ReadOnlyObjectWrapper<>(this, "side");
    private final ReadOnlyObjectWrapper<BigDecimal> qty = new ReadOnlyObjectWrapper<>(this, "qty");
    private final ReadOnlyObjectWrapper<BigDecimal> filledQty = new ReadOnlyObjectWrapper<>(this, "filledQty");
    private final ReadOnlyObjectWrapper<BigDecimal> filledAvgPrice = new ReadOnlyObjectWrapper<>(this, "filledAvgPrice");
    private final ReadOnlyObjectWrapper<BigDecimal> limitPrice = new ReadOnlyObjectWrapper<>(this, "limitPrice");
    private final ReadOnlyObjectWrapper<BigDecimal> stopPrice = new ReadOnlyObjectWrapper<>(this, "stopPrice");
    private final ReadOnlyObjectWrapper<BigDecimal> trailPrice = new ReadOnlyObjectWrapper<>(this, "trailPrice");
    private final ReadOnlyObjectWrapper<BigDecimal> trailPercent = new ReadOnlyObjectWrapper<>(this, "trailPercent");
    private final ReadOnlyObjectWrapper<OrderType> type = new ReadOnlyObjectWrapper<>(this, "type");
    private final ReadOnlyObjectWrapper<TimeInForce> timeInForce = new ReadOnlyObjectWrapper<>(this, "timeInForce");
    private final ReadOnlyObjectWrapper<OffsetDateTime> createdAt = new ReadOnlyObjectWrapper<>(this, "createdAt");
    private final ReadOnlyObjectWrapper<OffsetDateTime> submittedAt = new ReadOnlyObjectWrapper<>(this, "submittedAt");
    private final ReadOnlyObjectWrapper<OrderStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyObjectWrapper<OffsetDateTime> updatedAt = new ReadOnlyObjectWrapper<>(this, "updatedAt");
    private final ReadOnlyObjectWrapper<String> replacedBy = new ReadOnlyObjectWrapper<>(this, "replacedBy");
    private final ReadOnlyObjectWrapper<String> replaces = new ReadOnlyObjectWrapper<>(this, "replaces");

    OrderRow(Order first) {
        this.id = first.id();
        update(first);
    }

    /** Shows {@code next}; properties whose value is unchanged fire nothing. */
    void update(Order next) {
        show(clientOrderId, next.clientOrderId());
        show(symbol, next.symbol());
        show(side, next.side());
        show(qty, next.qty());
        show(filledQty, next.filledQty());
        show(filledAvgPrice, next.filledAvgPrice());
        show(limitPrice, next.limitPrice());
        show(stopPrice, next.stopPrice());
        show(trailPrice, next.trailPrice());
        show(trailPercent, next.trailPercent());
        show(type, next.type());
        show(timeInForce, next.timeInForce());
        show(createdAt, next.createdAt());
        show(submittedAt, next.submittedAt());
        show(status, next.status());
        show(updatedAt, next.updatedAt());
        show(replacedBy, next.replacedBy());
        show(replaces, next.replaces());
        order.set(next);
    }

    /**
     * Sets {@code value} unless it equals what is shown. A new version carries new BigDecimal and time
     * instances for unchanged fields; setting them would repaint their cells in every table for nothing.
     */
    private static <T> void show(ReadOnlyObjectWrapper<T> property, T value) {
        if (!Objects.equals(property.get(), value)) {
            property.set(value);
        }
    }

    /** Records a replace link learned from the other order of the pair. */
    void linkReplacedBy(String newId) {
        show(replacedBy, newId);
    }

    void linkReplaces(String oldId) {
        show(replaces, oldId);
    }

    public String id() {
        return id;
    }

    /** The version shown. */
    public Order order() {
        return order.get();
    }

    public ReadOnlyObjectProperty<Order> orderProperty() {
        return order.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> clientOrderIdProperty() {
        return clientOrderId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> symbolProperty() {
        return symbol.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Side> sideProperty() {
        return side.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> qtyProperty() {
        return qty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> filledQtyProperty() {
        return filledQty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> filledAvgPriceProperty() {
        return filledAvgPrice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> limitPriceProperty() {
        return limitPrice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> stopPriceProperty() {
        return stopPrice.getReadOnlyProperty();
    }

    /** The trail in dollars of a trailing stop, or null (then {@link #trailPercentProperty()} may hold it). */
    public ReadOnlyObjectProperty<BigDecimal> trailPriceProperty() {
        return trailPrice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> trailPercentProperty() {
        return trailPercent.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OrderType> typeProperty() {
        return type.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimeInForce> timeInForceProperty() {
        return timeInForce.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OffsetDateTime> createdAtProperty() {
        return createdAt.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OffsetDateTime> submittedAtProperty() {
        return submittedAt.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OrderStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OffsetDateTime> updatedAtProperty() {
        return updatedAt.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> replacedByProperty() {
        return replacedBy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> replacesProperty() {
        return replaces.getReadOnlyProperty();
    }
}
