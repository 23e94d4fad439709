package dev.breakwater.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.Endpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HealthEventLogTest {

    private static HealthEvent event(int n) {
        return new HealthEvent.RetryScheduled(Instant.EPOCH.plusSeconds(n), Endpoint.CLOCK, 2, Duration.ZERO, "#" + n);
    }

    @Test
    void keepsTheNewest500OldestFirst() {
        HealthEventLog log = new HealthEventLog();
        for (int n = 1; n <= 700; n++) {
            log.publish(event(n));
        }

        List<HealthEvent> recent = log.recent();

        assertThat(recent).hasSize(500);
        assertThat(recent.get(0)).isEqualTo(event(201));
        assertThat(recent.get(499)).isEqualTo(event(700));
    }

    @Test
    void concurrentPublishersNeitherLoseTheBoundNorBreakTheListeners() throws Exception {
        HealthEventLog log = new HealthEventLog();
        AtomicInteger heard = new AtomicInteger();
        log.addListener(e -> heard.incrementAndGet());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int base = t * 1000;
                done.add(pool.submit(() -> {
                    for (int n = 0; n < 1000; n++) {
                        log.publish(event(base + n));
                        log.recent();
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(log.recent()).hasSize(500).doesNotHaveDuplicates();
        assertThat(heard).hasValue(4000);
    }
}
