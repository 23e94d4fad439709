package dev.breakwater.ui.account;

import dev.breakwater.ui.Fxml;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.breakwater.domain.Position;
import dev.breakwater.domain.PositionSide;
import dev.breakwater.ui.blotter.Formats;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

/**
 * The account screen: the summary strip over a positions table. Positions are immutable values the feed
 * swaps in with {@code set(i, ...)}, so each row repaints when its position is replaced; P/L cells are
 * green or red by sign.
 */
public final class AccountView {

    private final AccountViewModel vm;
    private AccountSummaryView summary;

    @FXML private Parent accountRoot;
    @FXML private StackPane summarySlot;
    @FXML private TableView<Position> positionsTable;

    private AccountView(AccountViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    public static AccountView create(AccountViewModel vm) {
        AccountView view = new AccountView(vm);
        Fxml.load(view);
        view.accountRoot.getStylesheets().add(stylesheet());
        return view;
    }

    static String stylesheet() {
        return Objects.requireNonNull(AccountView.class.getResource("AccountView.css")).toExternalForm();
    }

    @FXML
    private void initialize() {
        summary = AccountSummaryView.create(vm);
        summarySlot.getChildren().add(summary.root());
        positionsTable.getColumns().setAll(List.of(
                column("symbol", "Symbol", Position::symbol, text -> text),
                column("side", "Side", Position::side, AccountView::side),
                numeric(column("qty", "Qty", Position::qty, Formats::qty)),
                numeric(column("avgEntry", "Avg entry", Position::avgEntryPrice, Formats::price)),
                numeric(column("currentPrice", "Price", Position::currentPrice, Formats::price)),
                numeric(column("marketValue", "Market value", Position::marketValue, Formats::money)),
                signed(column("unrealizedPl", "Unrealised P/L", Position::unrealizedPl, Formats::signedMoney)),
                signed(column("unrealizedPlpc", "Unrealised %", Position::unrealizedPlpc, Formats::signedFractionPercent)),
                signed(column("changeToday", "Today", Position::changeToday, Formats::signedFractionPercent))));
        positionsTable.getColumns().forEach(column -> column.setId("positionsTable-" + column.getId()));
        SortedList<Position> sorted = new SortedList<>(vm.positions());
        sorted.comparatorProperty().bind(positionsTable.comparatorProperty());
        positionsTable.setItems(sorted);
        positionsTable.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        positionsTable.setPlaceholder(new Label("No positions"));
    }

    private static String side(PositionSide side) {
        return side == PositionSide.LONG ? "Long" : side == PositionSide.SHORT ? "Short" : side.wire();
    }

    private static <T> TableColumn<Position, T> column(String id, String title, Function<Position, T> value,
                                                       Function<T, String> text) {
        TableColumn<Position, T> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(features -> new ReadOnlyObjectWrapper<>(value.apply(features.getValue())));
        column.setCellFactory(ignored -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return column;
    }

    private static <T> TableColumn<Position, T> numeric(TableColumn<Position, T> column) {
        column.getStyleClass().add(Tweaks.ALIGN_RIGHT);
        return column;
    }

    /** Numeric, and green or red by the value's sign. */
    private static TableColumn<Position, BigDecimal> signed(TableColumn<Position, BigDecimal> column) {
        var plain = column.getCellFactory();
        column.setCellFactory(ignored -> {
            TableCell<Position, BigDecimal> cell = plain.call(column);
            cell.itemProperty().addListener((property, before, value) ->
                    SignStyles.apply(cell.getStyleClass(), AccountViewModel.sign(value)));
            return cell;
        });
        return numeric(column);
    }

    public Parent root() {
        return accountRoot;
    }

    /** The strip inside this screen. For the shell's top bar create a separate {@link AccountSummaryView}. */
    public AccountSummaryView summary() {
        return summary;
    }
}
