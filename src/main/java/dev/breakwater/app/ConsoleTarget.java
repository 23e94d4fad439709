package dev.breakwater.app;

import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.broker.alpaca.AlpacaMarketDataClient;
import dev.breakwater.settings.BrokerMode;
import dev.breakwater.settings.ConsoleSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Which broker the console connects to and with which keys, decided once at start-up from the command
 * line, the environment and the settings file, in that order of precedence.
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
     * @param requested    {@code --broker}, or null
     * @param brokerUrl    {@code --broker-url}, or null (then {@code APCA_API_BASE_URL}, then Alpaca's paper or live URL)
     * @param settings     the settings file's content
     * @param fileExists   whether the settings file exists (its broker choice counts only then)
     * @param env          the environment
     * @param dataDir      where journals live
     */
    static ConsoleTarget resolve(BrokerMode requested, String brokerUrl, ConsoleSettings settings, boolean fileExists,
                                 Map<String, String> env, Path dataDir) {
        String keyId = firstText(env.get(AlpacaConfig.ENV_KEY_ID), settings.keyId());
        String secret = firstText(env.get(AlpacaConfig.ENV_SECRET_KEY), settings.secretKey());
        boolean keys = keyId != null && secret != null;
        BrokerMode mode = requested != null ? requested
                : fileExists && settings.broker() != BrokerMode.SIM ? settings.broker()
                : !fileExists && keys ? BrokerMode.PAPER
                : BrokerMode.SIM;
        if (mode == BrokerMode.SIM) {
            return new ConsoleTarget(mode, null, null, null, null, null);
        }
        String base = firstText(brokerUrl, env.get(AlpacaConfig.ENV_BASE_URL));
        if (base == null) {
            base = mode == BrokerMode.LIVE ? AlpacaConfig.LIVE : AlpacaConfig.PAPER;
        }
        String data = firstText(env.get(AlpacaMarketDataClient.ENV_DATA_URL), AlpacaMarketDataClient.DEFAULT_DATA_URL);
        // One journal per mode: a paper order must never be reconciled against the live account.
        String journal = "jdbc:h2:file:" + dataDir.resolve("journal-" + mode.name().toLowerCase()).toAbsolutePath();
        return new ConsoleTarget(mode, base, data, keyId, secret, journal);
    }

    private static String firstText(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.trim();
        }
        return second != null && !second.isBlank() ? second.trim() : null;
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "ConsoleTarget[mode=" + mode + ", baseUrl=" + baseUrl + ", journal=" + journal + "]";
    }
}
