package dev.breakwater.ui.account;

import dev.breakwater.domain.Account;
import dev.breakwater.domain.Position;
import dev.breakwater.ui.blotter.Formats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * The account summary and positions, without the toolkit: balances as display strings, the day's P/L
 * (equity against last_equity, the previous close) with its sign for colouring, and the broker's blocks
 * as a warning. Follows the feed's account property; positions are the feed's list itself (it replaces
 * an element with {@code set(i, ...)} when a position changes). UI thread only.
 */
public final class AccountViewModel {

    /** What a balance shows before the first account snapshot arrives. */
    static final String NO_VALUE = "—";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ObservableList<Position> positions;
    private final ReadOnlyStringWrapper equity = new ReadOnlyStringWrapper(this, "equity", NO_VALUE);
    private final ReadOnlyStringWrapper cash = new ReadOnlyStringWrapper(this, "cash", NO_VALUE);
    private final ReadOnlyStringWrapper buyingPower = new ReadOnlyStringWrapper(this, "buyingPower", NO_VALUE);
    private final ReadOnlyStringWrapper dayPl = new ReadOnlyStringWrapper(this, "dayPl", NO_VALUE);
    private final ReadOnlyIntegerWrapper dayPlSign = new ReadOnlyIntegerWrapper(this, "dayPlSign");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyBooleanWrapper blocked = new ReadOnlyBooleanWrapper(this, "blocked");

    public AccountViewModel(ReadOnlyObjectProperty<Account> account, ObservableList<Position> positions) {
        this.positions = Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(account, "account").addListener((property, before, now) -> show(now));
        show(account.get());
    }

    private void show(Account account) {
        if (account == null) {
            return; // keep the last known values rather than blank the strip
        }
        equity.set(money(account.equity()));
        cash.set(money(account.cash()));
        buyingPower.set(money(account.buyingPower()));
        BigDecimal change = dayChange(account);
        dayPl.set(change == null ? NO_VALUE : dayPlText(change, dayChangePercent(account)));
        dayPlSign.set(sign(change));
        List<String> blocks = new ArrayList<>();
        if (account.accountBlocked()) {
            blocks.add("Account blocked");
        }
        if (account.tradingBlocked()) {
            blocks.add("Trading blocked");
        }
        warning.set(blocks.isEmpty() ? "" : String.join(" · ", blocks) + ": the broker will refuse new orders");
        blocked.set(!blocks.isEmpty());
    }

    /** equity − last_equity; null when either is missing. */
    static BigDecimal dayChange(Account account) {
        if (account.equity() == null || account.lastEquity() == null) {
            return null;
        }
        return account.equity().subtract(account.lastEquity());
    }

    /** The day's change as a percentage of last_equity; null when there is no last equity to divide by. */
    static BigDecimal dayChangePercent(Account account) {
        BigDecimal change = dayChange(account);
        if (change == null || account.lastEquity().signum() == 0) {
            return null;
        }
        return change.multiply(HUNDRED).divide(account.lastEquity(), 2, RoundingMode.HALF_UP);
    }

    private static String dayPlText(BigDecimal change, BigDecimal percent) {
        String text = Formats.signedMoney(change);
        return percent == null ? text : text + " (" + Formats.signedPercent(percent) + ")";
    }

    private static String money(BigDecimal value) {
        return value == null ? NO_VALUE : Formats.money(value);
    }

    /** The sign of a P/L value for colouring: 1, 0 or -1 (0 for null and for less than a cent). */
    public static int sign(BigDecimal value) {
        return value == null ? 0 : value.setScale(2, RoundingMode.HALF_UP).signum();
    }

    /** The feed's positions, one per symbol; the view sorts them. */
    public ObservableList<Position> positions() {
        return positions;
    }

    public ReadOnlyStringProperty equityProperty() {
        return equity.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cashProperty() {
        return cash.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty buyingPowerProperty() {
        return buyingPower.getReadOnlyProperty();
    }

    /** "+1,234.56 (+1.23%)". */
    public ReadOnlyStringProperty dayPlProperty() {
        return dayPl.getReadOnlyProperty();
    }

    /** 1 up, -1 down, 0 flat or unknown. */
    public ReadOnlyIntegerProperty dayPlSignProperty() {
        return dayPlSign.getReadOnlyProperty();
    }

    /** Empty unless the broker blocks the account or its trading. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty blockedProperty() {
        return blocked.getReadOnlyProperty();
    }
}
