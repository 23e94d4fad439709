package dev.breakwater.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What happens when the journal cannot be used: a clear message, and the file left as it was. */
class JournalOpeningTest {

    @TempDir
    Path dir;

    @Test
    void aMissingJournalIsCreatedOnFirstStartIncludingItsFolder() {
        Path nested = dir.resolve("data/breakwater");

        try (H2OrderJournal journal = H2OrderJournal.open(Requests.fileUrl(nested))) {
            journal.createIfAbsent("t", "PA", Requests.limitBuy(), IntentState.PENDING);
        }

        assertThat(Requests.dataFile(nested)).exists();
    }

    @Test
    void aSecondOpenInTheSameProcessIsRefused() {
        try (H2OrderJournal first = H2OrderJournal.open(Requests.fileUrl(dir))) {
            assertThatThrownBy(() -> H2OrderJournal.open(Requests.fileUrl(dir)))
                    .isInstanceOf(JournalUnavailableException.class)
                    .hasMessageContaining(Requests.dataFile(dir).toString())
                    .hasMessageContaining("in use by another Breakwater");
            first.createIfAbsent("t", "PA", Requests.limitBuy(), IntentState.PENDING);
        }
        // and once closed, it opens again
        H2OrderJournal.open(Requests.fileUrl(dir)).close();
    }

    @Test
    void aJournalHeldByAnotherProcessIsRefused() throws Exception {
        H2OrderJournal.open(Requests.fileUrl(dir)).close();
        Process child = JournalChild.start("hold", Requests.fileUrl(dir));
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo(JournalChild.OPEN);

            assertThatThrownBy(() -> H2OrderJournal.open(Requests.fileUrl(dir)))
                    .isInstanceOf(JournalUnavailableException.class)
                    .hasMessageContaining(Requests.dataFile(dir).toString())
                    .hasMessageContaining("in use by another Breakwater (close it, or use desk mode");
        } finally {
            JournalChild.kill(child);
        }
        assertThat(Requests.dataFile(dir)).exists();
    }

    @Test
    void aDamagedJournalIsReportedAndLeftByteForByte() throws Exception {
        try (H2OrderJournal journal = H2OrderJournal.open(Requests.fileUrl(dir))) {
            journal.createIfAbsent("t", "PA", Requests.limitBuy(), IntentState.SENDING);
        }
        Path file = Requests.dataFile(dir);
        byte[] damaged = Files.readAllBytes(file);
        byte[] garbage = new byte[8192];
        new Random(7).nextBytes(garbage);
        System.arraycopy(garbage, 0, damaged, 0, Math.min(garbage.length, damaged.length));
        Files.write(file, damaged);

        assertThatThrownBy(() -> H2OrderJournal.open(Requests.fileUrl(dir)))
                .isInstanceOf(JournalUnavailableException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("is damaged; it was left untouched; restore it from backup or move it aside");

        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no replacement journal was created beside it")
                    .allMatch(name -> name.equals("journal.mv.db") || name.endsWith(".trace.db"));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 20, 200})
    void aGarbageFileIsNotReplacedByAnEmptyJournal(int lines) throws Exception {
        Path file = Requests.dataFile(dir);
        // Short files make H2 report an I/O error rather than corruption: still damaged, not unwritable.
        byte[] garbage = "this is not an H2 database, but it is somebody's file\n".repeat(lines).getBytes(StandardCharsets.UTF_8);
        Files.write(file, garbage);

        assertThatThrownBy(() -> H2OrderJournal.open(Requests.fileUrl(dir)))
                .isInstanceOf(JournalUnavailableException.class)
                .hasMessageContaining("is damaged");

        assertThat(Arrays.equals(Files.readAllBytes(file), garbage)).isTrue();
    }

    @Test
    void aReadOnlyJournalFailsAtOpenNotAtTheFirstOrder() throws Exception {
        H2OrderJournal.open(Requests.fileUrl(dir)).close();

        // H2's own read-only mode is what it falls back to for a file it may not write.
        assertThatThrownBy(() -> H2OrderJournal.open(Requests.fileUrl(dir) + ";ACCESS_MODE_DATA=r"))
                .isInstanceOf(JournalUnavailableException.class)
                .hasMessageContaining(Requests.dataFile(dir).toString())
                .hasMessageContaining("cannot be written");
    }

    @Test
    void aJournalInAReadOnlyFolderFailsWithAMessage() throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(readOnly), "running as root: permissions do not bind");
            assertThatThrownBy(() -> H2OrderJournal.open(Requests.fileUrl(readOnly.resolve("sub"))))
                    .isInstanceOf(JournalUnavailableException.class)
                    .hasMessageContaining("cannot be written");
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aJournalWhoseFolderCannotExistFailsWithAMessage() throws Exception {
        // A file where the folder should be: unwritable for root too.
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> H2OrderJournal.open(Requests.fileUrl(blocker.resolve("breakwater"))))
                .isInstanceOf(JournalUnavailableException.class)
                .hasMessageContaining(blocker.toString())
                .hasMessageContaining("cannot be written");
        assertThat(Files.readString(blocker)).isEqualTo("x");
    }

    @Test
    void urlsThatBreakThePromiseAreRefused() {
        assertThatThrownBy(() -> H2OrderJournal.open(Requests.fileUrl(dir) + ";AUTO_SERVER=TRUE"))
                .isInstanceOf(JournalUnavailableException.class)
                .hasMessageContaining("all network interfaces");
        assertThatThrownBy(() -> H2OrderJournal.open(Requests.fileUrl(dir) + ";WRITE_DELAY=500"))
                .isInstanceOf(JournalUnavailableException.class)
                .hasMessageContaining("WRITE_DELAY=0");
        assertThat(Requests.dataFile(dir)).doesNotExist();
    }
}
