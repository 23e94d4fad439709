package dev.breakwater.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version Maven stamped into {@code version.properties} at build time. Read from a resource rather
 * than the jar manifest so that it is also right under {@code mvn javafx:run} and in tests, which run
 * from class folders.
 */
public final class BuildVersion implements IVersionProvider {

    /** The project version, e.g. {@code 0.1.0}. */
    public static String version() {
        try (InputStream in = BuildVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build version", e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"breakwater " + version()};
    }
}
