package dev.breakwater.ui.settings;

import dev.breakwater.domain.PrecautionLimits;
import dev.breakwater.settings.BrokerMode;
import dev.breakwater.settings.ConsoleSettings;
import dev.breakwater.ui.BackgroundWork;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings screen's state. The secret is write-only: its field starts empty and is cleared after every
 * save; an empty field keeps the saved secret, and the prompt says which one is in force without showing
 * it (its last four characters at most).
 *
 * <p>{@code current} must be the settings as saved (the file), not merged with {@code APCA_*}: whatever
 * it holds is written back on save.
 */
public final class SettingsViewModel {

    public static final String SAVED_MESSAGE = "Saved. Broker changes take effect after a restart.";

    private final SettingsStore store;
    private final BackgroundWork work;
    private final boolean keysFromEnvironment;

    private final ObjectProperty<BrokerMode> broker = new SimpleObjectProperty<>(this, "broker");
    private final StringProperty keyId = new SimpleStringProperty(this, "keyId", "");
    private final StringProperty secret = new SimpleStringProperty(this, "secret", "");
    private final ReadOnlyStringWrapper secretPrompt = new ReadOnlyStringWrapper(this, "secretPrompt", "");
    private final LimitField maxQty;
    private final LimitField maxOrderValue;
    private final LimitField maxPercentFromLast;
    private final BooleanProperty reviewBeforeSend = new SimpleBooleanProperty(this, "reviewBeforeSend");
    private final BooleanProperty themeDark = new SimpleBooleanProperty(this, "themeDark");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<ConsoleSettings> saved = new ReadOnlyObjectWrapper<>(this, "saved");

    public SettingsViewModel(ConsoleSettings current, SettingsStore store, BackgroundWork work) {
        this(current, store, work, false);
    }

    /**
     * @param keysFromEnvironment true when the console takes its keys from {@code APCA_API_KEY_ID} /
     *                            {@code APCA_API_SECRET_KEY}: the fields then say so in their prompts
     */
    public SettingsViewModel(ConsoleSettings current, SettingsStore store, BackgroundWork work,
                             boolean keysFromEnvironment) {
        Objects.requireNonNull(current, "current");
        this.store = Objects.requireNonNull(store, "store");
        this.work = Objects.requireNonNull(work, "work");
        this.keysFromEnvironment = keysFromEnvironment;
        saved.set(current);
        broker.set(current.broker());
        keyId.set(current.keyId() == null ? "" : current.keyId());
        PrecautionLimits limits = current.precautions();
        maxQty = new LimitField(limits.maxQty());
        maxOrderValue = new LimitField(limits.maxOrderValue());
        maxPercentFromLast = new LimitField(limits.maxPercentFromLast());
        reviewBeforeSend.set(current.reviewBeforeSend());
        themeDark.set(current.darkTheme());
        broker.addListener((o, was, now) -> {
            if (now == null) {
                broker.set(was); // a combo box cleared by accident is not a broker choice
            }
        });
        valid.bind(Bindings.createBooleanBinding(
                () -> maxQty.isValid() && maxOrderValue.isValid() && maxPercentFromLast.isValid(),
                maxQty.errorProperty(), maxOrderValue.errorProperty(), maxPercentFromLast.errorProperty()));
        BooleanBinding ready = valid.and(saving.not());
        canSave.bind(ready);
        secretPrompt.set(promptFor(current));
    }

    public List<BrokerMode> brokerModes() {
        return List.of(BrokerMode.values());
    }

    public ObjectProperty<BrokerMode> brokerProperty() {
        return broker;
    }

    public StringProperty keyIdProperty() {
        return keyId;
    }

    /** The prompt of the key id field: where the key id comes from while the field is empty. */
    public String keyIdPrompt() {
        return keysFromEnvironment ? "from APCA_API_KEY_ID" : "not set (the simulator needs none)";
    }

    /** A new secret as typed; empty keeps the saved one. Never filled from the saved settings. */
    public StringProperty secretProperty() {
        return secret;
    }

    /** "saved (ends …ab12)", "from APCA_API_SECRET_KEY" or "not set …": the secret field's prompt. */
    public ReadOnlyStringProperty secretPromptProperty() {
        return secretPrompt.getReadOnlyProperty();
    }

    public LimitField maxQty() {
        return maxQty;
    }

    public LimitField maxOrderValue() {
        return maxOrderValue;
    }

    public LimitField maxPercentFromLast() {
        return maxPercentFromLast;
    }

    public BooleanProperty reviewBeforeSendProperty() {
        return reviewBeforeSend;
    }

    /** The theme, live: the shell listens and switches at once; {@link #save()} makes it stick. */
    public BooleanProperty themeDarkProperty() {
        return themeDark;
    }

    /** True while every limit is valid. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Valid and not saving: the Save button's enablement. */
    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    /** The outcome of the last save, for a line under the form. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The settings as last saved (at first, the ones given). */
    public ReadOnlyObjectProperty<ConsoleSettings> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Validates, then stores the edited settings in the background. */
    public void save() {
        if (!canSave.get()) {
            message.set(saving.get() ? "Saving…" : "Not saved: fix the marked limits first.");
            return;
        }
        ConsoleSettings before = saved.get();
        ConsoleSettings next = edited(before);
        saving.set(true);
        message.set("Saving…");
        work.run("save settings", () -> {
            store.save(next);
            return next;
        }, done -> {
            saving.set(false);
            saved.set(done);
            secret.set("");
            secretPrompt.set(promptFor(done));
            message.set(needsRestart(before, done) ? SAVED_MESSAGE : "Saved.");
        }, failure -> {
            saving.set(false);
            message.set("Not saved: " + (failure.getMessage() == null ? failure.toString() : failure.getMessage()));
        });
    }

    private ConsoleSettings edited(ConsoleSettings before) {
        String typedSecret = secret.get() == null ? "" : secret.get().trim();
        String id = keyId.get() == null ? "" : keyId.get().trim();
        return new ConsoleSettings(broker.get(), id.isEmpty() ? null : id,
                typedSecret.isEmpty() ? before.secretKey() : typedSecret,
                new PrecautionLimits(maxQty.value(), maxOrderValue.value(), maxPercentFromLast.value()),
                reviewBeforeSend.get(), themeDark.get());
    }

    private static boolean needsRestart(ConsoleSettings before, ConsoleSettings after) {
        return before.broker() != after.broker() || !Objects.equals(before.keyId(), after.keyId())
                || !Objects.equals(before.secretKey(), after.secretKey());
    }

    private String promptFor(ConsoleSettings settings) {
        if (keysFromEnvironment) {
            return "from APCA_API_SECRET_KEY";
        }
        String saved = settings.secretKey();
        if (saved == null || saved.isBlank()) {
            return "not set (the simulator needs none)";
        }
        // Four characters of a short secret would give away too much of it.
        return saved.length() >= 12 ? "saved (ends …" + saved.substring(saved.length() - 4) + ")" : "saved";
    }
}
