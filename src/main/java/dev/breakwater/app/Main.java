package dev.breakwater.app;

import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The process entry point for the jar, jpackage's launcher and {@code mvn javafx:run}. It does not extend
 * {@code Application}: with JavaFX on the class path a launcher class must not, or the JavaFX runtime
 * refuses to start.
 *
 * <p>Between parsing and running it points Logback at the configured log directory and level: that has
 * to happen before the first logger is created, and no class on the way here creates one.
 */
public final class Main {

    /**
     * {@link BreakwaterCommand}'s subcommands by name, written out: reading them from its annotation would
     * load and parse it before the JavaFX runtime starts, which is what {@link #opensConsole} is for.
     */
    static final Set<String> SUBCOMMANDS = Set.of("sim", "soak", "journal", "bench");
    private static final Set<String> HELP_OR_VERSION = Set.of("-h", "--help", "-V", "--version", "-hV", "-Vh");

    private Main() {
    }

    public static void main(String[] args) {
        if (opensConsole(args)) {
            EarlyToolkit.start(ConsoleApp::prebuildFrame);
        }
        CommandLine line = commandLine(new BreakwaterCommand(ConsoleApp::launchConsole));
        line.setExecutionStrategy(parsed -> configureLoggingThenRun(parsed, System.getenv()));
        System.exit(line.execute(args));
    }

    /**
     * Whether {@code args} open the console: no subcommand named, no help or version asked for, no
     * {@code @file} of arguments. A value that happens to be a subcommand's name ({@code --broker sim})
     * answers no: that only costs the early start of the JavaFX runtime.
     */
    static boolean opensConsole(String[] args) {
        for (String arg : args) {
            if (SUBCOMMANDS.contains(arg) || arg.startsWith("@") || HELP_OR_VERSION.contains(arg)) {
                return false;
            }
        }
        return true;
    }

    /** The command line as {@link #main} parses it. */
    static CommandLine commandLine(BreakwaterCommand root) {
        CommandLine line = new CommandLine(root);
        // "--broker sim" names a broker, not the sim subcommand.
        line.setAllowSubcommandsAsOptionParameters(true);
        return line;
    }

    static int configureLoggingThenRun(ParseResult parsed, Map<String, String> env) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help; // --help and --version need no configuration, and a bad one must not hide them
        }
        List<CommandLine> chain = parsed.asCommandLineList();
        LogFiles.configure(ProcessOptions.resolve(chain.get(chain.size() - 1).getCommandSpec(), Map.of(), env));
        return new CommandLine.RunLast().execute(parsed);
    }
}
