package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The account's balances and margin figures, and the positions, as prices and fills move them. */
class SimAccountTest {

    private final SimTestKit kit = new SimTestKit();

    @Test
    void aFreshAccountIsAFundedActiveMarginAccount() {
        SimAccount account = kit.exchange.account();

        assertThat(UUID.fromString(account.id()).version()).isEqualTo(4);
        assertThat(account.accountNumber()).isEqualTo("PA3BWSIM0001");
        assertThat(account.status()).isEqualTo("ACTIVE");
        assertThat(account.currency()).isEqualTo("USD");
        assertThat(account.cash()).isEqualByComparingTo("100000.00");
        assertThat(account.equity()).isEqualByComparingTo("100000.00");
        assertThat(account.portfolioValue()).isEqualByComparingTo("100000.00");
        assertThat(account.lastEquity()).isEqualByComparingTo("100000.00");
        assertThat(account.buyingPower()).isEqualByComparingTo("200000.00");
        assertThat(account.regtBuyingPower()).isEqualByComparingTo("200000.00");
        assertThat(account.daytradingBuyingPower()).isEqualByComparingTo("200000.00");
        assertThat(account.nonMarginableBuyingPower()).isEqualByComparingTo("100000.00");
        assertThat(account.multiplier()).isEqualByComparingTo("2");
        assertThat(account.initialMargin()).isEqualByComparingTo("0");
        assertThat(account.patternDayTrader()).isFalse();
        assertThat(account.shortingEnabled()).isTrue();
        assertThat(account.tradingBlocked()).isFalse();
        assertThat(account.daytradeCount()).isZero();
        assertThat(account.createdAt()).isEqualTo(SimTestKit.START);
    }

    @Test
    void startingCashAndAccountNumberAreConfigurable() {
        SimTestKit small = new SimTestKit(b -> b.startingCash(new java.math.BigDecimal("25000")).accountNumber("PA3BWSIM0042"));

        assertThat(small.exchange.account().cash()).isEqualByComparingTo("25000");
        assertThat(small.exchange.account().accountNumber()).isEqualTo("PA3BWSIM0042");
    }

    @Test
    void longAndShortPositionsAreValuedAtCurrentPrices() {
        kit.market("AAPL", "buy", "100"); // 20,000 long
        kit.market("MSFT", "sell", "50"); // 20,000 short
        kit.prices.set("AAPL", "210.00").set("MSFT", "390.00");

        SimAccount account = kit.exchange.account();
        assertThat(account.cash()).isEqualByComparingTo("100000.00");
        assertThat(account.longMarketValue()).isEqualByComparingTo("21000.00");
        assertThat(account.shortMarketValue()).isEqualByComparingTo("-19500.00");
        assertThat(account.equity()).isEqualByComparingTo("101500.00");
        assertThat(account.initialMargin()).isEqualByComparingTo("20250.00");
        assertThat(account.maintenanceMargin()).isEqualByComparingTo("11100.00"); // 25% x 21,000 + 30% x 19,500
        assertThat(account.buyingPower()).isEqualByComparingTo("162500.00"); // 2 x (101,500 - 20,250)
    }

    @Test
    void aLongPositionShowsItsProfitAndItsDay() {
        kit.market("AAPL", "buy", "10");
        kit.market("AAPL", "buy", "10");
        kit.prices.set("AAPL", "190.00");
        kit.market("AAPL", "buy", "20"); // average 195.00
        kit.limit("AAPL", "sell", "15", "300", "gtc");
        kit.prices.set("AAPL", "214.50");

        SimPosition position = kit.exchange.position("AAPL");
        assertThat(position.symbol()).isEqualTo("AAPL");
        assertThat(position.exchange()).isEqualTo("NASDAQ");
        assertThat(position.assetClass()).isEqualTo("us_equity");
        assertThat(position.qty()).isEqualByComparingTo("40");
        assertThat(position.qtyAvailable()).isEqualByComparingTo("25");
        assertThat(position.avgEntryPrice()).isEqualByComparingTo("195.00");
        assertThat(position.costBasis()).isEqualByComparingTo("7800.00");
        assertThat(position.marketValue()).isEqualByComparingTo("8580.00");
        assertThat(position.unrealizedPl()).isEqualByComparingTo("780.00");
        assertThat(position.unrealizedPlpc()).isEqualByComparingTo("0.1");
        assertThat(position.currentPrice()).isEqualByComparingTo("214.50");
        assertThat(position.lastdayPrice()).isEqualByComparingTo("200.00");
        assertThat(position.changeToday()).isEqualByComparingTo("0.0725");
        assertThat(position.unrealizedIntradayPl()).isEqualByComparingTo("780.00");
    }

    @Test
    void aShortPositionHasNegativeQuantityAndValue() {
        kit.market("AAPL", "sell", "10");
        kit.prices.set("AAPL", "190.00");

        SimPosition position = kit.exchange.position("AAPL");
        assertThat(position.side()).isEqualTo(SimPosition.Side.SHORT);
        assertThat(position.qty()).isEqualByComparingTo("-10");
        assertThat(position.marketValue()).isEqualByComparingTo("-1900.00");
        assertThat(position.costBasis()).isEqualByComparingTo("-2000.00");
        assertThat(position.unrealizedPl()).isEqualByComparingTo("100.00");
        assertThat(position.unrealizedPlpc()).isEqualByComparingTo("0.05");
    }

    @Test
    void reducingAPositionRealisesAgainstTheAverageEntry() {
        kit.market("AAPL", "buy", "10");
        kit.prices.set("AAPL", "220.00");
        kit.market("AAPL", "sell", "4");

        assertThat(kit.exchange.realizedPl()).isEqualByComparingTo("80.00");
        assertThat(kit.exchange.position("AAPL").avgEntryPrice()).isEqualByComparingTo("200.00");
        assertThat(kit.exchange.account().cash()).isEqualByComparingTo("98880.00");
        assertThat(kit.exchange.account().equity()).isEqualByComparingTo("100200.00");
    }

    @Test
    void closingAPositionRemovesIt() {
        kit.market("AAPL", "buy", "10");
        kit.market("AAPL", "sell", "10");

        assertThat(kit.exchange.positions()).isEmpty();
        assertThat(kit.exchange.account().buyingPower()).isEqualByComparingTo("200000.00");
    }

    @Test
    void positionsAreSortedBySymbol() {
        kit.market("MSFT", "buy", "1");
        kit.market("AAPL", "buy", "1");
        kit.market("CHEAP", "buy", "1");

        assertThat(kit.exchange.positions()).extracting(SimPosition::symbol).containsExactly("AAPL", "CHEAP", "MSFT");
    }
}
