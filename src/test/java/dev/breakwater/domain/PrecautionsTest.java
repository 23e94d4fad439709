package dev.breakwater.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.domain.PrecautionWarning.Kind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecautionsTest {

    private static final PrecautionLimits LIMITS =
            new PrecautionLimits(new BigDecimal("1000"), new BigDecimal("50000"), new BigDecimal("5"));

    private static OrderRequest.Builder limitBuy(String qty, String limit) {
        return OrderRequest.builder().symbol("AAPL").side(Side.BUY).type(OrderType.LIMIT)
                .timeInForce(TimeInForce.DAY).qty(qty).limitPrice(limit);
    }

    private static BigDecimal dec(String text) {
        return new BigDecimal(text);
    }

    @Test
    void anOrderWithinEveryLimitRaisesNothing() {
        assertThat(Precautions.check(limitBuy("100", "101").build(), dec("100"), LIMITS)).isEmpty();
    }

    @Test
    void sizeAboveTheLimitIsNamedWithBothNumbers() {
        List<PrecautionWarning> warnings = Precautions.check(limitBuy("5000", "1").build(), dec("1"), LIMITS);

        assertThat(warnings).containsExactly(
                new PrecautionWarning(Kind.SIZE, "Quantity 5,000 is above your size limit 1,000"));
    }

    @Test
    void exactlyAtALimitIsAllowed() {
        OrderRequest request = limitBuy("1000", "50").build();

        assertThat(Precautions.check(request, dec("50"), LIMITS)).isEmpty();
    }

    @Test
    void valueUsesTheLimitPriceBeforeTheLast() {
        List<PrecautionWarning> warnings = Precautions.check(limitBuy("600", "100").build(), dec("10"), LIMITS);

        assertThat(warnings).extracting(PrecautionWarning::kind).contains(Kind.VALUE);
        assertThat(warnings).filteredOn(w -> w.kind() == Kind.VALUE).singleElement()
                .extracting(PrecautionWarning::message)
                .isEqualTo("Estimated value $60,000.00 is above your order value limit $50,000.00");
    }

    @Test
    void valueOfAStopOrderUsesTheStopPrice() {
        OrderRequest stop = OrderRequest.builder().symbol("AAPL").side(Side.SELL).type(OrderType.STOP)
                .timeInForce(TimeInForce.DAY).qty("600").stopPrice("90").build();

        assertThat(Precautions.estimatedValue(stop, dec("1"))).contains(dec("54000"));
        assertThat(Precautions.check(stop, null, LIMITS)).extracting(PrecautionWarning::kind)
                .containsExactly(Kind.VALUE);
    }

    @Test
    void valueOfAMarketOrderUsesTheLastAndIsUnknownWithoutIt() {
        OrderRequest market = OrderRequest.builder().symbol("AAPL").side(Side.BUY).type(OrderType.MARKET)
                .timeInForce(TimeInForce.DAY).qty("600").build();

        assertThat(Precautions.check(market, dec("100"), LIMITS)).extracting(PrecautionWarning::kind)
                .containsExactly(Kind.VALUE);
        assertThat(Precautions.check(market, null, LIMITS)).isEmpty();
        assertThat(Precautions.estimatedValue(market, null)).isEmpty();
    }

    @Test
    void notionalIsItsOwnValue() {
        OrderRequest notional = OrderRequest.builder().symbol("AAPL").side(Side.BUY).type(OrderType.MARKET)
                .timeInForce(TimeInForce.DAY).notional(dec("75000")).build();

        assertThat(Precautions.check(notional, dec("100"), LIMITS)).singleElement()
                .isEqualTo(new PrecautionWarning(Kind.VALUE,
                        "Estimated value $75,000.00 is above your order value limit $50,000.00"));
    }

    @Test
    void aLimitPriceTooFarFromTheLastIsWarnedInEitherDirection() {
        assertThat(Precautions.check(limitBuy("10", "120").build(), dec("100"), LIMITS)).singleElement()
                .isEqualTo(new PrecautionWarning(Kind.PRICE_FROM_LAST,
                        "Limit price 120.00 is 20.0% above the last price 100.00 (your limit is 5%)"));
        assertThat(Precautions.check(limitBuy("10", "94.5").build(), dec("100"), LIMITS)).singleElement()
                .extracting(PrecautionWarning::message)
                .isEqualTo("Limit price 94.50 is 5.5% below the last price 100.00 (your limit is 5%)");
        assertThat(Precautions.check(limitBuy("10", "105").build(), dec("100"), LIMITS)).isEmpty();
    }

    @Test
    void stopLimitOrdersAreJudgedOnBothPrices() {
        OrderRequest stopLimit = OrderRequest.builder().symbol("AAPL").side(Side.BUY).type(OrderType.STOP_LIMIT)
                .timeInForce(TimeInForce.DAY).qty("1").stopPrice("130").limitPrice("131").build();

        assertThat(Precautions.check(stopLimit, dec("100"), LIMITS)).extracting(PrecautionWarning::message)
                .containsExactly(
                        "Limit price 131.00 is 31.0% above the last price 100.00 (your limit is 5%)",
                        "Stop price 130.00 is 30.0% above the last price 100.00 (your limit is 5%)");
    }

    @Test
    void theDistanceRuleIsSkippedWithoutALastPrice() {
        assertThat(Precautions.check(limitBuy("10", "500").build(), null, LIMITS)).isEmpty();
    }

    @Test
    void limitsThatAreOffNeverWarn() {
        OrderRequest huge = limitBuy("1000000", "999").build();

        assertThat(Precautions.check(huge, dec("1"), PrecautionLimits.none())).isEmpty();
    }

    @Test
    void everyBrokenLimitIsListedInAStableOrder() {
        List<PrecautionWarning> warnings = Precautions.check(limitBuy("2000", "200").build(), dec("100"), LIMITS);

        assertThat(warnings).extracting(PrecautionWarning::kind)
                .containsExactly(Kind.SIZE, Kind.VALUE, Kind.PRICE_FROM_LAST);
    }

    @Test
    void formatsMoneyAndQuantitiesForTraders() {
        assertThat(Precautions.money(dec("1234567.5"))).isEqualTo("$1,234,567.50");
        assertThat(Precautions.quantity(dec("0.50"))).isEqualTo("0.5");
        assertThat(Precautions.quantity(dec("1E+3"))).isEqualTo("1,000");
    }
}
