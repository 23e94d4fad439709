package dev.breakwater.app;

import dev.breakwater.broker.EndpointGroup;
import dev.breakwater.broker.StreamStatus;
import dev.breakwater.resilience.BrokerHealth;
import dev.breakwater.resilience.HealthEvent;
import dev.breakwater.resilience.HealthSnapshot;
import dev.breakwater.resilience.ResilienceSettings;
import dev.breakwater.ui.health.HealthFeed;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The broker-health panel's {@link HealthFeed} over the resilience layer and the trade stream:
 * <pre>{@code
 * new ResilienceHealthFeed(resilience.health(restClient::lastRateLimit), resilience.settings(), tradeStream::status)
 * }</pre>
 * Every call is a cheap in-memory read or a breaker transition, safe from any thread.
 */
public final class ResilienceHealthFeed implements HealthFeed {

    private final BrokerHealth health;
    private final ResilienceSettings settings;
    private final Supplier<StreamStatus> stream;

    /**
     * @param stream the trade stream's {@code status()}; may return null (or be {@code () -> null}) while
     *               no stream has been started
     */
    public ResilienceHealthFeed(BrokerHealth health, ResilienceSettings settings, Supplier<StreamStatus> stream) {
        this.health = Objects.requireNonNull(health, "health");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.stream = Objects.requireNonNull(stream, "stream");
    }

    @Override
    public HealthSnapshot snapshot() {
        return health.snapshot();
    }

    @Override
    public List<HealthEvent> recentEvents() {
        return health.recentEvents();
    }

    @Override
    public AutoCloseable subscribe(Consumer<HealthEvent> listener) {
        Objects.requireNonNull(listener, "listener");
        // A wrapper of our own, so closing removes exactly this subscription even if the same listener is added twice.
        Consumer<HealthEvent> subscription = listener::accept;
        health.addListener(subscription);
        return () -> health.removeListener(subscription);
    }

    @Override
    public StreamStatus streamStatus() {
        return stream.get();
    }

    @Override
    public Duration openWait(EndpointGroup group) {
        return settings.breaker(group).waitDurationInOpenState();
    }

    @Override
    public void forceOpen(EndpointGroup group) {
        health.forceOpen(group);
    }

    @Override
    public void reset(EndpointGroup group) {
        health.reset(group);
    }
}
