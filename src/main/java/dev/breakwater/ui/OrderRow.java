package dev.breakwater.ui;

import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.function.Function;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectPropertyBase;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;

/**
 * One blotter row, keyed by order id for its whole life. A new version of the order updates the row in
 * place, so the table keeps its selection, scroll position and sort; only the cells whose value changed
 * repaint. Touched on the FX thread only.
 *
 * <p>A property exists only once something asks for it (a visible cell, a binding): the row holds the
 * version shown and a few links, and a blotter of 100,000 orders does not carry eighteen observable
 * properties per order that no cell shows ({@code bench ui}: heap after GC). The plain getters
 * ({@link #status()}, {@link #symbol()}, ...) read the version and create nothing; filters use them.
 *
 * <p>And a property lives only while something listens to it: when its last listener goes (a cell moved on
 * to another row, a binding was disposed) the row forgets it, and the next ask makes a new one with the value
 * then. A table's cells ask for the fields of every row that passes through its visible window, and at 2,000
 * new orders a second every new row went past the top of the table and kept its properties for good (~1 KB a
 * row, most of the data each new order left for the young collections to copy: {@code bench ui}).
 *
 * <p>In an update the version is taken first, then the properties that exist fire, {@link #orderProperty()}
 * last; a listener on any of them sees every getter already current.
 */
public final class OrderRow {

    /** The fields a cell can show, each read from a version (links from the row, see {@link #linkReplacedBy}). */
    private enum Field {
        CLIENT_ORDER_ID("clientOrderId", Order::clientOrderId),
        SYMBOL("symbol", Order::symbol),
        SIDE("side", Order::side),
        QTY("qty", Order::qty),
        FILLED_QTY("filledQty", Order::filledQty),
        FILLED_AVG_PRICE("filledAvgPrice", Order::filledAvgPrice),
        LIMIT_PRICE("limitPrice", Order::limitPrice),
        STOP_PRICE("stopPrice", Order::stopPrice),
        TRAIL_PRICE("trailPrice", Order::trailPrice),
        TRAIL_PERCENT("trailPercent", Order::trailPercent),
        TYPE("type", Order::type),
        TIME_IN_FORCE("timeInForce", Order::timeInForce),
        CREATED_AT("createdAt", Order::createdAt),
        SUBMITTED_AT("submittedAt", Order::submittedAt),
        STATUS("status", Order::status),
        UPDATED_AT("updatedAt", Order::updatedAt),
        REPLACED_BY("replacedBy", null),
        REPLACES("replaces", null);

        private static final Field[] ALL = values();
        private final String propertyName;
        private final Function<Order, Object> read;

        Field(String propertyName, Function<Order, Object> read) {
            this.propertyName = propertyName;
            this.read = read;
        }
    }

    private final String id;
    private final int position;
    private Order current;
    private String replacedBy;
    private String replaces;
    private ReadOnlyObjectWrapper<Order> order;
    /** By {@link Field} ordinal, the properties something listens to (or was just handed); null until one is asked for. */
    private FieldProperty<?>[] properties;

    OrderRow(Order first, int position) {
        this.id = first.id();
        this.position = position;
        this.current = first;
        this.replacedBy = first.replacedBy();
        this.replaces = first.replaces();
    }

    /** Shows {@code next}; properties whose value is unchanged fire nothing. */
    void update(Order next) {
        current = next;
        replacedBy = next.replacedBy();
        replaces = next.replaces();
        if (properties != null) {
            for (Field field : Field.ALL) {
                show(field);
            }
        }
        if (order != null) {
            order.set(next);
        }
    }

    /** Records a replace link learned from the other order of the pair. */
    void linkReplacedBy(String newId) {
        replacedBy = newId;
        show(Field.REPLACED_BY);
    }

    void linkReplaces(String oldId) {
        replaces = oldId;
        show(Field.REPLACES);
    }

    /**
     * Sets a property that exists to its value unless it equals what is shown. A new version carries new
     * BigDecimal and time instances for unchanged fields; setting them would repaint their cells for nothing.
     */
    @SuppressWarnings("unchecked")
    private void show(Field field) {
        FieldProperty<Object> property = properties == null ? null
                : (FieldProperty<Object>) properties[field.ordinal()];
        Object value = value(field);
        if (property != null && !Objects.equals(property.get(), value)) {
            property.set(value);
        }
    }

    private Object value(Field field) {
        return switch (field) {
            case REPLACED_BY -> replacedBy;
            case REPLACES -> replaces;
            default -> field.read.apply(current);
        };
    }

    @SuppressWarnings("unchecked")
    private <T> ReadOnlyObjectProperty<T> property(Field field) {
        if (properties == null) {
            properties = new FieldProperty<?>[Field.ALL.length];
        }
        FieldProperty<T> property = (FieldProperty<T>) properties[field.ordinal()];
        if (property == null) {
            property = new FieldProperty<>(this, field, (T) value(field));
            properties[field.ordinal()] = property;
        }
        return property;
    }

