package dev.breakwater.ui.health;

import dev.breakwater.broker.EndpointGroup;
import dev.breakwater.broker.StreamStatus;
import dev.breakwater.resilience.HealthEvent;
import dev.breakwater.resilience.HealthSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the broker-health panel reads from: the resilience layer's snapshots and events and the trade
 * stream's status. All calls are cheap in-memory reads, safe from any thread; listeners are called on
 * the thread the event happened on (so the panel parks them and drains on the UI executor).
 */
public interface HealthFeed {

    HealthSnapshot snapshot();

    /** The last events, oldest first (at most 500). */
    List<HealthEvent> recentEvents();

    /** Registers {@code listener}; closing the result removes it. */
    AutoCloseable subscribe(Consumer<HealthEvent> listener);

    /** The trade stream's connection, or null before a stream has been started (the panel shows "not started"). */
    StreamStatus streamStatus();

    /** How long a breaker stays OPEN before it lets trial calls through (for "retrying in 8 s"). */
    Duration openWait(EndpointGroup group);

    /** Drill: holds the breaker open until {@link #reset}. */
    void forceOpen(EndpointGroup group);

    /** Drill: back to CLOSED with empty metrics. */
    void reset(EndpointGroup group);
}
