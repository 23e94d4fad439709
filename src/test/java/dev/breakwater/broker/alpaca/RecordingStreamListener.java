package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.StreamState;
import dev.breakwater.broker.StreamStatus;
import dev.breakwater.broker.TradeStreamListener;
import dev.breakwater.domain.TradeUpdate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Records what a trade stream delivers: updates and statuses in queues to wait on, and one journal of
 * every callback in call order (with its thread), to check ordering and threading.
 */
final class RecordingStreamListener implements TradeStreamListener {

    final BlockingQueue<TradeUpdate> updates = new LinkedBlockingQueue<>();
    final BlockingQueue<StreamStatus> statuses = new LinkedBlockingQueue<>();
    final List<StreamStatus> allStatuses = new CopyOnWriteArrayList<>();
    /** "subscribed", "update:EVENT", "status:STATE", in call order. */
    final List<String> journal = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();
    /** Runs inside onSubscribed, e.g. to make events arrive during gap recovery. */
    volatile Runnable duringSubscribed = () -> { };

    @Override
    public void onTradeUpdate(TradeUpdate update) {
        record("update:" + update.eventName());
        updates.add(update);
    }

    @Override
    public void onSubscribed() {
        record("subscribed");
        duringSubscribed.run();
    }

    @Override
    public void onStatus(StreamStatus status) {
        record("status:" + status.state());
        allStatuses.add(status);
        statuses.add(status);
    }

    long subscribedCount() {
        return journal.stream().filter("subscribed"::equals).count();
    }

    long count(StreamState state) {
        return allStatuses.stream().filter(s -> s.state() == state).count();
    }

    /** Waits for a status matching {@code wanted}, consuming the ones before it. */
    StreamStatus awaitStatus(Predicate<StreamStatus> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            StreamStatus status = left <= 0 ? null : statuses.poll(left, TimeUnit.NANOSECONDS);
            assertThat(status).as("a status as wanted within %s; seen: %s", timeout, allStatuses).isNotNull();
            if (wanted.test(status)) {
                return status;
            }
        }
    }

    StreamStatus awaitState(StreamState state, Duration timeout) throws InterruptedException {
        return awaitStatus(s -> s.state() == state, timeout);
    }

    TradeUpdate nextUpdate(Duration timeout) throws InterruptedException {
        TradeUpdate update = updates.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(update).as("a trade update within %s", timeout).isNotNull();
        return update;
    }

    private void record(String entry) {
        journal.add(entry);
        threads.add(Thread.currentThread().getName());
    }
}
