package dev.breakwater.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssetRulesTest {

    private static Asset asset(String symbol, String status, boolean tradable, boolean fractionable) {
        return new Asset("id", "us_equity", "NYSE", symbol, symbol, status, tradable, true, false, false,
                fractionable);
    }

    private static OrderRequest.Builder buy(String symbol, String qty) {
        return OrderRequest.builder().symbol(symbol).qty(qty).side(Side.BUY).type(OrderType.MARKET)
                .timeInForce(TimeInForce.DAY);
    }

    @Test
    void aGoodAssetPasses() {
        assertThat(AssetRules.check(buy("AAPL", "1.5").build(), Optional.of(asset("AAPL", "active", true, true))))
                .isEmpty();
        assertThat(AssetRules.check(buy("KO", "10").build(), Optional.of(asset("KO", "active", true, false))))
                .isEmpty();
    }

    @Test
    void unknownSymbol() {
        assertThat(AssetRules.check(buy("XYZ", "1").build(), Optional.empty()))
                .containsExactly(new Violation("symbol", "unknown symbol XYZ"));
    }

    @Test
    void notTradable() {
        assertThat(AssetRules.check(buy("XYZ", "1").build(), Optional.of(asset("XYZ", "active", false, true))))
                .containsExactly(new Violation("symbol", "XYZ is not tradable"));
    }

    @Test
    void inactive() {
        assertThat(AssetRules.check(buy("XYZ", "1").build(), Optional.of(asset("XYZ", "inactive", false, true))))
                .containsExactly(new Violation("symbol", "XYZ is not active"),
                        new Violation("symbol", "XYZ is not tradable"));
    }

    @Test
    void fractionalQtyOnANonFractionableAsset() {
        assertThat(AssetRules.check(buy("XYZ", "0.5").build(), Optional.of(asset("XYZ", "active", true, false))))
                .containsExactly(new Violation("qty", "XYZ does not trade in fractions"));
        assertThat(AssetRules.check(buy("XYZ", "2.000").build(), Optional.of(asset("XYZ", "active", true, false))))
                .as("trailing zeros are whole").isEmpty();
    }

    @Test
    void notionalOnANonFractionableAsset() {
        OrderRequest request = buy("XYZ", null).notional(new java.math.BigDecimal("250")).build();
        assertThat(AssetRules.check(request, Optional.of(asset("XYZ", "active", true, false))))
                .extracting(Violation::field).containsExactly("notional");
    }

    @Test
    void aBlankSymbolIsLeftToTheOrderValidator() {
        assertThat(AssetRules.check(buy(" ", "1").build(), Optional.empty())).isEmpty();
    }

    @Test
    void aSellOnANonShortableAssetIsNotJudgedHere() {
        OrderRequest sell = buy("XYZ", "5").side(Side.SELL).build();
        assertThat(AssetRules.check(sell, Optional.of(asset("XYZ", "active", true, false)))).isEmpty();
    }
}
