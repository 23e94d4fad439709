package dev.breakwater.settings;

import dev.breakwater.domain.PrecautionLimits;
import java.util.Objects;

/**
 * What the trader configures. Immutable; the settings screen edits a copy and the app saves it.
 *
 * @param broker           sim, paper or live
 * @param keyId            Alpaca key id, or null (then {@code APCA_API_KEY_ID} or the simulator's demo key)
 * @param secretKey        Alpaca secret, or null; never logged, shown masked
 * @param precautions      fat-finger limits
 * @param reviewBeforeSend true: Submit shows a review step and Confirm sends
 * @param darkTheme        true: dark theme (the default)
 */
public record ConsoleSettings(BrokerMode broker, String keyId, String secretKey, PrecautionLimits precautions,
                              boolean reviewBeforeSend, boolean darkTheme) {

    public ConsoleSettings {
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(precautions, "precautions");
    }

    public static ConsoleSettings defaults() {
        return new ConsoleSettings(BrokerMode.SIM, null, null, PrecautionLimits.defaults(), true, true);
    }

    public boolean hasKeys() {
        return keyId != null && !keyId.isBlank() && secretKey != null && !secretKey.isBlank();
    }

    public ConsoleSettings withBroker(BrokerMode value) {
        return new ConsoleSettings(value, keyId, secretKey, precautions, reviewBeforeSend, darkTheme);
    }

    public ConsoleSettings withKeys(String id, String secret) {
        return new ConsoleSettings(broker, id, secret, precautions, reviewBeforeSend, darkTheme);
    }

    public ConsoleSettings withPrecautions(PrecautionLimits value) {
        return new ConsoleSettings(broker, keyId, secretKey, value, reviewBeforeSend, darkTheme);
    }

    public ConsoleSettings withReviewBeforeSend(boolean value) {
        return new ConsoleSettings(broker, keyId, secretKey, precautions, value, darkTheme);
    }

    public ConsoleSettings withDarkTheme(boolean value) {
        return new ConsoleSettings(broker, keyId, secretKey, precautions, reviewBeforeSend, value);
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "ConsoleSettings[broker=" + broker + ", keyId=" + keyId + ", secretKey="
                + (secretKey == null ? "null" : "****") + ", precautions=" + precautions
                + ", reviewBeforeSend=" + reviewBeforeSend + ", darkTheme=" + darkTheme + "]";
    }
}
