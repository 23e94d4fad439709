package dev.breakwater.app;

import picocli.CommandLine;

/**
 * The process entry point for the jar, jpackage's launcher and {@code mvn javafx:run}. It does not extend
 * {@code Application}: with JavaFX on the class path a launcher class must not, or the JavaFX runtime
 * refuses to start.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int exit = new CommandLine(new BreakwaterCommand(ConsoleApp::launchConsole)).execute(args);
        System.exit(exit);
    }
}
