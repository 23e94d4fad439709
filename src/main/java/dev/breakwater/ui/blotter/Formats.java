package dev.breakwater.ui.blotter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the blotter and the account screens write numbers and times. Plain Java, so view models and cells
 * share it. US number style, since the accounts are US-dollar accounts; the time zone is the caller's.
 * Null values show as an empty string: a market order has no limit, a new account no P/L yet.
 */
public final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Formats() {
    }

    /** Money: two decimals, grouping ({@code 12,345.60}). */
    public static String money(BigDecimal value) {
        return value == null ? "" : grouped(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** Money with its sign always shown ({@code +12.50}, {@code -3.00}): P/L. */
    public static String signedMoney(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String text = money(value);
        return value.setScale(2, RoundingMode.HALF_UP).signum() > 0 ? "+" + text : text;
    }

    /**
     * A price: at least two decimals, more when the price has them (Alpaca allows four below one dollar),
     * so {@code 0.1234} is never shown rounded to {@code 0.12}.
     */
    public static String price(BigDecimal value) {
        if (value == null) {
            return "";
        }
        int scale = Math.max(2, value.stripTrailingZeros().scale());
        return grouped(value.setScale(scale, RoundingMode.UNNECESSARY));
    }

    /** A quantity as it is, without trailing zeros or exponent ({@code 10}, {@code 0.5}). */
    public static String qty(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** A fraction as a signed percentage with two decimals: {@code 0.0123} becomes {@code +1.23%}. */
    public static String signedFractionPercent(BigDecimal fraction) {
        return fraction == null ? "" : signedPercent(fraction.multiply(HUNDRED));
    }

    /** A percentage with two decimals and its sign: {@code +1.23%}. */
    public static String signedPercent(BigDecimal percent) {
        if (percent == null) {
            return "";
        }
        BigDecimal rounded = percent.setScale(2, RoundingMode.HALF_UP);
        return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString() + "%";
    }

    /** Local wall-clock time of day. */
    public static String time(OffsetDateTime time, ZoneId zone) {
        return time == null ? "" : TIME.format(time.atZoneSameInstant(zone));
    }

    /**
     * {@code value}, already at the scale to show, with a comma every three digits of its whole part. Written
     * out by hand: a {@code DecimalFormat} is not thread-safe, and a new one per call (pattern parsed, symbols
     * copied) was the blotter cells' largest cost after layout ({@code bench ui}).
     */
    private static String grouped(BigDecimal value) {
        String plain = value.toPlainString();
        int sign = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int wholeEnd = point < 0 ? plain.length() : point;
        if (wholeEnd - sign <= 3) {
            return plain;
        }
        StringBuilder out = new StringBuilder(plain.length() + (wholeEnd - sign) / 3);
        out.append(plain, 0, sign);
        for (int i = sign; i < wholeEnd; i++) {
            if (i > sign && (wholeEnd - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, wholeEnd, plain.length()).toString();
    }
}
