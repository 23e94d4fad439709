package dev.breakwater.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator keys (README "Configuration") in breakwater.properties: read raw, kept by the console's saves. */
class SettingsFileOperatorKeysTest {

    @TempDir
    Path folder;

    @Test
    void aMissingFileHasNoValues() throws IOException {
        assertThat(SettingsFile.values(folder.resolve("none.properties"))).isEmpty();
    }

    @Test
    void valuesAreTrimmedAndBlankOnesLeftOut() throws IOException {
        Path file = folder.resolve(SettingsFile.FILE_NAME);
        Files.writeString(file, "metrics.port =  9100 \nlog.level=\n# comment\njournal=jdbc:h2:file:/j\n");
        assertThat(SettingsFile.values(file)).containsExactlyInAnyOrderEntriesOf(
                Map.of(SettingsFile.METRICS_PORT, "9100", SettingsFile.JOURNAL, "jdbc:h2:file:/j"));
    }

    @Test
    void theConsolesSaveKeepsEveryOperatorKeyAndTheFileStaysPrivate() throws IOException {
        Path file = folder.resolve("cfg").resolve(SettingsFile.FILE_NAME);
        Map<String, String> operator = Map.of(SettingsFile.BASE_URL, "https://paper-api.alpaca.markets",
                SettingsFile.DATA_URL, "https://data.alpaca.markets", SettingsFile.JOURNAL, "jdbc:h2:file:/j/{mode}",
                SettingsFile.DATA_DIR, "/srv/breakwater", SettingsFile.METRICS_PORT, "9100",
                SettingsFile.LOG_LEVEL, "DEBUG");
        SettingsFile.save(file, ConsoleSettings.defaults());
        StringBuilder text = new StringBuilder(Files.readString(file));
        operator.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.writeString(file, text);

        SettingsFile.save(file, SettingsFile.load(file).withKeys("PKROUNDTRIP01", "round-trip-secret"));

        Map<String, String> values = SettingsFile.values(file);
        assertThat(values).containsAllEntriesOf(operator);
        assertThat(values).containsEntry(SettingsFile.SECRET_KEY, "round-trip-secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
