package dev.breakwater.app;

import dev.breakwater.settings.BrokerMode;
import java.nio.file.Path;

/**
 * How the console was asked to start: the command line's choices, each null when not given.
 *
 * @param broker    {@code --broker}: sim, paper or live
 * @param brokerUrl {@code --broker-url}: the trading API origin (paper or live against another host)
 * @param configDir {@code --config-dir}: where {@code breakwater.properties} lives
 */
record ConsoleLaunch(BrokerMode broker, String brokerUrl, Path configDir) {

    static final ConsoleLaunch DEFAULTS = new ConsoleLaunch(null, null, null);
}
