package dev.breakwater.ui.blotter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void numbers() {
        assertThat(Formats.money(new BigDecimal("1234567.805"))).isEqualTo("1,234,567.81");
        assertThat(Formats.money(new BigDecimal("-42"))).isEqualTo("-42.00");
        assertThat(Formats.signedMoney(new BigDecimal("12.5"))).isEqualTo("+12.50");
        assertThat(Formats.signedMoney(new BigDecimal("-0.001"))).isEqualTo("0.00");
        assertThat(Formats.price(new BigDecimal("0.1234"))).isEqualTo("0.1234");
        assertThat(Formats.price(new BigDecimal("1500.5"))).isEqualTo("1,500.50");
        assertThat(Formats.qty(new BigDecimal("10.000"))).isEqualTo("10");
        assertThat(Formats.qty(new BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(Formats.signedFractionPercent(new BigDecimal("0.01234"))).isEqualTo("+1.23%");
        assertThat(Formats.signedPercent(new BigDecimal("-0.5"))).isEqualTo("-0.50%");
        assertThat(Formats.money(null)).isEmpty();
    }

    @Test
    void groupsAsUsNumberStyleDoes() {
        DecimalFormat us = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        us.setRoundingMode(RoundingMode.HALF_UP);
        Random random = new Random(11);
        for (int i = 0; i < 5_000; i++) {
            BigDecimal value = BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(5));
            assertThat(Formats.money(value)).as("%s", value).isEqualTo(us.format(value.setScale(2, RoundingMode.HALF_UP)));
        }
        assertThat(Formats.money(new BigDecimal("-999.999"))).isEqualTo("-1,000.00");
        assertThat(Formats.price(new BigDecimal("-123456.7"))).isEqualTo("-123,456.70");
    }

    @Test
    void timeIsLocalWallClock() {
        OffsetDateTime t = OffsetDateTime.parse("2026-03-02T15:04:05Z");
        assertThat(Formats.time(t, ZoneId.of("America/New_York"))).isEqualTo("10:04:05");
        assertThat(Formats.time(t, ZoneId.of("Europe/Berlin"))).isEqualTo("16:04:05");
    }
}
