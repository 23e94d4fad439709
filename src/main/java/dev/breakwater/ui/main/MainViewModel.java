package dev.breakwater.ui.main;

import dev.breakwater.settings.BrokerMode;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's own state: which broker it trades with (the badge that never goes away), the account,
 * how far start-up has come, and the theme. The screens have view models of their own.
 */
public final class MainViewModel {

    /** Where the console stands. */
    public enum Phase { STARTING, READY, FAILED }

    private final ReadOnlyObjectWrapper<BrokerMode> mode = new ReadOnlyObjectWrapper<>(this, "mode");
    private final ReadOnlyStringWrapper badgeText = new ReadOnlyStringWrapper(this, "badgeText", "");
    private final ReadOnlyStringWrapper account = new ReadOnlyStringWrapper(this, "account", "");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.STARTING);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Starting…");
    private final ReadOnlyBooleanWrapper darkTheme = new ReadOnlyBooleanWrapper(this, "darkTheme", true);

    /** The broker is known as soon as the command line and settings are read, before anything connects. */
    public void setMode(BrokerMode value) {
        mode.set(Objects.requireNonNull(value, "mode"));
        badgeText.set(switch (value) {
            case SIM -> "SIMULATED";
            case PAPER -> "PAPER";
            case LIVE -> "LIVE";
        });
    }

    public void setAccount(String accountNumber) {
        account.set(accountNumber == null ? "" : "Account " + accountNumber);
    }

    /** A step of start-up, shown over the window while it lasts. */
    public void progress(String message) {
        if (phase.get() == Phase.STARTING) {
            status.set(message);
        }
    }

    public void ready() {
        phase.set(Phase.READY);
        status.set("");
    }

    /** Start-up stopped; {@code message} says why and what to do, and stays on screen. */
    public void failed(String message) {
        phase.set(Phase.FAILED);
        status.set(message);
    }

    public void setDarkTheme(boolean dark) {
        darkTheme.set(dark);
    }

    public void toggleTheme() {
        darkTheme.set(!darkTheme.get());
    }

    public ReadOnlyObjectProperty<BrokerMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty badgeTextProperty() {
        return badgeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty accountProperty() {
        return account.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty darkThemeProperty() {
        return darkTheme.getReadOnlyProperty();
    }
}
