package dev.breakwater.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options the console's launchers start it with (jpackage's {@code --java-options} in
 * {@code installer/}, the {@code javafx:run} options in {@code pom.xml}; {@code ConsoleJvmTest} keeps them
 * equal), and the command line of a child JVM started with them, for the benchmarks that measure the console
 * as it is installed. {@code java -jar breakwater.jar} cannot carry JVM options: it runs with the JVM's defaults.
 */
final class ConsoleJvm {

    /**
     * G1's pause goal. With the default goal of 200 ms G1 let the young generation grow under a fast trade stream
     * until a young collection took 40-80 ms ({@code bench ui --jvm-defaults}, 2 cores): a stall the trader sees.
     * With 20 ms it collects a smaller young generation more often, in 25-40 ms on that machine; 10 ms collected
     * so often that the 99th percentile pulse gap rose from 32 to 45 ms without shortening the longest.
     */
    static final List<String> OPTIONS = List.of("-XX:MaxGCPauseMillis=20");

    /** Set in a child started here, so that it never starts another. */
    static final String CHILD_PROPERTY = "breakwater.consoleJvm";

    private ConsoleJvm() {
    }

    /** Whether this JVM was started with the launchers' options (or is a child started here). */
    static boolean isThisJvm() {
        return Boolean.getBoolean(CHILD_PROPERTY)
                || ManagementFactory.getRuntimeMXBean().getInputArguments().containsAll(OPTIONS);
    }

    /**
     * A child JVM: this JVM's java and class path, the launchers' options, then {@code moreOptions}, the console's
     * main class and {@code args}.
     */
    static List<String> command(List<String> moreOptions, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(OPTIONS);
        command.add("-D" + CHILD_PROPERTY + "=true");
        command.addAll(moreOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        return command;
    }
}
