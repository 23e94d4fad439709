package dev.breakwater.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.breakwater.broker.NotFoundException;
import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.broker.alpaca.AlpacaMarketDataClient;
import dev.breakwater.broker.alpaca.AlpacaRestClient;
import dev.breakwater.domain.Asset;
import dev.breakwater.domain.AssetRules;
import dev.breakwater.domain.LatestQuote;
import dev.breakwater.domain.LatestTrade;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.Snapshot;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.sim.SimAssets;
import dev.breakwater.sim.SimulatedBroker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Our market-data and assets clients against the simulator's independent implementation of Alpaca's Market
 * Data API v2 and assets endpoints: prices the simulator fills at, numbers read exactly, and the asset
 * flags the ticket's checks use.
 */
class MarketDataAgainstSimulatorTest {

    private SimulatedBroker sim;
    private AlpacaMarketDataClient marketData;
    private AlpacaRestClient trading;

    @BeforeEach
    void start() {
        sim = SimulatedBroker.builder().seed(9).rateLimit(0).tickInterval(Duration.ZERO).build().start();
        AlpacaConfig config = new AlpacaConfig(sim.baseUrl(), sim.keyId(), sim.secret());
        marketData = new AlpacaMarketDataClient(config, sim.baseUrl(), "iex");
        trading = new AlpacaRestClient(config);
    }

    @AfterEach
    void stop() {
        marketData.close();
        trading.close();
        sim.close();
    }

    @Test
    void latestTradeAndQuoteAgreeWithEachOther() {
        LatestTrade trade = marketData.latestTrade("AAPL");
        LatestQuote quote = marketData.latestQuote("AAPL");

        assertThat(trade.price()).isPositive();
        assertThat(trade.time()).isNotNull();
        assertThat(quote.bidPrice()).isLessThan(quote.askPrice());
        assertThat(quote.bidPrice()).isLessThanOrEqualTo(trade.price());
        assertThat(quote.askPrice()).isGreaterThanOrEqualTo(trade.price());
    }

    @Test
    void snapshotsAreKeyedBySymbol() {
        Map<String, Snapshot> snapshots = marketData.snapshots(List.of("AAPL", "MSFT"));

        assertThat(snapshots).containsOnlyKeys("AAPL", "MSFT");
        assertThat(snapshots.get("MSFT").latestTrade().price()).isPositive();
        assertThat(snapshots.get("MSFT").latestQuote().askPrice()).isPositive();
    }

    @Test
    void assetFlagsReachTheTicketChecks() {
        Asset apple = trading.asset("AAPL");
        Asset halted = trading.asset(SimAssets.HALTED);
        OrderRequest buy = OrderRequest.builder().symbol(SimAssets.HALTED).qty("1").side(Side.BUY)
                .type(OrderType.MARKET).timeInForce(TimeInForce.DAY).build();

        assertThat(apple.tradable()).isTrue();
        assertThat(halted.tradable()).isFalse();
        assertThat(AssetRules.check(buy, Optional.of(halted))).extracting(v -> v.field()).contains("symbol");
        assertThat(trading.activeEquities()).extracting(Asset::symbol).contains("AAPL", "MSFT");
        assertThat(catchThrowable(() -> trading.asset("not-a-symbol"))).isInstanceOf(NotFoundException.class);
    }
}
