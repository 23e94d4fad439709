package dev.breakwater.ui.blotter;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.WireValue;
import dev.breakwater.ui.OrderRow;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The columns of one blotter table. Every cell shows a property of its row, so a new version of an order
 * repaints just the cells whose value changed; the table sorts through a {@link SortedRows} bound to its
 * own comparator (a new version moves one row, not the table), newest first until the trader clicks a header.
 */
final class OrderTable {

    /**
     * A column's value read straight from the row (in the column's properties), for sorting. A cell's value is
     * a property the row creates when first asked; the table's own comparator reads the cells, so sorting
     * through it gave every row of the list properties of its own (heap, and young objects for every GC to copy).
     */
    static final String SORT_KEY = "breakwater.sortKey";

    private final ZoneId zone;

    OrderTable(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Fills {@code table} with columns over {@code rows}; the table's column ids are {@code <prefix>-<name>}.
     * The table lays out only while {@code shown} (its tab is selected).
     */
    void configure(TableView<OrderRow> table, ObservableList<OrderRow> rows, ObservableBooleanValue shown) {
        TableColumn<OrderRow, OffsetDateTime> time = column("time", "Time", OrderRow::createdAtProperty,
                row -> row.order().createdAt(), value -> Formats.time(value, zone));
        table.getColumns().setAll(List.of(
                time,
                column("symbol", "Symbol", OrderRow::symbolProperty, OrderRow::symbol, value -> value),
                sideColumn(),
                numeric(column("qty", "Qty", OrderRow::qtyProperty, row -> row.order().qty(), Formats::qty)),
                numeric(column("filled", "Filled", OrderRow::filledQtyProperty, row -> row.order().filledQty(),
                        Formats::qty)),
                numeric(column("avgPrice", "Avg price", OrderRow::filledAvgPriceProperty,
                        row -> row.order().filledAvgPrice(), Formats::price)),
                column("type", "Type", OrderRow::typeProperty, OrderRow::type, OrderTable::wire),
                numeric(column("limit", "Limit", OrderRow::limitPriceProperty, row -> row.order().limitPrice(),
                        Formats::price)),
                numeric(column("stop", "Stop", OrderRow::stopPriceProperty, row -> row.order().stopPrice(),
                        Formats::price)),
                column("tif", "TIF", OrderRow::timeInForceProperty, row -> row.order().timeInForce(),
                        OrderTable::wire),
                statusColumn(),
                column("clientOrderId", "Client order id", OrderRow::clientOrderIdProperty, OrderRow::clientOrderId,
                        value -> value),
                column("orderId", "Order id", row -> new ReadOnlyStringWrapper(row.id()), OrderRow::id,
                        value -> value)));
        SortedRows<OrderRow> sorted = new SortedRows<>(rows);
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(
                () -> table.getComparator() == null ? null : byKeys(table.getSortOrder()), table.comparatorProperty()));
        table.setSortPolicy(sortedHere -> true);
        table.setItems(sorted);
        table.setSkin(new ShownTableSkin<>(table, shown));
        time.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(List.of(time));
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No orders"));
        for (TableColumn<OrderRow, ?> column : table.getColumns()) {
            column.setId(table.getId() + "-" + column.getId());
        }
    }

    private static <T> TableColumn<OrderRow, T> column(String id, String title,
                                                       Function<OrderRow, ObservableValue<T>> value,
                                                       Function<OrderRow, T> key, Function<T, String> text) {
        TableColumn<OrderRow, T> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(features -> value.apply(features.getValue()));
        column.getProperties().put(SORT_KEY, key);
        column.setCellFactory(ignored -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return column;
    }

    /**
     * The table's sort order as its own comparator does it (each column's comparator and direction, the first
     * column that tells two rows apart decides, unsortable columns skipped), over the columns' sort keys.
     */
    static Comparator<OrderRow> byKeys(List<TableColumn<OrderRow, ?>> sortOrder) {
        Comparator<OrderRow> order = (a, b) -> 0;
        for (TableColumn<OrderRow, ?> column : sortOrder) {
            if (column.isSortable() && column.getSortType() != null) {
                order = order.thenComparing(byKey(column));
            }
        }
        return order;
    }

    @SuppressWarnings("unchecked")
    private static <T> Comparator<OrderRow> byKey(TableColumn<OrderRow, T> column) {
        Function<OrderRow, T> key = (Function<OrderRow, T>) column.getProperties().get(SORT_KEY);
        Function<OrderRow, T> value = key != null ? key : column::getCellData;
        Comparator<T> values = column.getComparator();
        Comparator<OrderRow> rows = (a, b) -> values.compare(value.apply(a), value.apply(b));
        return column.getSortType() == TableColumn.SortType.DESCENDING ? rows.reversed() : rows;
    }

    private static <T> TableColumn<OrderRow, T> numeric(TableColumn<OrderRow, T> column) {
        column.getStyleClass().add(Tweaks.ALIGN_RIGHT);
        return column;
    }

    private static TableColumn<OrderRow, Side> sideColumn() {
        TableColumn<OrderRow, Side> column = new TableColumn<>("Side");
        column.setId("side");
        column.setCellValueFactory(features -> features.getValue().sideProperty());
        column.getProperties().put(SORT_KEY, (Function<OrderRow, Side>) OrderRow::side);
        column.setCellFactory(ignored -> new StyledCell<>(side -> side == Side.BUY ? "Buy"
                : side == Side.SELL ? "Sell" : wire(side), StatusStyles::of));
        return column;
    }

    private static TableColumn<OrderRow, OrderStatus> statusColumn() {
        TableColumn<OrderRow, OrderStatus> column = new TableColumn<>("Status");
        column.setId("status");
        column.setCellValueFactory(features -> features.getValue().statusProperty());
        column.getProperties().put(SORT_KEY, (Function<OrderRow, OrderStatus>) OrderRow::status);
        column.setCellFactory(ignored -> new StyledCell<>(StatusStyles::text, StatusStyles::of));
        return column;
    }

    private static String wire(WireValue value) {
        return value == null ? "" : value.wire();
    }

    /**
     * A cell whose text and one colour follow its value, as a pseudo-class named like the AtlantaFX style
     * class ({@code :success}, ...; see {@link StatusStyles}). A pseudo-class change only moves the cell to
     * another of its cached styles; a style class change re-matches every selector against the cell, and
     * cells change value on every drain, when new rows push the rows below them down ({@code bench ui}).
     * That happens in the layout pass, after the pulse's CSS pass, and the table no longer restyles every
     * re-indexed row ({@link ShownTableSkin}): a cell whose colour changed restyles itself, so the frame
     * does not show the new text in the old colour.
     */
    static final class StyledCell<T> extends TableCell<OrderRow, T> {

        private final Function<T, String> text;
        private final Function<T, String> style;
        private String shownStyle;

        StyledCell(Function<T, String> text, Function<T, String> style) {
            this.text = text;
            this.style = style;
            getStyleClass().add("styled-cell");
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null;
            setText(blank ? null : text.apply(item));
            String wanted = blank ? null : style.apply(item);
            if (!java.util.Objects.equals(wanted, shownStyle)) {
                if (shownStyle != null) {
                    pseudoClassStateChanged(PseudoClass.getPseudoClass(shownStyle), false);
                }
                if (wanted != null) {
                    pseudoClassStateChanged(PseudoClass.getPseudoClass(wanted), true);
                }
                shownStyle = wanted;
                if (getScene() != null) {
                    applyCss();
                }
            }
        }
    }
}
