package dev.breakwater.app;

import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.settings.BrokerMode;
import java.util.Objects;

/**
 * Which broker the console connects to and with which keys, decided once at start-up from the command
 * line, the environment and the settings file, in that order of precedence ({@link Configuration}).
 *
 * <p>The rule a trader sees: no keys anywhere → the embedded simulator; APCA keys → paper; live only when
 * asked for by {@code --broker live} or the settings file (and then confirmed by typing the account number).
 *
 * @param mode      sim, paper or live
 * @param baseUrl   the trading API origin; null for the simulator (known once it listens)
 * @param dataUrl   the market-data origin; null for the simulator
 * @param keyId     the key id; null for the simulator
 * @param secretKey the secret; null for the simulator; never printed
 * @param journal   the journal's JDBC URL; null for the simulator (a scratch journal per run)
 */
record ConsoleTarget(BrokerMode mode, String baseUrl, String dataUrl, String keyId, String secretKey, String journal) {

    ConsoleTarget {
        Objects.requireNonNull(mode, "mode");
        if (mode != BrokerMode.SIM && (keyId == null || secretKey == null)) {
            throw new IllegalArgumentException(mode.name().toLowerCase() + " trading needs API keys: set "
                    + AlpacaConfig.ENV_KEY_ID + " and " + AlpacaConfig.ENV_SECRET_KEY
                    + " or enter them in Settings (or start with --broker sim)");
        }
    }

    /**
     * The rule a trader sees, on options resolved flag → environment → settings file: the broker asked for
     * ({@code --broker}, {@code BREAKWATER_BROKER}, {@code broker} in the file); else paper when there are
     * keys and the simulator when there are none. Live is never chosen without being asked for.
     */
    static ConsoleTarget resolve(Configuration config) {
        String keyId = config.keyId().orElse(null);
        String secret = config.secretKey().orElse(null);
        boolean keys = keyId != null && secret != null;
        BrokerMode mode = config.broker().orElse(keys ? BrokerMode.PAPER : BrokerMode.SIM);
        if (mode == BrokerMode.SIM) {
            return new ConsoleTarget(mode, null, null, null, null, null);
        }
        String base = config.brokerUrl().orElse(mode == BrokerMode.LIVE ? AlpacaConfig.LIVE : AlpacaConfig.PAPER);
        return new ConsoleTarget(mode, base, config.dataUrl(), keyId, secret, config.journal(mode));
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "ConsoleTarget[mode=" + mode + ", baseUrl=" + baseUrl + ", journal=" + journal + "]";
    }
}
