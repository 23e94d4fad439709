package dev.breakwater.app;

import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.broker.alpaca.AlpacaMarketDataClient;
import dev.breakwater.settings.SettingsFile;

/**
 * Every operator option and the three places it can be set: a command-line flag, an environment variable
 * and a key of {@code breakwater.properties}. {@link Configuration} resolves them (flag, then environment,
 * then file, then the default); the README's "Configuration" table lists the same names, and a test keeps
 * the two in step.
 */
enum ConfigOption {

    BROKER("--broker", "BREAKWATER_BROKER", SettingsFile.BROKER),
    BROKER_URL("--broker-url", AlpacaConfig.ENV_BASE_URL, SettingsFile.BASE_URL),
    DATA_URL("--data-url", AlpacaMarketDataClient.ENV_DATA_URL, SettingsFile.DATA_URL),
    /** No flag: see {@link #SECRET_KEY}; the id alone is not secret, but a pair is set in one place. */
    KEY_ID(null, AlpacaConfig.ENV_KEY_ID, SettingsFile.KEY_ID),
    /** No flag on purpose: a command line is visible to every user of the machine ({@code ps}, /proc). */
    SECRET_KEY(null, AlpacaConfig.ENV_SECRET_KEY, SettingsFile.SECRET_KEY),
    JOURNAL("--journal", "BREAKWATER_JOURNAL", SettingsFile.JOURNAL),
    DATA_DIR("--data-dir", "BREAKWATER_DATA_DIR", SettingsFile.DATA_DIR),
    METRICS_PORT("--metrics-port", "BREAKWATER_METRICS_PORT", SettingsFile.METRICS_PORT),
    LOG_LEVEL("--log-level", "BREAKWATER_LOG_LEVEL", SettingsFile.LOG_LEVEL),
    /** No key: the file cannot say where it is itself. */
    CONFIG_DIR("--config-dir", "BREAKWATER_CONFIG_DIR", null);

    private final String flag;
    private final String environment;
    private final String key;

    ConfigOption(String flag, String environment, String key) {
        this.flag = flag;
        this.environment = environment;
        this.key = key;
    }

    /** The command-line flag, or null when the option has none. */
    String flag() {
        return flag;
    }

    String environment() {
        return environment;
    }

    /** The settings-file key, or null when the option has none. */
    String key() {
        return key;
    }
}
