package dev.breakwater.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal's promise under a crash: every intent whose commit returned is there after a
 * {@code kill -9} of the process that wrote it.
 */
class DurabilityTest {

    private static final int RUNS = 3;

    @TempDir
    Path dir;

    @Test
    void noAcknowledgedIntentIsLostWhenTheWriterIsKilled() throws Exception {
        Random random = new Random();
        List<String> acknowledged = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            Process child = JournalChild.start("write", Requests.fileUrl(dir), "bw-run" + run + "-");
            // Kill at a random moment after some acknowledgements: the child keeps writing meanwhile,
            // so the kill lands in the middle of a commit as often as between two.
            int killAfter = 50 + random.nextInt(400);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                int seen = 0;
                while (seen < killAfter && (line = out.readLine()) != null) {
                    if (line.startsWith(JournalChild.ACK)) {
                        acknowledged.add(line.substring(JournalChild.ACK.length()));
                        seen++;
                    }
                }
                assertThat(seen).as("acknowledgements before the child stopped on its own").isEqualTo(killAfter);
                // Killing closes our end of the pipe: lines still in it are not counted as acknowledged.
                JournalChild.kill(child);
            }
        }

        try (H2OrderJournal journal = H2OrderJournal.open(Requests.fileUrl(dir))) {
            List<String> lost = acknowledged.stream().filter(id -> journal.find(id).isEmpty()).toList();
            assertThat(lost).as("acknowledged intents lost of " + acknowledged.size()).isEmpty();
            assertThat(journal.unresolved()).hasSizeGreaterThanOrEqualTo(acknowledged.size());
        }
    }

    @Test
    void theJournalAlwaysRunsWithWriteDelayZero() throws Exception {
        // The URL without the setting: the journal must add it.
        try (H2OrderJournal journal = H2OrderJournal.open(Requests.fileUrl(dir))) {
            journal.createIfAbsent("t", "PA", Requests.limitBuy(), IntentState.PENDING);
            // A second connection in this JVM shares the open database and sees its settings.
            try (Connection c = DriverManager.getConnection(Requests.fileUrl(dir));
                 Statement s = c.createStatement();
                 ResultSet r = s.executeQuery(
                         "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("0");
            }
        }
    }
}
