package dev.breakwater.sim;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls {@link SimExchange#tick()} at a fixed rate on a daemon thread, so prices move and working orders
 * fill while the server runs. The exchange itself never moves on its own; tests that want full control
 * turn the ticker off and tick by hand.
 */
final class ExchangeTicker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeTicker.class);

    private final ScheduledExecutorService executor;

    ExchangeTicker(SimExchange exchange, Duration interval) {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sim-exchange-ticker");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleAtFixedRate(() -> {
            try {
                exchange.tick();
            } catch (RuntimeException e) {
                // A failed tick must not end the schedule (scheduleAtFixedRate stops on an exception).
                LOG.warn("simulated exchange tick failed", e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