    /** Called by a property whose last listener went: forgets it, unless a newer one took its place. */
    private void forget(FieldProperty<?> property) {
        if (properties != null && properties[property.field.ordinal()] == property) {
            properties[property.field.ordinal()] = null;
        }
    }

    /**
     * A field of the row as a read-only property that tells the row when nothing listens to it any more. Its
     * listeners are counted by identity, as they are added and removed (a removal of a listener never added
     * changes nothing), so the row forgets it only when no listener is left.
     */
    private static final class FieldProperty<T> extends ReadOnlyObjectPropertyBase<T> {

        private final OrderRow row;
        private final Field field;
        private final List<Object> listeners = new ArrayList<>(1);
        private T value;

        FieldProperty(OrderRow row, Field field, T value) {
            this.row = row;
            this.field = field;
            this.value = value;
        }

        void set(T next) {
            value = next;
            fireValueChangedEvent();
        }

        @Override
        public T get() {
            return value;
        }

        @Override
        public Object getBean() {
            return row;
        }

        @Override
        public String getName() {
            return field.propertyName;
        }

        @Override
        public void addListener(InvalidationListener listener) {
            super.addListener(listener);
            listeners.add(listener);
        }

        @Override
        public void addListener(ChangeListener<? super T> listener) {
            super.addListener(listener);
            listeners.add(listener);
        }

        @Override
        public void removeListener(InvalidationListener listener) {
            super.removeListener(listener);
            removed(listener);
        }

        @Override
        public void removeListener(ChangeListener<? super T> listener) {
            super.removeListener(listener);
            removed(listener);
        }

        private void removed(Object listener) {
            if (listeners.remove(listener) && listeners.isEmpty()) {
                row.forget(this);
            }
        }
    }

    public String id() {
        return id;
    }

    /** Where the row sits in the feed's list (rows are only appended). */
    int position() {
        return position;
    }

    /** The version shown. */
    public Order order() {
        return current;
    }

    public OrderStatus status() {
        return current.status();
    }

    public String symbol() {
        return current.symbol();
    }

    public String clientOrderId() {
        return current.clientOrderId();
    }

    public Side side() {
        return current.side();
    }

    public OrderType type() {
        return current.type();
    }

    public ReadOnlyObjectProperty<Order> orderProperty() {
        if (order == null) {
            order = new ReadOnlyObjectWrapper<>(this, "order", current);
        }
        return order.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> clientOrderIdProperty() {
        return property(Field.CLIENT_ORDER_ID);
    }

    public ReadOnlyObjectProperty<String> symbolProperty() {
        return property(Field.SYMBOL);
    }

    public ReadOnlyObjectProperty<Side> sideProperty() {
        return property(Field.SIDE);
    }

    public ReadOnlyObjectProperty<BigDecimal> qtyProperty() {
        return property(Field.QTY);
    }

    public ReadOnlyObjectProperty<BigDecimal> filledQtyProperty() {
        return property(Field.FILLED_QTY);
    }

    public ReadOnlyObjectProperty<BigDecimal> filledAvgPriceProperty() {
        return property(Field.FILLED_AVG_PRICE);
    }

    public ReadOnlyObjectProperty<BigDecimal> limitPriceProperty() {
        return property(Field.LIMIT_PRICE);
    }

    public ReadOnlyObjectProperty<BigDecimal> stopPriceProperty() {
        return property(Field.STOP_PRICE);
    }

    /** The trail in dollars of a trailing stop, or null (then {@link #trailPercentProperty()} may hold it). */
    public ReadOnlyObjectProperty<BigDecimal> trailPriceProperty() {
        return property(Field.TRAIL_PRICE);
    }

    public ReadOnlyObjectProperty<BigDecimal> trailPercentProperty() {
        return property(Field.TRAIL_PERCENT);
    }

    public ReadOnlyObjectProperty<OrderType> typeProperty() {
        return property(Field.TYPE);
    }

    public ReadOnlyObjectProperty<TimeInForce> timeInForceProperty() {
        return property(Field.TIME_IN_FORCE);
    }

    public ReadOnlyObjectProperty<OffsetDateTime> createdAtProperty() {
        return property(Field.CREATED_AT);
    }

    public ReadOnlyObjectProperty<OffsetDateTime> submittedAtProperty() {
        return property(Field.SUBMITTED_AT);
    }

    public ReadOnlyObjectProperty<OrderStatus> statusProperty() {
        return property(Field.STATUS);
    }

    public ReadOnlyObjectProperty<OffsetDateTime> updatedAtProperty() {
        return property(Field.UPDATED_AT);
    }

    public ReadOnlyObjectProperty<String> replacedByProperty() {
        return property(Field.REPLACED_BY);
    }

    public ReadOnlyObjectProperty<String> replacesProperty() {
        return property(Field.REPLACES);
    }
}
