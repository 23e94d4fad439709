package dev.breakwater.ui.ticket;

import dev.breakwater.ui.Fxml;
import atlantafx.base.theme.Styles;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * The order ticket's FXML controller: binds the controls to {@link OrderTicketViewModel} and forwards
 * clicks. The reasons at the fields come from the view model (a label under each field, and a ControlsFX
 * decoration on the control); nothing here judges an input.
 */
public final class TicketView {

    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    private static final PseudoClass ASKING = PseudoClass.getPseudoClass("asking");
    private static final PseudoClass GOOD = PseudoClass.getPseudoClass("good");
    private static final PseudoClass BAD = PseudoClass.getPseudoClass("bad");
    private static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");

    private final OrderTicketViewModel vm;
    private final ValidationSupport validation = new ValidationSupport();
    private Parent root;

    @FXML private VBox inputsBox;
    @FXML private ToggleButton buyToggle;
    @FXML private ToggleButton sellToggle;
    @FXML private TextField symbolField;
    @FXML private Label symbolError;
    @FXML private ToggleButton sharesToggle;
    @FXML private ToggleButton notionalToggle;
    @FXML private Label sizeLabel;
    @FXML private TextField qtyField;
    @FXML private Label qtyError;
    @FXML private TextField notionalField;
    @FXML private Label notionalError;
    @FXML private ComboBox<OrderType> typeCombo;
    @FXML private Label typeError;
    @FXML private ComboBox<TimeInForce> tifCombo;
    @FXML private Label tifError;
    @FXML private TextField limitField;
    @FXML private Label limitError;
    @FXML private TextField stopField;
    @FXML private Label stopError;
    @FXML private TextField trailPriceField;
    @FXML private TextField trailPercentField;
    @FXML private Label trailError;
    @FXML private CheckBox extendedHoursCheck;
    @FXML private TitledPane bracketPane;
    @FXML private CheckBox bracketCheck;
    @FXML private TextField takeProfitField;
    @FXML private Label takeProfitError;
    @FXML private TextField stopLossField;
    @FXML private TextField stopLossLimitField;
    @FXML private Label stopLossError;
    @FXML private HBox quoteStrip;
    @FXML private Label lastLabel;
    @FXML private Label bidLabel;
    @FXML private Label askLabel;
    @FXML private Label ageLabel;
    @FXML private Label estimatedValueLabel;
    @FXML private VBox statePane;
    @FXML private Label clientOrderIdLabel;
    @FXML private Label stateMessage;
    @FXML private Button backButton;
    @FXML private Button submitButton;
    @FXML private Button newTicketButton;

