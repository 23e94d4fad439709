package dev.breakwater.app;

import java.util.List;
import java.util.Map;
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

    private Main() {
    }

    public static void main(String[] args) {
        CommandLine line = commandLine(new BreakwaterCommand(ConsoleApp::launchConsole));
        line.setExecutionStrategy(parsed -> configureLoggingThenRun(parsed, System.getenv()));
        System.exit(line.execute(args));
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
