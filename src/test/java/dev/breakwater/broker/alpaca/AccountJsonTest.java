package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakwater.domain.Account;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountJsonTest {

    private static final ObjectMapper MAPPER = AlpacaJson.mapper();

    @Test
    void readsEveryFieldWithMoneyExactToTheCent() {
        // daytrade_count is a string in this payload (as in Alpaca's docs example) and written back as a number.
        Account account = RoundTrip.check(Payloads.text("account.json"), Account.class, Set.of("daytrade_count"));

        assertThat(account.id()).isEqualTo("904837e3-3b76-47ec-b432-046db621571b");
        assertThat(account.accountNumber()).isEqualTo("PA2HYJ9Q4C7R");
        assertThat(account.status()).isEqualTo("ACTIVE");
        assertThat(account.currency()).isEqualTo("USD");
        assertThat(account.buyingPower()).isEqualTo(new BigDecimal("176531.28"));
        assertThat(account.regtBuyingPower()).isEqualTo(new BigDecimal("176531.28"));
        assertThat(account.daytradingBuyingPower()).isEqualTo(new BigDecimal("353062.56"));
        assertThat(account.nonMarginableBuyingPower()).isEqualTo(new BigDecimal("88265.64"));
        assertThat(account.cash()).isEqualTo(new BigDecimal("88265.64"));
        assertThat(account.portfolioValue()).isEqualTo(new BigDecimal("101457.30"));
        assertThat(account.equity()).isEqualTo(new BigDecimal("101457.30"));
        assertThat(account.lastEquity()).isEqualTo(new BigDecimal("100982.07"));
        assertThat(account.longMarketValue()).isEqualTo(new BigDecimal("17607.00"));
        assertThat(account.shortMarketValue()).isEqualTo(new BigDecimal("-4415.50"));
        assertThat(account.multiplier()).isEqualTo(new BigDecimal("2"));
        assertThat(account.initialMargin()).isEqualTo(new BigDecimal("11011.25"));
        assertThat(account.maintenanceMargin()).isEqualTo(new BigDecimal("6606.75"));
        assertThat(account.lastMaintenanceMargin()).isEqualTo(new BigDecimal("6513.44"));
        assertThat(account.sma()).isEqualTo(new BigDecimal("0"));
        assertThat(account.accruedFees()).isEqualTo(new BigDecimal("0"));
        assertThat(account.patternDayTrader()).isFalse();
        assertThat(account.tradingBlocked()).isFalse();
        assertThat(account.transfersBlocked()).isFalse();
        assertThat(account.accountBlocked()).isFalse();
        assertThat(account.tradeSuspendedByUser()).isFalse();
        assertThat(account.shortingEnabled()).isTrue();
        assertThat(account.daytradeCount()).isZero();
        assertThat(account.createdAt()).isEqualTo(OffsetDateTime.parse("2023-09-14T18:22:41.371648Z"));
    }

    @Test
    void readsTheSpecsShapeWithAnIntegerDaytradeCountAndExtraFields() {
        Account account = RoundTrip.check(Payloads.text("account-oas.json"), Account.class, Set.of());

        assertThat(account.daytradeCount()).isEqualTo(3);
        assertThat(account.patternDayTrader()).isTrue();
        assertThat(account.accruedFees()).isEqualTo(new BigDecimal("0.0312"));
        assertThat(account.sma()).isEqualTo(new BigDecimal("51060.02"));
        assertThat(account.multiplier()).isEqualTo(new BigDecimal("4"));
        assertThat(account.createdAt().getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);
    }

    @Test
    void keepsTheScaleOfEveryMoneyStringWhenWriting() throws Exception {
        Account account = MAPPER.readValue(Payloads.text("account.json"), Account.class);

        JsonNode written = MAPPER.valueToTree(account);

        assertThat(written.get("buying_power").textValue()).isEqualTo("176531.28");
        assertThat(written.get("portfolio_value").textValue()).isEqualTo("101457.30");
        assertThat(written.get("long_market_value").textValue()).isEqualTo("17607.00");
        assertThat(written.get("sma").textValue()).isEqualTo("0");
        assertThat(written.get("daytrade_count").intValue()).isZero();
    }
}
