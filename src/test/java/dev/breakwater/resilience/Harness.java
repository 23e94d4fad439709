package dev.breakwater.resilience;

import dev.breakwater.testing.MutableClock;
import dev.breakwater.broker.Broker;
import dev.breakwater.broker.RateLimitStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One resilience layer around a {@link ScriptedBroker}, with a standing clock, a recording sleeper, a
 * seeded random source and a fresh meter registry. Nothing in it sleeps.
 */
final class Harness {

    static final Instant START = Instant.parse("2026-03-02T15:00:00Z");

    final ScriptedBroker raw = new ScriptedBroker();
    final MutableClock clock = new MutableClock(START);
    final RecordingSleeper sleeper = new RecordingSleeper();
    final AtomicReference<RateLimitStatus> lastRateLimit = new AtomicReference<>();
    final MeterRegistry meters;
    final Resilience resilience;
    final Broker broker;
    final BrokerHealth health;

    Harness() {
        this(settings());
    }

    Harness(ResilienceSettings settings) {
        this(settings, new SimpleMeterRegistry());
    }

    Harness(ResilienceSettings settings, MeterRegistry meters) {
        this.meters = meters;
        resilience = Resilience.create(settings, meters, clock, sleeper, new Random(42));
        broker = resilience.decorate(raw);
        health = resilience.health(() -> Optional.ofNullable(lastRateLimit.get()));
    }

    /** The production defaults, except a rate limit no test reaches by accident. */
    static ResilienceSettings settings() {
        return ResilienceSettings.defaults()
                .withRateLimit(new RateLimitSettings(100_000, Duration.ofSeconds(1), Duration.ZERO));
    }
}
