package dev.breakwater.broker.alpaca;

import java.time.Duration;

/** Periods short enough for tests that watch real reconnects. */
final class StreamTestSettings {

    private StreamTestSettings() {
    }

    /** Ping 100 ms, stale after 1 s (checked every 50 ms), backoff 100 .. 300 ms, stable after 1 min. */
    static TradeStreamSettings fast() {
        return new TradeStreamSettings(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMillis(50),
                Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofMinutes(1));
    }
}
