package dev.breakwater.ui.account;

import dev.breakwater.ui.Fxml;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;

/**
 * The account strip: equity, cash, buying power, day P/L (green up, red down) and the broker's blocks.
 * The account screen shows one above the positions; the shell may put another in its top bar.
 */
public final class AccountSummaryView {

    private final AccountViewModel vm;

    @FXML private Parent accountSummary;
    @FXML private Label equityValue;
    @FXML private Label cashValue;
    @FXML private Label buyingPowerValue;
    @FXML private Label dayPlValue;
    @FXML private Label accountWarning;

    private AccountSummaryView(AccountViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    public static AccountSummaryView create(AccountViewModel vm) {
        AccountSummaryView view = new AccountSummaryView(vm);
        Fxml.load(view);
        view.accountSummary.getStylesheets().add(AccountView.stylesheet());
        return view;
    }

    @FXML
    private void initialize() {
        equityValue.textProperty().bind(vm.equityProperty());
        cashValue.textProperty().bind(vm.cashProperty());
        buyingPowerValue.textProperty().bind(vm.buyingPowerProperty());
        dayPlValue.textProperty().bind(vm.dayPlProperty());
        SignStyles.apply(dayPlValue.getStyleClass(), vm.dayPlSignProperty().get());
        vm.dayPlSignProperty().addListener((property, before, sign) ->
                SignStyles.apply(dayPlValue.getStyleClass(), sign.intValue()));
        accountWarning.textProperty().bind(vm.warningProperty());
        accountWarning.visibleProperty().bind(vm.blockedProperty());
        accountWarning.managedProperty().bind(vm.blockedProperty());
    }

    public Parent root() {
        return accountSummary;
    }
}
