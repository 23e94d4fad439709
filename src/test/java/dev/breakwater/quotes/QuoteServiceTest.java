package dev.breakwater.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.TransportException;
import dev.breakwater.testing.ManualScheduler;
import dev.breakwater.testing.MutableClock;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QuoteServiceTest {

    private static final Instant START = Instant.parse("2026-11-27T20:30:00Z");

    private final FakeMarketData marketData = new FakeMarketData();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final MutableClock clock = new MutableClock(START);
    private QuoteService service = new QuoteService(marketData, scheduler, clock, QuoteSettings.defaults());

    @AfterEach
    void tearDown() {
        service.close();
        scheduler.shutdownNow();
    }

    /** One scheduler tick after the tick interval has passed on the clock. */
    private void tick() {
        clock.advance(Duration.ofMillis(scheduler.periodMillis.get(0)));
        scheduler.runPeriodic();
    }

    private static List<String> symbols(int count) {
        return IntStream.range(0, count).mapToObj(i -> String.format("S%03d", i)).toList();
    }

    @Test
    void defaultsPaceOneCallEveryTwoSeconds() {
        service.start();

        assertThat(scheduler.periodic).hasSize(1);
        assertThat(scheduler.periodMillis).containsExactly(2_000L);
        assertThat(QuoteSettings.defaults().callsPerMinute()).isEqualTo(30);
        assertThat(new QuoteSettings(200, 50, Duration.ofSeconds(5)).tickInterval()).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void nothingWatchedMeansNoCalls() {
        service.start();
        tick();
        tick();

        assertThat(marketData.calls).isEmpty();
    }

    @Test
    void oneHundredTwentySymbolsAreCoveredByThreeCallsOfAtMostFifty() {
        List<String> all = symbols(120);
        all.forEach(service::watch);
        service.start();

        tick();
        tick();
        tick();

        assertThat(marketData.calls).hasSize(3);
        assertThat(marketData.calls).allSatisfy(call -> assertThat(call).hasSizeLessThanOrEqualTo(50));
        Set<String> covered = new HashSet<>();
        marketData.calls.forEach(covered::addAll);
        assertThat(covered).containsExactlyInAnyOrderElementsOf(all);
        assertThat(service.quotes()).hasSize(120).allSatisfy(view -> {
            assertThat(view.received()).isTrue();
            assertThat(view.stale()).isFalse();
        });
    }

    @Test
    void budgetIsRespectedOverASimulatedMinute() {
        service = new QuoteService(marketData, scheduler, clock, new QuoteSettings(12, 10, Duration.ofSeconds(30)));
        symbols(95).forEach(service::watch);
        service.start();
        assertThat(scheduler.periodMillis).containsExactly(5_000L);

        Instant minuteLater = START.plus(Duration.ofMinutes(1));
        while (clock.instant().isBefore(minuteLater)) {
            tick();
        }

        assertThat(marketData.calls).hasSizeLessThanOrEqualTo(12);
        assertThat(marketData.calls).allSatisfy(call -> assertThat(call).hasSizeLessThanOrEqualTo(10));
    }

    @Test
    void neverPolledSymbolsGoBeforeRepeats() {
        symbols(60).forEach(service::watch);
        service.start();
        tick(); // S000..S049

        service.watch("zzz");
        tick();

        assertThat(marketData.calls.get(1)).hasSize(50)
                .startsWith("S050", "S051", "S052", "S053", "S054", "S055", "S056", "S057", "S058", "S059", "ZZZ")
                .contains("S000", "S038").doesNotContain("S039");
    }

    @Test
    void quotesCarryPricesAndTimesAndGoStaleByClock() {
        marketData.price("AAPL", "190.50");
        service.watch("aapl");
        assertThat(service.quote("AAPL")).hasValueSatisfying(view -> {
            assertThat(view.stale()).as("never received").isTrue();
            assertThat(view.last()).isNull();
        });
        service.start();

        scheduler.runPeriodic();

        QuoteView view = service.quote("AAPL").orElseThrow();
        assertThat(view.symbol()).isEqualTo("AAPL");
        assertThat(view.last()).isEqualByComparingTo("190.50");
        assertThat(view.bid()).isEqualByComparingTo("190.49");
        assertThat(view.ask()).isEqualByComparingTo("190.51");
        assertThat(view.quoteTime()).isEqualTo(FakeMarketData.QUOTE_TIME);
        assertThat(view.receivedAt()).isEqualTo(START);
        assertThat(view.stale()).isFalse();

        clock.advance(Duration.ofSeconds(5));
        assertThat(service.quote("AAPL").orElseThrow().stale()).as("exactly 5 s old").isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(service.quote("AAPL").orElseThrow().stale()).isTrue();
        assertThat(service.quote("MSFT")).as("not watched").isEmpty();
    }

    @Test
    void aSymbolTheFeedDoesNotKnowStaysStale() {
        marketData.unknown = Set.of("NOPE");
        service.watch("NOPE");
        service.watch("AAPL");
        service.start();
        tick();

        assertThat(service.quote("NOPE").orElseThrow().stale()).isTrue();
        assertThat(service.quote("NOPE").orElseThrow().received()).isFalse();
        assertThat(service.quote("AAPL").orElseThrow().stale()).isFalse();
    }

    @Test
    void watchesAreReferenceCounted() {
        service.watch("AAPL");
        service.watch("AAPL");
        service.unwatch("aapl");
        assertThat(service.watched()).containsExactly("AAPL");

        service.unwatch("AAPL");
        assertThat(service.watched()).isEmpty();
        assertThat(service.quote("AAPL")).isEmpty();

        service.unwatch("AAPL"); // extra unwatch is harmless
        service.start();
        tick();
        assertThat(marketData.calls).isEmpty();
    }

    @Test
    void anOutageMakesQuotesStaleAndARecoveryMakesThemFresh() {
        CircuitBreaker breaker = CircuitBreaker.ofDefaults("reads");
        breaker.transitionToOpenState();
        service.watch("AAPL");
        service.start();
        tick();
        assertThat(service.quote("AAPL").orElseThrow().stale()).isFalse();

        marketData.failure = () -> new TransportException(Endpoint.SNAPSHOTS, "connection reset", false, null);
        tick();
        tick();
        marketData.failure = () -> CallNotPermittedException.createCallNotPermittedException(breaker);
        tick();
        tick();
        QuoteView during = service.quote("AAPL").orElseThrow();
        assertThat(during.stale()).isTrue();
        assertThat(during.last()).as("last known price kept").isEqualByComparingTo("100.00");
        assertThat(during.receivedAt()).isEqualTo(START.plusSeconds(2));

        marketData.failure = null;
        marketData.price("AAPL", "101.25");
        tick();

        QuoteView after = service.quote("AAPL").orElseThrow();
        assertThat(after.stale()).isFalse();
        assertThat(after.last()).isEqualByComparingTo("101.25");
        assertThat(marketData.calls).hasSize(6);
    }

    @Test
    void listenersHearNewPricesAndStaleFlipsButNotRepeats() throws Exception {
        List<List<QuoteView>> heard = new ArrayList<>();
        AutoCloseable subscription = service.subscribe(heard::add);
        service.subscribe(changed -> {
            throw new IllegalStateException("a broken listener must not stop the others");
        });
        service.watch("AAPL");
        service.watch("MSFT");
        service.start();

        tick();
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0)).extracting(QuoteView::symbol).containsExactly("AAPL", "MSFT");

        tick(); // same prices: nothing to say
        assertThat(heard).hasSize(1);

        marketData.price("MSFT", "420.00");
        tick();
        assertThat(heard).hasSize(2);
        assertThat(heard.get(1)).singleElement().satisfies(view -> {
            assertThat(view.symbol()).isEqualTo("MSFT");
            assertThat(view.last()).isEqualByComparingTo(new BigDecimal("420.00"));
        });

        marketData.failure = () -> new TransportException(Endpoint.SNAPSHOTS, "down", false, null);
        tick();
        tick();
        assertThat(heard).as("4 s old: still fresh").hasSize(2);
        tick();
        assertThat(heard).hasSize(3);
        assertThat(heard.get(2)).extracting(QuoteView::symbol).containsExactly("AAPL", "MSFT");
        assertThat(heard.get(2)).allSatisfy(view -> assertThat(view.stale()).isTrue());

        marketData.failure = null;
        tick();
        assertThat(heard).hasSize(4);
        assertThat(heard.get(3)).allSatisfy(view -> assertThat(view.stale()).isFalse());

        subscription.close();
        marketData.price("AAPL", "1.00");
        tick();
        assertThat(heard).hasSize(4);
    }

    @Test
    void closeStopsPolling() {
        service.watch("AAPL");
        service.start();
        service.close();
        scheduler.runPeriodic();

        assertThat(marketData.calls).isEmpty();
    }
}
