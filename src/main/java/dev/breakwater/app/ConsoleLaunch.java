package dev.breakwater.app;

import dev.breakwater.settings.BrokerMode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How the console was asked to start: the command line's flags (resolved with the environment and the
 * settings file by {@link Configuration} once the window's worker runs) and where the order path's meters
 * go.
 *
 * @param flags  the flags given, by option; absent when not given
 * @param meters the registry the metrics endpoint serves, or a new plain one when there is no endpoint; the
 *               console asks once, on its worker, so that Micrometer stays off the way to the window
 */
record ConsoleLaunch(Map<ConfigOption, String> flags, Supplier<MeterRegistry> meters) {

    static final ConsoleLaunch DEFAULTS = new ConsoleLaunch(Map.of(), SimpleMeterRegistry::new);

    ConsoleLaunch {
        flags = Map.copyOf(flags);
    }

    /**
     * @param broker    {@code --broker}, or null
     * @param brokerUrl {@code --broker-url}, or null
     * @param configDir {@code --config-dir}, or null
     */
    ConsoleLaunch(BrokerMode broker, String brokerUrl, Path configDir) {
        this(flags(broker, brokerUrl, configDir), SimpleMeterRegistry::new);
    }

    private static Map<ConfigOption, String> flags(BrokerMode broker, String brokerUrl, Path configDir) {
        Map<ConfigOption, String> flags = new EnumMap<>(ConfigOption.class);
        if (broker != null) {
            flags.put(ConfigOption.BROKER, broker.name());
        }
        if (brokerUrl != null) {
            flags.put(ConfigOption.BROKER_URL, brokerUrl);
        }
        if (configDir != null) {
            flags.put(ConfigOption.CONFIG_DIR, configDir.toString());
        }
        return flags;
    }
}
