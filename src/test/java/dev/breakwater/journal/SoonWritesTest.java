package dev.breakwater.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link OrderJournal#writeSoon} on H2: run by the writer thread, yet never missed by a later call. */
class SoonWritesTest {

    private static final String ID = "bw-soon";

    @TempDir
    Path dir;

    private static Transition accepted() {
        return Transition.to(IntentState.ACCEPTED, "STATE", "placed");
    }

    @Test
    void aCallWhileTheWriterRunsAWriteWaitsForItInsteadOfReadingAroundIt() throws Exception {
        AtomicReference<Thread> readerThread = new AtomicReference<>();
        ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "reader");
            readerThread.set(thread);
            return thread;
        });
        try (H2OrderJournal journal = H2OrderJournal.open(Requests.fileUrl(dir))) {
            journal.createIfAbsent("t", "PA", Requests.limitBuy(ID), IntentState.SENDING);
            CountDownLatch running = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            journal.writeSoon(() -> {
                running.countDown();
                awaitQuietly(release);
                journal.transition(ID, IntentState.SENDING, accepted());
            });
            assertThat(running.await(5, TimeUnit.SECONDS)).as("the writer thread runs it").isTrue();

            Future<Optional<Intent>> read = reader.submit(() -> journal.find(ID));
            // Parked: waiting for the journal's lock, or idle again because find() returned around the write.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (readerThread.get().getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(read.isDone()).as("the read waits for the write").isFalse();
            release.countDown();

            assertThat(read.get(5, TimeUnit.SECONDS).orElseThrow().state()).isEqualTo(IntentState.ACCEPTED);
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    void closeRunsWhatIsQueuedAndAFailedWriteOnlyLogs() {
        try (H2OrderJournal journal = H2OrderJournal.open(Requests.fileUrl(dir))) {
            journal.createIfAbsent("t", "PA", Requests.limitBuy(ID), IntentState.SENDING);
            journal.writeSoon(() -> {
                throw new IllegalStateException("disk full");
            });
            journal.writeSoon(() -> journal.transition(ID, IntentState.SENDING, accepted()));
        }

        try (H2OrderJournal reopened = H2OrderJournal.open(Requests.fileUrl(dir))) {
            assertThat(reopened.find(ID).orElseThrow().state()).isEqualTo(IntentState.ACCEPTED);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
