package dev.breakwater.journal;

import dev.breakwater.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class CompactionAndRetentionTest {

    private static final Logger LOG = LoggerFactory.getLogger(CompactionAndRetentionTest.class);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T15:00:00Z"));

    @Test
    void pruneDeletesOldResolvedIntentsAndTheirEventsOnly() {
        try (H2OrderJournal journal = H2OrderJournal.open(Requests.fileUrl(dir), clock)) {
            for (IntentState end : List.of(IntentState.ACCEPTED, IntentState.REJECTED, IntentState.NOT_SENT, IntentState.UNKNOWN)) {
                String id = "bw-old-" + end;
                journal.createIfAbsent("t", "PA", Requests.limitBuy(id), IntentState.SENDING);
                journal.transition(id, IntentState.SENDING, Transition.to(end, "STATE", null));
            }
            journal.createIfAbsent("t", "PA", Requests.limitBuy("bw-old-PENDING"), IntentState.PENDING);
            journal.createIfAbsent("t", "PA", Requests.limitBuy("bw-old-SENDING"), IntentState.SENDING);
            clock.advance(Duration.ofDays(91));
            journal.createIfAbsent("t", "PA", Requests.limitBuy("bw-new"), IntentState.SENDING);
            journal.transition("bw-new", IntentState.SENDING, Transition.to(IntentState.ACCEPTED, "STATE", null));

            int pruned = journal.prune(H2OrderJournal.DEFAULT_RETENTION);

            assertThat(pruned).isEqualTo(3);
            assertThat(journal.list(null, null, 100)).extracting(Intent::clientOrderId)
                    .containsExactlyInAnyOrder("bw-old-UNKNOWN", "bw-old-PENDING", "bw-old-SENDING", "bw-new");
            assertThat(journal.events("bw-old-ACCEPTED")).isEmpty();
            assertThat(journal.events("bw-old-UNKNOWN")).hasSize(2);
            assertThat(journal.prune(H2OrderJournal.DEFAULT_RETENTION)).isZero();
        }
    }

    @Test
    void pruneWorksInSlicesAndKeepsRecentActivity() {
        try (H2OrderJournal journal = H2OrderJournal.open(Requests.fileUrl(dir), clock)) {
            for (int i = 0; i < 600; i++) {
                journal.adopt(JournalFixtures.brokerOrder("bw-a" + i), "PA");
            }
            journal.adopt(JournalFixtures.brokerOrder("bw-touched"), "PA");
            clock.advance(Duration.ofDays(2));
            journal.recordBrokerStatus("bw-touched", null, "filled", null);

            assertThat(journal.prune(Duration.ofDays(1))).isEqualTo(600);
            assertThat(journal.find("bw-touched")).isPresent();
        }
    }

    @Test
    void compactionShrinksTheFileAndKeepsTheJournalUsable() throws Exception {
        int intents = 3_000;
        try (H2OrderJournal journal = H2OrderJournal.open(Requests.fileUrl(dir), clock)) {
            for (int i = 0; i < intents; i++) {
                journal.createIfAbsent("t", "PA", Requests.limitBuy("bw-c" + i), IntentState.SENDING);
            }
            long before = journal.fileSize();
            long started = System.nanoTime();
            journal.compact();
            long after = journal.fileSize();
            LOG.warn("compaction of {} intents: {} -> {} bytes ({}x) in {} ms", intents, before, after,
                    before / Math.max(1, after), (System.nanoTime() - started) / 1_000_000);

            assertThat(after).isLessThan(before / 3);
            assertThat(journal.find("bw-c17")).isPresent();
            journal.createIfAbsent("t", "PA", Requests.limitBuy("bw-after"), IntentState.PENDING);
            assertThat(journal.unresolved()).hasSize(intents + 1);
        }
        try (H2OrderJournal reopened = H2OrderJournal.open(Requests.fileUrl(dir), clock)) {
            assertThat(reopened.find("bw-after")).isPresent();
        }
    }

    @Test
    void aCleanCloseCompacts() throws Exception {
        H2OrderJournal journal = H2OrderJournal.open(Requests.fileUrl(dir), clock);
        for (int i = 0; i < 1_000; i++) {
            journal.createIfAbsent("t", "PA", Requests.limitBuy("bw-c" + i), IntentState.SENDING);
        }
        long before = journal.fileSize();

        journal.close();

        assertThat(Files.size(Requests.dataFile(dir))).isLessThan(before / 3);
    }

    @Test
    void callersWaitForACompactionInsteadOfFailing() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try (H2OrderJournal journal = H2OrderJournal.open(Requests.fileUrl(dir), clock)) {
            List<Future<Intent>> writes = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String id = "bw-w" + i;
                writes.add(writers.submit(() -> journal.createIfAbsent("t", "PA", Requests.limitBuy(id), IntentState.SENDING)));
                if (i % 100 == 50) {
                    journal.compact();
                }
            }
            for (Future<Intent> write : writes) {
                assertThat(write.get().state()).isEqualTo(IntentState.SENDING);
            }
            assertThat(journal.unresolved()).hasSize(400);
        } finally {
            writers.shutdownNow();
        }
    }

    @Test
    void idleCompactionRunsOnlyAfterWritesAndOnlyWhenIdle() {
        try (H2OrderJournal journal = H2OrderJournal.open(Requests.fileUrl(dir), clock)) {
            journal.createIfAbsent("t", "PA", Requests.limitBuy(), IntentState.PENDING);

            assertThat(journal.compactIfIdle(Duration.ofHours(1))).as("written just now").isFalse();
            assertThat(journal.compactIfIdle(Duration.ZERO)).isTrue();
            assertThat(journal.compactIfIdle(Duration.ZERO)).as("nothing written since").isFalse();
            assertThat(journal.unresolved()).hasSize(1);
        }
    }
}
