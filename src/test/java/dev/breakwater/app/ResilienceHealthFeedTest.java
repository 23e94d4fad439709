package dev.breakwater.app;

import static dev.breakwater.broker.EndpointGroup.ORDERS;
import static dev.breakwater.broker.EndpointGroup.READS;
import static dev.breakwater.broker.EndpointGroup.STREAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.Broker;
import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.RateLimitStatus;
import dev.breakwater.broker.StreamState;
import dev.breakwater.broker.StreamStatus;
import dev.breakwater.resilience.BreakerSettings;
import dev.breakwater.resilience.BreakerState;
import dev.breakwater.resilience.BrokerHealth;
import dev.breakwater.resilience.HealthEvent;
import dev.breakwater.resilience.Resilience;
import dev.breakwater.resilience.ResilienceSettings;
import dev.breakwater.testing.FakeBroker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The adapter over a real resilience layer (Resilience4j breakers, retries, limiter) and a stream status supplier. */
class ResilienceHealthFeedTest {

    private final ResilienceSettings settings = ResilienceSettings.defaults()
            .withBreaker(ORDERS, BreakerSettings.defaults().withWaitDurationInOpenState(Duration.ofSeconds(8)))
            .withBreaker(STREAM, BreakerSettings.defaults().withWaitDurationInOpenState(Duration.ofSeconds(30)));
    private final Resilience resilience = Resilience.create(settings, new SimpleMeterRegistry());
    private final AtomicReference<RateLimitStatus> lastRateLimit = new AtomicReference<>();
    private final BrokerHealth health = resilience.health(() -> Optional.ofNullable(lastRateLimit.get()));
    private final AtomicReference<StreamStatus> stream = new AtomicReference<>();
    private final ResilienceHealthFeed feed = new ResilienceHealthFeed(health, resilience.settings(), stream::get);

    @Test
    void theOpenWaitIsEachBreakersOwn() {
        assertThat(feed.openWait(ORDERS)).isEqualTo(Duration.ofSeconds(8));
        assertThat(feed.openWait(READS)).isEqualTo(BreakerSettings.defaults().waitDurationInOpenState());
        assertThat(feed.openWait(STREAM)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void drillsMoveTheRealBreakerAndSubscribersHearIt() throws Exception {
        List<HealthEvent> heard = new CopyOnWriteArrayList<>();
        AutoCloseable subscription = feed.subscribe(heard::add);

        feed.forceOpen(ORDERS);
        assertThat(feed.snapshot().breaker(ORDERS).state()).isEqualTo(BreakerState.FORCED_OPEN);
        assertThat(feed.snapshot().breaker(READS).state()).isEqualTo(BreakerState.CLOSED);
        feed.reset(ORDERS);
        assertThat(feed.snapshot().breaker(ORDERS).state()).isEqualTo(BreakerState.CLOSED);

        assertThat(heard).filteredOn(HealthEvent.BreakerStateChanged.class::isInstance)
                .extracting(event -> ((HealthEvent.BreakerStateChanged) event).to())
                .containsExactly(BreakerState.FORCED_OPEN, BreakerState.CLOSED);
        assertThat(feed.recentEvents()).containsExactlyElementsOf(heard);

        subscription.close();
        feed.forceOpen(READS);
        assertThat(heard).as("nothing after close").hasSize(2);
        assertThat(feed.recentEvents()).hasSize(3);
    }

    @Test
    void closingOneSubscriptionLeavesAnotherOfTheSameListener() throws Exception {
        List<HealthEvent> heard = new CopyOnWriteArrayList<>();
        AutoCloseable first = feed.subscribe(heard::add);
        feed.subscribe(heard::add);

        first.close();
        feed.forceOpen(READS);

        assertThat(heard).hasSize(1);
    }

    @Test
    void theSnapshotCountsCallsMadeThroughTheDecoratedBroker() {
        Broker broker = resilience.decorate(new FakeBroker());
        broker.getPositions();
        broker.getPositions();
        lastRateLimit.set(new RateLimitStatus(200, 187, Instant.parse("2026-03-02T15:01:00Z")));

        var snapshot = feed.snapshot();

        assertThat(snapshot.retries(Endpoint.POSITIONS).successfulWithoutRetry()).isEqualTo(2);
        assertThat(snapshot.retries(Endpoint.POSITIONS).attemptsByNumber()).containsEntry(1, 2L);
        assertThat(snapshot.breaker(READS).bufferedCalls()).isEqualTo(2);
        assertThat(snapshot.rateLimit().broker()).hasValue(new RateLimitStatus(200, 187, Instant.parse("2026-03-02T15:01:00Z")));
        assertThat(snapshot.rateLimit().localPermitsPerPeriod()).isEqualTo(settings.rateLimit().permitsPerPeriod());
    }

    @Test
    void theStreamStatusIsTheSuppliersAndNullBeforeAStreamStarts() {
        assertThat(feed.streamStatus()).isNull();

        StreamStatus live = new StreamStatus(StreamState.LIVE, null, 0, null, Instant.EPOCH, 1, 0);
        stream.set(live);

        assertThat(feed.streamStatus()).isSameAs(live);
    }
}
