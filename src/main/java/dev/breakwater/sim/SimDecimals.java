package dev.breakwater.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the simulator rounds what it shows: money to cents, quantities without trailing zeros, prices and
 * averages to at most nine decimals (at least two), ratios to at most six. Bookkeeping itself stays exact.
 */
final class SimDecimals {

    static final BigDecimal ZERO_MONEY = new BigDecimal("0.00");

    private SimDecimals() {
    }

    /** Money: cents, banker's rounding. */
    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** A quantity as Alpaca writes one: {@code "10"}, {@code "0.5"}, never {@code "1E+1"}. */
    static BigDecimal qty(BigDecimal value) {
        return withoutTrailingZeros(value);
    }

    /** A price or average price: up to nine decimals, at least two. */
    static BigDecimal price(BigDecimal value) {
        BigDecimal stripped = value.setScale(9, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }

    /** {@code part / |whole|} to at most six decimals; zero when the whole is zero. */
    static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return withoutTrailingZeros(part.divide(whole.abs(), 6, RoundingMode.HALF_EVEN));
    }

    private static BigDecimal withoutTrailingZeros(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Exact-enough division for running averages (ten decimals). */
    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, 10, RoundingMode.HALF_EVEN);
    }
}
