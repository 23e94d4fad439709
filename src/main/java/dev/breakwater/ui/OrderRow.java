package dev.breakwater.ui;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.Side;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One blotter row, keyed by order id for its whole life. A new version of the order updates the
 * properties in place, so the table keeps its selection, scroll position and sort; only the cells whose
 * value changed repaint. Touched on the FX thread only.
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
        order.set(next);
        clientOrderId.set(next.clientOrderId());
        symbol.set(next.symbol());
        side.set(next.side());
        qty.set(next.qty());
        filledQty.set(next.filledQty());
        filledAvgPrice.set(next.filledAvgPrice());
        limitPrice.set(next.limitPrice());
        status.set(next.status());
        updatedAt.set(next.updatedAt());
        replacedBy.set(next.replacedBy());
        replaces.set(next.replaces());
    }

    /** Records a replace link learned from the other order of the pair. */
    void linkReplacedBy(String newId) {
        replacedBy.set(newId);
    }

    void linkReplaces(String oldId) {
        replaces.set(oldId);
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
