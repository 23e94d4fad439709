package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seeded random walk and the quotes around it. */
class PriceModelTest {

    private static final List<String> SYMBOLS = List.of("AAPL", "SPY", "BRK.B", "XYZ", "Q1");

    @Test
    void theSameSeedWalksTheSamePath() {
        assertThat(path(new RandomWalkPriceModel(42), 200)).isEqualTo(path(new RandomWalkPriceModel(42), 200));
    }

    @Test
    void anotherSeedWalksAnotherPath() {
        assertThat(path(new RandomWalkPriceModel(42), 50)).isNotEqualTo(path(new RandomWalkPriceModel(43), 50));
    }

    @Test
    void aSymbolsPathDoesNotDependOnWhichOtherSymbolsAreWatched() {
        RandomWalkPriceModel alone = new RandomWalkPriceModel(5);
        RandomWalkPriceModel crowded = new RandomWalkPriceModel(5);
        crowded.price("OTHER");
        crowded.price("MORE");
        for (int i = 0; i < 100; i++) {
            alone.step();
            crowded.step();
        }
        assertThat(crowded.price("AAPL")).isEqualTo(alone.price("AAPL"));
    }

    @Test
    void theDefaultUniverseStartsAtItsListedPrices() {
        RandomWalkPriceModel model = new RandomWalkPriceModel(1);
        RandomWalkPriceModel.universe().forEach((symbol, start) -> assertThat(model.price(symbol)).isEqualTo(start));
        assertThat(RandomWalkPriceModel.universe()).containsKeys("AAPL", "MSFT", "GOOGL", "AMZN", "NVDA", "META",
                "TSLA", "SPY", "QQQ", "IWM", "JPM", "BAC", "XOM", "KO", "PEP", "BRK.B");
    }

    @Test
    void otherSymbolsStartBetween20And500DerivedFromSeedAndSymbol() {
        for (String symbol : List.of("XYZ", "ABCD", "Z", "FOO.B", "W1")) {
            BigDecimal start = new RandomWalkPriceModel(9).price(symbol);
            assertThat(start).isBetween(new BigDecimal("20"), new BigDecimal("500"));
            assertThat(new RandomWalkPriceModel(9).price(symbol)).isEqualTo(start);
        }
        assertThat(new RandomWalkPriceModel(9).price("XYZ")).isNotEqualTo(new RandomWalkPriceModel(10).price("XYZ"));
    }

    @Test
    void pricesMoveInCentsAndNeverReachZero() {
        RandomWalkPriceModel wild = new RandomWalkPriceModel(3, 0.5, 0.0); // absurd volatility, no pull back
        for (int i = 0; i < 2_000; i++) {
            wild.step();
            for (String symbol : SYMBOLS) {
                BigDecimal price = wild.price(symbol);
                assertThat(price.scale()).isEqualTo(2);
                assertThat(price).isGreaterThanOrEqualTo(new BigDecimal("0.01"));
            }
        }
    }

    @Test
    void pricesActuallyMoveButStayPlausibleOverADayOfTicks() {
        RandomWalkPriceModel model = new RandomWalkPriceModel(11);
        BigDecimal start = model.price("AAPL");
        List<BigDecimal> seen = new ArrayList<>();
        for (int i = 0; i < 86_400 / 5; i++) { // a tick every five seconds for a day
            model.step();
            seen.add(model.price("AAPL"));
        }
        assertThat(seen.stream().distinct().count()).isGreaterThan(100);
        assertThat(model.price("AAPL")).isBetween(start.multiply(new BigDecimal("0.5")), start.multiply(new BigDecimal("2")));
    }

    @Test
    void theBidIsBelowTheAskAndBothArePositive() {
        RandomWalkPriceModel model = new RandomWalkPriceModel(8);
        for (int i = 0; i < 500; i++) {
            model.step();
            for (String symbol : SYMBOLS) {
                SimQuote quote = model.quote(symbol);
                assertThat(quote.bid()).isLessThan(quote.ask()).isPositive();
                assertThat(quote.last()).isBetween(quote.bid(), quote.ask());
            }
        }
        for (String last : List.of("0.01", "0.02", "1.00", "20.00", "228.50", "4999.99")) {
            SimQuote quote = SimQuote.around("X", new BigDecimal(last));
            assertThat(quote.bid()).as(last).isLessThan(quote.ask()).isPositive();
        }
    }

    @Test
    void theSpreadIsAFewCentsOnALargeCap() {
        SimQuote quote = SimQuote.around("AAPL", new BigDecimal("228.50"));

        assertThat(quote.ask().subtract(quote.bid())).isEqualByComparingTo("0.05");
        assertThat(quote.bid()).isEqualByComparingTo("228.48");
    }

    @Test
    void aManualModelReturnsWhatWasSet() {
        ManualPriceModel model = new ManualPriceModel().set("AAPL", "123.456");
        model.step();
        assertThat(model.price("AAPL")).isEqualTo(new BigDecimal("123.46"));
        assertThat(model.price("UNSET")).isEqualTo(ManualPriceModel.DEFAULT_PRICE);
    }

    @Test
    void theExchangeServesQuotesOnlyForTradableSymbols() {
        SimExchange exchange = new SimExchange(SimExchangeConfig.builder().seed(4).build());
        assertThat(exchange.quote("AAPL").last()).isEqualTo(new BigDecimal("228.50"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> exchange.quote("bad"))
                .isInstanceOf(SimRejection.class).hasMessage("asset bad not found");
    }

    private static List<BigDecimal> path(PriceModel model, int steps) {
        List<BigDecimal> path = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            model.step();
            for (String symbol : SYMBOLS) {
                path.add(model.price(symbol));
            }
        }
        return path;
    }
}
