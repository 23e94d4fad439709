package dev.breakwater.ui.blotter;

import dev.breakwater.broker.Broker;
import dev.breakwater.broker.BrokerException;
import dev.breakwater.broker.CancelResult;
import dev.breakwater.domain.ClientOrderIds;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.OrderValidator;
import dev.breakwater.domain.ReplaceRequest;
import dev.breakwater.domain.Violation;
import dev.breakwater.ui.BackgroundWork;
import dev.breakwater.ui.OrderRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The blotter's state and commands, without the toolkit.
 *
 * <p>Three filtered views (working, filled, all) over the one list of rows the feed keeps; a row whose
 * status changes in place moves between them because the feed reports it updated (one change per drain,
 * see {@link dev.breakwater.ui.LiveBlotterFeed#orderRows()}). The filter text narrows
 * all three. Cancel, replace, cancel-all and CSV export go through {@link BackgroundWork}; their outcome,
 * or the broker's reason for refusing, lands in {@link #messageProperty()}. Everything here runs on the UI
 * thread, like the rows.
 */
public final class BlotterViewModel {

    private final Broker broker;
    private final BackgroundWork work;
    private final Supplier<String> clientOrderIds;
    private final OrderValidator validator = new OrderValidator();

    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final FilteredList<OrderRow> working;
    private final FilteredList<OrderRow> filled;
    private final FilteredList<OrderRow> all;
    private final FilteredList<OrderRow> allWorking;
    private final ReadOnlyIntegerWrapper workingShown = new ReadOnlyIntegerWrapper(this, "workingShown");
    private final ReadOnlyIntegerWrapper filledShown = new ReadOnlyIntegerWrapper(this, "filledShown");
    private final ReadOnlyIntegerWrapper allShown = new ReadOnlyIntegerWrapper(this, "allShown");
    private final ReadOnlyIntegerWrapper workingTotal = new ReadOnlyIntegerWrapper(this, "workingTotal");

    private final ObjectProperty<OrderRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<OrderStatus> selectedStatus = new ReadOnlyObjectWrapper<>(this, "selectedStatus");
    private final ReadOnlyBooleanWrapper canCancelSelected = new ReadOnlyBooleanWrapper(this, "canCancelSelected");
    private final ReadOnlyBooleanWrapper canReplaceSelected = new ReadOnlyBooleanWrapper(this, "canReplaceSelected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /**
     * {@code rows} must report a row updated when it shows a new version, as the feed's rows do; replacements
     * get their client_order_id from {@code clientOrderIds} (the app's one {@link ClientOrderIds}).
     */
    public BlotterViewModel(ObservableList<OrderRow> rows, Broker broker, BackgroundWork work,
                            Supplier<String> clientOrderIds) {
        this.broker = Objects.requireNonNull(broker, "broker");
        this.work = Objects.requireNonNull(work, "work");
        this.clientOrderIds = Objects.requireNonNull(clientOrderIds, "clientOrderIds");
        ObservableList<OrderRow> source = Objects.requireNonNull(rows, "rows");
        working = filtered(source, BlotterViewModel::isWorking);
        filled = filtered(source, BlotterViewModel::isFilled);
        all = filtered(source, row -> true);
        allWorking = new FilteredList<>(source, BlotterViewModel::isWorking);
        workingShown.bind(Bindings.size(working));
        filledShown.bind(Bindings.size(filled));
        allShown.bind(Bindings.size(all));
        workingTotal.bind(Bindings.size(allWorking));

        selected.addListener((property, before, row) -> {
            selectedStatus.unbind();
            if (row == null) {
                selectedStatus.set(null);
            } else {
                selectedStatus.bind(row.statusProperty());
            }
        });
        // Reading selectedStatus in the computation keeps it valid, so its next change invalidates the binding.
        canCancelSelected.bind(Bindings.createBooleanBinding(
                () -> selectedStatus.get() != null && canCancel(selected.get()), selected, selectedStatus));
        canReplaceSelected.bind(Bindings.createBooleanBinding(
                () -> selectedStatus.get() != null && canReplace(selected.get()), selected, selectedStatus));
    }

    /** As above, with a {@link ClientOrderIds} of its own; the app should pass its shared one instead. */
    public BlotterViewModel(ObservableList<OrderRow> rows, Broker broker, BackgroundWork work) {
        this(rows, broker, work, ClientOrderIds.create()::next);
    }

    private FilteredList<OrderRow> filtered(ObservableList<OrderRow> source, Predicate<OrderRow> tab) {
        FilteredList<OrderRow> list = new FilteredList<>(source);
        list.predicateProperty().bind(Bindings.createObjectBinding(
                () -> tab.and(matching(filterText.get())), filterText));
        return list;
    }

    static boolean isWorking(OrderRow row) {
        OrderStatus status = row.status();
        return status != null && !status.isFinal();
    }

    static boolean isFilled(OrderRow row) {
        OrderStatus status = row.status();
        return status == OrderStatus.FILLED || status == OrderStatus.PARTIALLY_FILLED;
    }

    private static Predicate<OrderRow> matching(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return row -> true;
        }
        return row -> contains(row.symbol(), wanted)
                || contains(row.clientOrderId(), wanted)
                || contains(row.id(), wanted)
                || (row.status() != null && contains(row.status().wire(), wanted));
    }

    private static boolean contains(String value, String wanted) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(wanted);
    }

    // ---- commands ------------------------------------------------------------------------------------

    /** True while the order can still be canceled and no cancel is already pending. */
    public boolean canCancel(OrderRow row) {
        if (row == null) {
            return false;
        }
        OrderStatus status = row.status();
        return status != null && !status.isFinal() && status != OrderStatus.PENDING_CANCEL;
    }

    /** Replace is for open limit, stop, stop-limit and trailing-stop orders (a market order has nothing to amend). */
    public boolean canReplace(OrderRow row) {
        if (!canCancel(row) || row.status() == OrderStatus.PENDING_REPLACE) {
            return false;
        }
        OrderType type = row.type();
        return type == OrderType.LIMIT || type == OrderType.STOP || type == OrderType.STOP_LIMIT
                || type == OrderType.TRAILING_STOP;
    }

    /** Asks the broker to cancel {@code row}'s order; refused here when the order is already final. */
    public void cancel(OrderRow row) {
        Objects.requireNonNull(row, "row");
        String what = describe(row);
        if (!canCancel(row)) {
            message.set("Not canceled: " + what + " is " + statusText(row.status()));
            return;
        }
        String orderId = row.id();
        message.set("Canceling " + what + "…");
        work.run("cancel " + orderId, () -> {
            broker.cancelOrder(orderId);
            return Boolean.TRUE;
        }, done -> message.set("Cancel requested for " + what),
                failure -> message.set("Cancel failed for " + what + ": " + reason(failure)));
    }

    /** A fresh form for the replace dialog, prefilled from the order as shown now. */
    public ReplaceForm replaceForm(OrderRow row) {
        return new ReplaceForm(row.order());
    }

    /**
     * Sends {@code request} as a replace of {@code row}'s order, after the domain rules; the problems, if
     * any, become the message and nothing is sent. Returns whether it was sent.
     */
    public boolean replace(OrderRow row, ReplaceRequest request) {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(request, "request");
        String what = describe(row);
        if (!canReplace(row)) {
            message.set("Not replaced: " + what + " is " + statusText(row.status())
                    + " " + row.type().wire());
            return false;
        }
        ReplaceRequest withId = request.clientOrderId() != null ? request : new ReplaceRequest(request.qty(),
                request.timeInForce(), request.limitPrice(), request.stopPrice(), request.trail(), clientOrderIds.get());
        List<Violation> violations = validator.validate(withId);
        if (!violations.isEmpty()) {
            message.set("Not replaced: " + String.join("; ", violations.stream().map(Violation::message).toList()));
            return false;
        }
        String orderId = row.id();
        message.set("Replacing " + what + "…");
        work.run("replace " + orderId, () -> broker.replaceOrder(orderId, withId),
                replacement -> message.set("Replace requested for " + what + ": new order " + replacement.id()),
                failure -> message.set("Replace failed for " + what + ": " + reason(failure)));
        return true;
    }

    /** Cancels every open order at the broker. The view asks the trader first. */
    public void cancelAll() {
        message.set("Canceling all open orders…");
        work.run("cancel all", broker::cancelAllOrders, this::reportCancelAll,
                failure -> message.set("Cancel all failed: " + reason(failure)));
    }

    private void reportCancelAll(List<CancelResult> results) {
        long refused = results.stream().filter(result -> !result.accepted()).count();
        long accepted = results.size() - refused;
        if (results.isEmpty()) {
            message.set("Cancel all: the broker had no open orders");
        } else if (refused == 0) {
            message.set("Cancel all: cancel requested for " + accepted + " orders");
        } else {
            message.set("Cancel all: cancel requested for " + accepted + " orders, " + refused + " refused");
        }
    }

    /**
     * Writes {@code rows} (the rows a tab shows, in its order) to {@code file} as CSV. The versions are taken
     * now, on the UI thread; the file is written in the background.
     */
    public void exportCsv(List<OrderRow> rows, Path file) {
        List<Order> orders = rows.stream().map(OrderRow::order).toList();
        work.run("export csv", () -> {
            BlotterCsv.write(orders, file);
            return orders.size();
        }, count -> message.set("Exported " + count + " orders to " + file),
                failure -> message.set("Export failed: " + reason(failure)));
    }

    /** "AAPL buy 10", or "AAPL buy $500.00" for a notional order. */
    static String describe(OrderRow row) {
        Order order = row.order();
        String side = row.side() == null ? "?" : row.side().wire();
        String size = order.qty() != null ? Formats.qty(order.qty())
                : order.notional() != null ? "$" + Formats.money(order.notional()) : "";
        return (row.symbol() + " " + side + " " + size).trim();
    }

    private static String statusText(OrderStatus status) {
        return status == null ? "unknown" : status.wire().replace('_', ' ');
    }

    private static String reason(Throwable failure) {
        if (failure instanceof BrokerException broker && broker.brokerMessage() != null
                && !broker.brokerMessage().isBlank()) {
            return broker.brokerMessage();
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    // ---- state ---------------------------------------------------------------------------------------

    /** Orders not final (partially filled ones included), narrowed by the filter text. */
    public ObservableList<OrderRow> working() {
        return working;
    }

    /** Filled and partially filled orders, narrowed by the filter text. */
    public ObservableList<OrderRow> filled() {
        return filled;
    }

    /** Every order, narrowed by the filter text. */
    public ObservableList<OrderRow> all() {
        return all;
    }

    /** Matched case-insensitively against symbol, client_order_id, order id and status. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ReadOnlyIntegerProperty workingShownProperty() {
        return workingShown.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty filledShownProperty() {
        return filledShown.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty allShownProperty() {
        return allShown.getReadOnlyProperty();
    }

    /** Working orders whatever the filter: what cancel-all is about. */
    public ReadOnlyIntegerProperty workingTotalProperty() {
        return workingTotal.getReadOnlyProperty();
    }

    public int workingCount() {
        return workingTotal.get();
    }

    /** The row the view has selected (written by the view); drives the two flags below. */
    public ObjectProperty<OrderRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty canCancelSelectedProperty() {
        return canCancelSelected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canReplaceSelectedProperty() {
        return canReplaceSelected.getReadOnlyProperty();
    }

    /** The outcome of the last command, or why it was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
