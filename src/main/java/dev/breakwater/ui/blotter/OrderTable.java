package dev.breakwater.ui.blotter;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.WireValue;
import dev.breakwater.ui.OrderRow;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
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
                value -> Formats.time(value, zone));
        table.getColumns().setAll(List.of(
                time,
                column("symbol", "Symbol", OrderRow::symbolProperty, value -> value),
                sideColumn(),
                numeric(column("qty", "Qty", OrderRow::qtyProperty, Formats::qty)),
                numeric(column("filled", "Filled", OrderRow::filledQtyProperty, Formats::qty)),
                numeric(column("avgPrice", "Avg price", OrderRow::filledAvgPriceProperty, Formats::price)),
                column("type", "Type", OrderRow::typeProperty, OrderTable::wire),
                numeric(column("limit", "Limit", OrderRow::limitPriceProperty, Formats::price)),
                numeric(column("stop", "Stop", OrderRow::stopPriceProperty, Formats::price)),
                column("tif", "TIF", OrderRow::timeInForceProperty, OrderTable::wire),
                statusColumn(),
                column("clientOrderId", "Client order id", OrderRow::clientOrderIdProperty, value -> value),
                column("orderId", "Order id", row -> new ReadOnlyStringWrapper(row.id()),
                        value -> value)));
        SortedRows<OrderRow> sorted = new SortedRows<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
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
                                                       Function<T, String> text) {
        TableColumn<OrderRow, T> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(features -> value.apply(features.getValue()));
        column.setCellFactory(ignored -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return column;
    }

    private static <T> TableColumn<OrderRow, T> numeric(TableColumn<OrderRow, T> column) {
        column.getStyleClass().add(Tweaks.ALIGN_RIGHT);
        return column;
    }

    private static TableColumn<OrderRow, Side> sideColumn() {
        TableColumn<OrderRow, Side> column = new TableColumn<>("Side");
        column.setId("side");
        column.setCellValueFactory(features -> features.getValue().sideProperty());
        column.setCellFactory(ignored -> new StyledCell<>(side -> side == Side.BUY ? "Buy"
                : side == Side.SELL ? "Sell" : wire(side), StatusStyles::of));
        return column;
    }

    private static TableColumn<OrderRow, OrderStatus> statusColumn() {
        TableColumn<OrderRow, OrderStatus> column = new TableColumn<>("Status");
        column.setId("status");
        column.setCellValueFactory(features -> features.getValue().statusProperty());
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
