package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** Which command lines start the JavaFX runtime early: only those that open the console. */
class MainTest {

    @Test
    void theConsolesCommandLinesStartTheRuntimeEarly() {
        assertThat(Main.opensConsole(new String[0])).isTrue();
        assertThat(Main.opensConsole(new String[] {"--config-dir=/tmp/c", "--broker", "paper"})).isTrue();
        assertThat(Main.opensConsole(new String[] {"--log-level", "debug", "--metrics-port", "0"})).isTrue();
    }

    @Test
    void subcommandsHelpVersionAndArgumentFilesDoNot() {
        assertThat(Main.opensConsole(new String[] {"bench", "startup"})).isFalse();
        assertThat(Main.opensConsole(new String[] {"--log-level", "debug", "journal", "list"})).isFalse();
        assertThat(Main.opensConsole(new String[] {"soak"})).isFalse();
        assertThat(Main.opensConsole(new String[] {"sim"})).isFalse();
        assertThat(Main.opensConsole(new String[] {"--help"})).isFalse();
        assertThat(Main.opensConsole(new String[] {"-V"})).isFalse();
        assertThat(Main.opensConsole(new String[] {"@args.txt"})).isFalse();
    }

    @Test
    void theSubcommandNamesAreTheCommandsOwn() {
        assertThat(Main.SUBCOMMANDS).isEqualTo(Arrays.stream(BreakwaterCommand.class.getAnnotation(Command.class)
                .subcommands()).map(type -> type.getAnnotation(Command.class).name()).collect(Collectors.toSet()));
    }
}
