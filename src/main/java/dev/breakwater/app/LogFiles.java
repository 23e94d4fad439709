package dev.breakwater.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Points logback.xml at the resolved log directory and level. Logback reads its configuration when the
 * first logger is created, so {@link Main} calls this after parsing the command line and before any
 * command runs; logback.xml has defaults for both properties for any other entry point.
 */
final class LogFiles {

    /** Read by logback.xml as {@code ${breakwater.log.dir}}. */
    static final String DIRECTORY_PROPERTY = "breakwater.log.dir";
    /** Read by logback.xml as {@code ${breakwater.log.level}}. */
    static final String LEVEL_PROPERTY = "breakwater.log.level";
    static final String FILE_NAME = "breakwater.log";

    private LogFiles() {
    }

    /** Sets the properties, creates the directory (0700 where it is new) and registers the keys to mask. */
    static void configure(Configuration config) {
        Path directory = config.logDirectory();
        createPrivately(directory);
        System.setProperty(DIRECTORY_PROPERTY, directory.toString());
        System.setProperty(LEVEL_PROPERTY, config.logLevel());
        LogSecrets.register(config.keyId().orElse(null), config.secretKey().orElse(null));
    }

    /**
     * Logs name orders and accounts: only their owner should read them. Best effort: when the directory
     * cannot be created Logback says so on stderr and the console log still works.
     */
    private static void createPrivately(Path directory) {
        if (Files.isDirectory(directory)) {
            return;
        }
        try {
            Files.createDirectories(directory);
            if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            System.err.println("breakwater: cannot create the log directory " + directory + ": " + e.getMessage());
        }
    }
}
