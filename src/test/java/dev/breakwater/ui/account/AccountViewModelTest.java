package dev.breakwater.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.domain.Account;
import dev.breakwater.domain.Position;
import java.math.BigDecimal;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class AccountViewModelTest {

    private final SimpleObjectProperty<Account> account = new SimpleObjectProperty<>();
    private final ObservableList<Position> positions = FXCollections.observableArrayList();

    static Account account(String equity, String lastEquity, boolean tradingBlocked, boolean accountBlocked) {
        return new Account("acc-1", "PA0001", "ACTIVE", "USD", new BigDecimal("25000.5"), new BigDecimal(equity),
                new BigDecimal(equity), lastEquity == null ? null : new BigDecimal(lastEquity), null, null,
                new BigDecimal("100000"), null, null, null, BigDecimal.ONE, null, null, null, null, null, false,
                tradingBlocked, false, accountBlocked, false, true, 0, null);
    }

    @Test
    void beforeTheFirstSnapshotEverythingIsADash() {
        AccountViewModel vm = new AccountViewModel(account, positions);

        assertThat(vm.equityProperty().get()).isEqualTo("—");
        assertThat(vm.dayPlProperty().get()).isEqualTo("—");
        assertThat(vm.dayPlSignProperty().get()).isZero();
        assertThat(vm.warningProperty().get()).isEmpty();
        assertThat(vm.positions()).isSameAs(positions);
    }

    @Test
    void dayPlIsEquityLessLastEquityAndItsShareOfLastEquity() {
        AccountViewModel vm = new AccountViewModel(account, positions);

        account.set(account("101234.56", "100000", false, false));

        assertThat(vm.equityProperty().get()).isEqualTo("101,234.56");
        assertThat(vm.cashProperty().get()).isEqualTo("25,000.50");
        assertThat(vm.buyingPowerProperty().get()).isEqualTo("100,000.00");
        assertThat(vm.dayPlProperty().get()).isEqualTo("+1,234.56 (+1.23%)");
        assertThat(vm.dayPlSignProperty().get()).isEqualTo(1);

        account.set(account("99500", "100000", false, false));
        assertThat(vm.dayPlProperty().get()).isEqualTo("-500.00 (-0.50%)");
        assertThat(vm.dayPlSignProperty().get()).isEqualTo(-1);

        account.set(account("100000.004", "100000", false, false));
        assertThat(vm.dayPlProperty().get()).isEqualTo("0.00 (0.00%)");
        assertThat(vm.dayPlSignProperty().get()).as("less than a cent is flat").isZero();
    }

    @Test
    void withoutALastEquityThereIsNoPercentage() {
        AccountViewModel vm = new AccountViewModel(account, positions);

        account.set(account("500", "0", false, false));
        assertThat(vm.dayPlProperty().get()).isEqualTo("+500.00");

        account.set(account("500", null, false, false));
        assertThat(vm.dayPlProperty().get()).isEqualTo("—");
        assertThat(vm.dayPlSignProperty().get()).isZero();
    }

    @Test
    void blocksBecomeAWarning() {
        account.set(account("1000", "1000", true, false));
        AccountViewModel vm = new AccountViewModel(account, positions);
        assertThat(vm.warningProperty().get()).isEqualTo("Trading blocked: the broker will refuse new orders");
        assertThat(vm.blockedProperty().get()).isTrue();

        account.set(account("1000", "1000", true, true));
        assertThat(vm.warningProperty().get()).isEqualTo("Account blocked · Trading blocked: the broker will refuse new orders");

        account.set(account("1000", "1000", false, false));
        assertThat(vm.warningProperty().get()).isEmpty();
        assertThat(vm.blockedProperty().get()).isFalse();
    }

    @Test
    void signOfPlValues() {
        assertThat(AccountViewModel.sign(new BigDecimal("0.01"))).isEqualTo(1);
        assertThat(AccountViewModel.sign(new BigDecimal("-0.004"))).isZero();
        assertThat(AccountViewModel.sign(new BigDecimal("-3"))).isEqualTo(-1);
        assertThat(AccountViewModel.sign(null)).isZero();
    }
}