    private TicketView(OrderTicketViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    /** Loads {@code TicketView.fxml} with this view as its controller, bound to {@code vm}. */
    public static TicketView create(OrderTicketViewModel vm) {
        TicketView view = new TicketView(vm);
        view.root = Fxml.load(view);
        view.root.getStylesheets().add(Objects.requireNonNull(
                TicketView.class.getResource("TicketView.css"), "TicketView.css").toExternalForm());
        return view;
    }

    public Parent root() {
        return root;
    }

    /** The decorations' source, for tests that check a reason reached the control itself. */
    ValidationSupport validation() {
        return validation;
    }

    /** Puts the caret in the symbol field, its text selected (the shell's "new order" hotkey). */
    public void focusSymbol() {
        symbolField.requestFocus();
        symbolField.selectAll();
    }

    @FXML
    private void initialize() {
        bindInputs();
        bindEnablement();
        bindReasons();
        bindQuote();
        bindFlow();
        TextFields.bindAutoCompletion(symbolField, request -> vm.completions(request.getUserText()));
    }

    private void bindInputs() {
        bindToggles(vm.sideProperty(), buyToggle, Side.BUY, sellToggle, Side.SELL);
        bindToggles(vm.sizingProperty(), sharesToggle, Sizing.SHARES, notionalToggle, Sizing.NOTIONAL);
        symbolField.textProperty().bindBidirectional(vm.symbolProperty());
        qtyField.textProperty().bindBidirectional(vm.qtyProperty());
        notionalField.textProperty().bindBidirectional(vm.notionalProperty());
        limitField.textProperty().bindBidirectional(vm.limitPriceProperty());
        stopField.textProperty().bindBidirectional(vm.stopPriceProperty());
        trailPriceField.textProperty().bindBidirectional(vm.trailPriceProperty());
        trailPercentField.textProperty().bindBidirectional(vm.trailPercentProperty());
        takeProfitField.textProperty().bindBidirectional(vm.takeProfitProperty());
        stopLossField.textProperty().bindBidirectional(vm.stopLossProperty());
        stopLossLimitField.textProperty().bindBidirectional(vm.stopLossLimitProperty());
        extendedHoursCheck.selectedProperty().bindBidirectional(vm.extendedHoursProperty());
        bracketCheck.selectedProperty().bindBidirectional(vm.bracketProperty());
        typeCombo.getItems().setAll(vm.orderTypes());
        typeCombo.setConverter(converter(TicketTexts::label));
        typeCombo.valueProperty().bindBidirectional(vm.typeProperty());
        tifCombo.setItems(vm.timesInForce());
        tifCombo.setConverter(converter(TicketTexts::label));
        tifCombo.valueProperty().bindBidirectional(vm.timeInForceProperty());
    }

    private void bindEnablement() {
        inputsBox.disableProperty().bind(vm.editableProperty().not());
        ObservableBooleanValue notional = Bindings.equal(Sizing.NOTIONAL, vm.sizingProperty());
        showOnlyIf(qtyField, Bindings.not(notional));
        showOnlyIf(notionalField, notional);
        sizeLabel.textProperty().bind(Bindings.when(notional).then("Amount $").otherwise("Quantity"));
        limitField.disableProperty().bind(vm.limitEnabledProperty().not());
        stopField.disableProperty().bind(vm.stopEnabledProperty().not());
        trailPriceField.disableProperty().bind(vm.trailEnabledProperty().not());
        trailPercentField.disableProperty().bind(vm.trailEnabledProperty().not());
        extendedHoursCheck.disableProperty().bind(vm.extendedHoursEnabledProperty().not());
        bracketPane.disableProperty().bind(vm.bracketEnabledProperty().not());
        takeProfitField.disableProperty().bind(vm.bracketProperty().not());
        stopLossField.disableProperty().bind(vm.bracketProperty().not());
        stopLossLimitField.disableProperty().bind(vm.bracketProperty().not());
        vm.bracketProperty().addListener((o, was, on) -> {
            if (on) {
                bracketPane.setExpanded(true);
            }
        });
    }

    private void bindReasons() {
        reason(TicketField.SYMBOL, symbolError, symbolField);
        reason(TicketField.QTY, qtyError, qtyField);
        reason(TicketField.NOTIONAL, notionalError, notionalField);
        reason(TicketField.TYPE, typeError, typeCombo);
        reason(TicketField.TIF, tifError, tifCombo);
        reason(TicketField.LIMIT, limitError, limitField);
        reason(TicketField.STOP, stopError, stopField);
        reason(TicketField.TRAIL, trailError, trailPriceField);
        reason(TicketField.TAKE_PROFIT, takeProfitError, takeProfitField);
        reason(TicketField.STOP_LOSS, stopLossError, stopLossField);
    }

    private void bindQuote() {
        QuoteStrip quote = vm.quote();
        lastLabel.textProperty().bind(quote.lastProperty());
        bidLabel.textProperty().bind(quote.bidProperty());
        askLabel.textProperty().bind(quote.askProperty());
        ageLabel.textProperty().bind(quote.ageProperty());
        quote.staleProperty().addListener((o, was, stale) -> quoteStrip.pseudoClassStateChanged(STALE, stale));
        quoteStrip.pseudoClassStateChanged(STALE, quote.staleProperty().get());
        estimatedValueLabel.textProperty().bind(vm.estimatedValueProperty());
    }

    private void bindFlow() {
        statePane.visibleProperty().bind(Bindings.notEqual(TicketState.EDITING, vm.stateProperty()));
        statePane.managedProperty().bind(statePane.visibleProperty());
        stateMessage.textProperty().bind(vm.stateMessageProperty());
        clientOrderIdLabel.textProperty().bind(Bindings.concat("client_order_id ", vm.clientOrderIdProperty()));
        submitButton.textProperty().bind(vm.primaryTextProperty());
        submitButton.disableProperty().bind(vm.canSubmitProperty().not());
        submitButton.setOnAction(e -> vm.submit());
        backButton.visibleProperty().bind(vm.canGoBackProperty());
        backButton.managedProperty().bind(backButton.visibleProperty());
        backButton.setOnAction(e -> vm.back());
        newTicketButton.disableProperty().bind(vm.canStartNewTicketProperty().not());
        newTicketButton.setOnAction(e -> vm.newTicket());
        vm.stateProperty().addListener((o, was, now) -> showState());
        vm.sideProperty().addListener((o, was, now) -> showState());
        showState();
    }

    /** Submit's colour follows the side while it sends an order, and warns while it overrides a question. */
    private void showState() {
        TicketState state = vm.stateProperty().get();
        submitButton.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING, Styles.ACCENT);
        String style = switch (state) {
            case EDITING, REVIEW -> vm.sideProperty().get() == Side.SELL ? Styles.DANGER : Styles.SUCCESS;
            case PRECAUTION, DUPLICATE -> Styles.WARNING;
            default -> Styles.ACCENT;
        };
        submitButton.getStyleClass().add(style);
        statePane.pseudoClassStateChanged(ASKING, state.asking());
        statePane.pseudoClassStateChanged(GOOD, state == TicketState.ACCEPTED);
        statePane.pseudoClassStateChanged(PENDING, state == TicketState.SENDING || state == TicketState.UNKNOWN);
        statePane.pseudoClassStateChanged(BAD, List.of(TicketState.REJECTED, TicketState.NOT_SENT,
                TicketState.CONFLICT, TicketState.JOURNAL_FAILURE).contains(state));
    }

