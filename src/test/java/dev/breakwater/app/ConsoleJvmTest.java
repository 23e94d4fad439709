package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every way the console is launched carries the same JVM options the benchmarks start it with. */
class ConsoleJvmTest {

    @Test
    void theLaunchersCarryTheConsolesJvmOptions() throws IOException {
        for (String launcher : List.of("pom.xml", "installer/build.sh", "installer/windows/build-msi.ps1",
                "installer/windows/cli-launcher.properties", "installer/macos/build-dmg.sh")) {
            String text = Files.readString(Path.of(launcher));
            for (String option : ConsoleJvm.OPTIONS) {
                assertThat(text).as(launcher).contains(option);
            }
        }
    }

    @Test
    void aChildJvmGetsTheOptionsAndKnowsItIsOne() {
        List<String> command = ConsoleJvm.command(List.of("-Dx=1"), List.of("bench", "ui"));

        assertThat(command.get(0)).endsWith("java");
        assertThat(command).containsSubsequence(ConsoleJvm.OPTIONS);
        assertThat(command).contains("-D" + ConsoleJvm.CHILD_PROPERTY + "=true", "-Dx=1", Main.class.getName());
        assertThat(command.subList(command.size() - 2, command.size())).containsExactly("bench", "ui");
        assertThat(command.indexOf("-Dx=1")).isLessThan(command.indexOf(Main.class.getName()));
    }
}
