package dev.breakwater.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What can be checked of the installer scripts in a second, on every build: they parse, and
 * {@code build.sh --dry-run} would hand jpackage this project's version, launcher, main class, icon and
 * menu entry. Running jlink and jpackage takes minutes: that is {@code installer/smoke.sh}'s job.
 */
@EnabledOnOs(OS.LINUX) // the scripts build the Linux installers; Windows and macOS have recipes instead
class InstallerScriptTest {

    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    private static final Path INSTALLER = ROOT.resolve("installer");

    @TempDir
    Path scratch;

    private record Run(int exitCode, String output) {
    }

    private Run run(String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile(scratch, "out", ".txt");
        Process process = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 30 s");
        }
        return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private String dryRun() throws Exception {
        Run run = run("bash", INSTALLER.resolve("build.sh").toString(), "--dry-run");
        assertThat(run.exitCode()).as(run.output()).isZero();
        return run.output();
    }

    /** The one printed command line that starts with {@code + <tool>} and contains {@code marker}. */
    private static String commandLine(String output, String tool, String marker) {
        return output.lines()
                .filter(line -> line.startsWith("+ ") && line.contains("/bin/" + tool + " ") && line.contains(marker))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no '" + tool + "' command with " + marker + " in:\n" + output));
    }

    @ParameterizedTest
    @ValueSource(strings = {"build.sh", "smoke.sh", "common.sh", "render-icons.sh"})
    void scriptParses(String script) throws Exception {
        Run run = run("bash", "-n", INSTALLER.resolve(script).toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    @Test
    void dryRunPackagesThisVersionAsTheBreakwaterLauncherOfMain() throws Exception {
        String version = BuildVersion.version();
        assertThat(version).isNotEqualTo("unknown");

        String appImage = commandLine(dryRun(), "jpackage", "--type app-image");

        assertThat(appImage)
                .contains(" --app-version " + version.replaceFirst("-.*", "") + " ")
                .contains(" --name breakwater ")
                .contains(" --main-jar breakwater.jar ")
                .contains(" --main-class " + Main.class.getName() + " ")
                .contains(" --icon " + ROOT.resolve("assets/icon-256.png") + " ");
    }

    @Test
    void dryRunNamesTheAppImageWithTheVersion() throws Exception {
        String move = dryRun().lines().filter(line -> line.startsWith("+ mv ")).findFirst().orElseThrow();

        assertThat(move).endsWith("/target/installer/breakwater-" + BuildVersion.version() + "-linux-"
                + run("uname", "-m").output().strip());
    }

    @Test
    void dryRunDebHasMenuEntryIconGuiDependenciesAndTolerantScripts() throws Exception {
        String deb = commandLine(dryRun(), "jpackage", "--type deb");

        assertThat(deb)
                .contains(" --linux-menu-group 'Office;Finance;' ")
                .contains(" --linux-shortcut ")
                .contains(" --linux-package-deps 'libgtk-3-0, libgl1'")
                .contains(" --icon " + ROOT.resolve("assets/icon-256.png") + " ")
                .contains(" --resource-dir " + INSTALLER.resolve("linux") + " ");
    }

    @Test
    void dryRunRuntimeKeepsTheModulesNoClassNames() throws Exception {
        String jlink = commandLine(dryRun(), "jlink", "--add-modules");

        assertThat(jlink).contains("jdk.crypto.ec", "jdk.httpserver", "java.sql", "java.desktop",
                "jdk.unsupported", "--strip-debug");
    }

    @Test
    void unknownArgumentIsAUsageError() throws Exception {
        Run run = run("bash", INSTALLER.resolve("build.sh").toString(), "--bogus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("unknown argument '--bogus'");
    }

    /**
     * The .deb's postinst as jpackage fills it in, with a menu registration that fails the way
     * xdg-desktop-menu does in a container: the package must still configure.
     */
    @Test
    void postinstSurvivesAFailingMenuRegistration() throws Exception {
        String template = Files.readString(INSTALLER.resolve("linux/postinst"), StandardCharsets.UTF_8);
        assertThat(template).contains("DESKTOP_COMMANDS_INSTALL");
        Path postinst = scratch.resolve("postinst");
        Files.writeString(postinst, template
                .replace("DESKTOP_COMMANDS_INSTALL", "false")
                .replace("APPLICATION_PACKAGE", "breakwater")
                .replace("APPLICATION_LAUNCHER", "/opt/breakwater/bin/breakwater"));

        Run run = run("sh", postinst.toString(), "configure");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("menu entry not registered", "/opt/breakwater/bin/breakwater");
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 32, 48, 64, 128, 256, 512})
    void iconIsCommittedAtEverySize(int size) throws Exception {
        BufferedImage icon = ImageIO.read(ROOT.resolve("assets/icon-" + size + ".png").toFile());

        assertThat(icon).isNotNull();
        assertThat(List.of(icon.getWidth(), icon.getHeight())).containsExactly(size, size);
    }

    @Test
    void consoleIconsAreOnTheClasspath() throws Exception {
        List<Integer> widths = new ArrayList<>();
        for (int size : new int[] {32, 64, 256}) {
            try (InputStream in = Main.class.getResourceAsStream("icons/icon-" + size + ".png")) {
                assertThat(in).as("dev/breakwater/app/icons/icon-%d.png", size).isNotNull();
                widths.add(ImageIO.read(in).getWidth());
            }
        }

        assertThat(widths).containsExactly(32, 64, 256);
    }
}