    /** The view model's reason for {@code field}: as text under the control and as its decoration. */
    private void reason(TicketField field, Label label, Control control) {
        var error = vm.errorProperty(field);
        label.textProperty().bind(error);
        showOnlyIf(label, Bindings.isNotEmpty(error));
        Validator<Object> fromViewModel = (c, value) -> ValidationResult.fromErrorIf(c, error.get(), !error.get().isEmpty());
        validation.registerValidator(control, false, fromViewModel);
        // A reason can change without this control changing (another field, an asset answer): re-decorate.
        error.addListener((o, was, now) -> validation.revalidate(control));
    }

    private static void showOnlyIf(javafx.scene.Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** Two toggles for the two values of {@code value}; one of them is always selected. */
    private static <T> void bindToggles(ObjectProperty<T> value, ToggleButton first, T firstValue,
                                        ToggleButton second, T secondValue) {
        ToggleGroup group = new ToggleGroup();
        first.setToggleGroup(group);
        second.setToggleGroup(group);
        first.setUserData(firstValue);
        second.setUserData(secondValue);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was); // clicking the selected side must not leave the ticket without one
            } else {
                @SuppressWarnings("unchecked")
                T chosen = (T) now.getUserData();
                value.set(chosen);
            }
        });
        value.addListener((o, was, now) -> group.selectToggle(Objects.equals(now, firstValue) ? first : second));
        group.selectToggle(Objects.equals(value.get(), firstValue) ? first : second);
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
