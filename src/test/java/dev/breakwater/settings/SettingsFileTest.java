package dev.breakwater.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breakwater.domain.PrecautionLimits;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    private static final String SECRET = "s3cr3t-Value-0123456789-ab12";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("config").resolve("breakwater").resolve(SettingsFile.FILE_NAME);
    }

    private static ConsoleSettings edited() {
        return new ConsoleSettings(BrokerMode.PAPER, "PKTESTKEY", SECRET,
                new PrecautionLimits(new BigDecimal("250"), null, new BigDecimal("2.5")), false, false);
    }

    @Test
    void aMissingFileGivesTheDefaults() throws Exception {
        assertThat(SettingsFile.load(file())).isEqualTo(ConsoleSettings.defaults());
    }

    @Test
    void whatIsSavedLoadsBackEqual() throws Exception {
        SettingsFile.save(file(), edited());

        assertThat(SettingsFile.load(file())).isEqualTo(edited());
        assertThat(Files.readString(file())).startsWith("#").contains("broker=paper", "theme=light",
                "ticket.review=false", "precautions.max_order_value=\n", "precautions.max_percent_from_last=2.5");
    }

    @Test
    void oddCharactersSurviveTheRoundTrip() throws Exception {
        ConsoleSettings odd = edited().withKeys(" key=with:odd#chars\\ and ü ", "pa ss=wörd\n!#");

        SettingsFile.save(file(), odd);

        assertThat(SettingsFile.load(file())).isEqualTo(odd.withKeys("key=with:odd#chars\\ and ü", "pa ss=wörd\n!#"));
        assertThat(Files.readString(file(), StandardCharsets.UTF_8).chars()).as("pure ASCII").allMatch(c -> c < 128);
    }

    @Test
    void theFileIsOwnerOnlyAndTheDirectoryIsCreatedOwnerOnly() throws Exception {
        SettingsFile.save(file(), edited());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file().getParent())))
                .isEqualTo("rwx------");
        assertThat(Files.list(file().getParent())).containsExactly(file()); // no temporary file left
    }

    @Test
    void aWorldReadableFileIsOwnerOnlyAgainAfterTheNextSave() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "broker=sim\n");
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));

        SettingsFile.save(file(), edited());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
    }

    @Test
    void keysOfOtherToolsAreKept() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "hotkeys.buy=F1\nbroker=sim\ndesk.journal_url=jdbc\\:h2\\:tcp\\://desk/j\n");

        SettingsFile.save(file(), edited());

        Properties written = new Properties();
        written.load(new StringReader(Files.readString(file(), StandardCharsets.UTF_8)));
        assertThat(written).containsEntry("hotkeys.buy", "F1").containsEntry("desk.journal_url", "jdbc:h2:tcp://desk/j")
                .containsEntry("broker", "paper");
        assertThat(SettingsFile.load(file())).isEqualTo(edited());
    }

    @Test
    void aMissingKeyTakesItsDefaultAndAnEmptyLimitIsOff() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "broker=LIVE\nprecautions.max_qty=\n");

        ConsoleSettings loaded = SettingsFile.load(file());

        assertThat(loaded.broker()).isEqualTo(BrokerMode.LIVE);
        assertThat(loaded.precautions().maxQty()).isNull();
        assertThat(loaded.precautions().maxOrderValue()).isEqualByComparingTo("50000");
        assertThat(loaded.reviewBeforeSend()).isTrue();
        assertThat(loaded.darkTheme()).isTrue();
        assertThat(loaded.keyId()).isNull();
    }

    @Test
    void aBadValueIsAnErrorNamingTheKeyAndTheFileNeverASilentDefault() throws Exception {
        Files.createDirectories(file().getParent());
        for (Map.Entry<String, String> bad : Map.of(
                "precautions.max_qty", "1,000", "precautions.max_order_value", "-5", "broker", "demo",
                "ticket.review", "yes", "theme", "blue", "precautions.max_percent_from_last", "0").entrySet()) {
            Files.writeString(file(), bad.getKey() + "=" + bad.getValue() + "\n");

            assertThatThrownBy(() -> SettingsFile.load(file()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(bad.getKey())
                    .hasMessageContaining(file().toString());
        }
    }

    @Test
    void theSecretIsNeverInToString() {
        assertThat(edited().toString()).doesNotContain(SECRET).contains("****");
    }

    @Test
    void theDefaultDirectoryFollowsXdgElseHomeDotConfig() {
        assertThat(SettingsFile.defaultDirectory(Map.of("XDG_CONFIG_HOME", "/cfg"), "/home/t"))
                .isEqualTo(Path.of("/cfg/breakwater"));
        assertThat(SettingsFile.defaultDirectory(Map.of(), "/home/t")).isEqualTo(Path.of("/home/t/.config/breakwater"));
        assertThat(SettingsFile.defaultDirectory(Map.of("XDG_CONFIG_HOME", "relative"), "/home/t"))
                .isEqualTo(Path.of("/home/t/.config/breakwater"));
        assertThat(SettingsFile.defaultDirectory(Map.of("XDG_CONFIG_HOME", " "), "/home/t"))
                .isEqualTo(Path.of("/home/t/.config/breakwater"));
    }

    @Test
    void limitTextAcceptsPositiveDecimalsAndBlank() {
        assertThat(LimitText.parse(" 2.50 ")).isEqualByComparingTo("2.5");
        assertThat(LimitText.parse(".5")).isEqualByComparingTo("0.5");
        assertThat(LimitText.parse("")).isNull();
        for (String bad : new String[] {"0", "0.0", "-1", "1e3", "1,5", "abc", "+1"}) {
            assertThatThrownBy(() -> LimitText.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(LimitText.format(new BigDecimal("1000.00"))).isEqualTo("1000");
        assertThat(LimitText.format(new BigDecimal("1E+3"))).isEqualTo("1000");
    }
}
