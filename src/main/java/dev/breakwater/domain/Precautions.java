package dev.breakwater.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The trader's fat-finger checks (TWS's Size Limit, Total Value Limit and Percentage): what an order
 * breaks of its {@link PrecautionLimits}. Pure: the ticket calls it at Submit with the last trade price it
 * holds, and asks for an override when the list is not empty.
 *
 * <p>Only the order's own entry is judged: bracket legs sit away from the market on purpose.
 */
public final class Precautions {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);

    private Precautions() {
    }

    /**
     * Every precaution {@code request} breaks, in a stable order (size, value, then prices); empty when
     * none or when every limit is off.
     *
     * @param lastPrice the last trade price, or null when unknown (then the distance rule is skipped and
     *                  a market order's value can only be judged from its notional)
     */
    public static List<PrecautionWarning> check(OrderRequest request, BigDecimal lastPrice, PrecautionLimits limits) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(limits, "limits");
        List<PrecautionWarning> warnings = new ArrayList<>();
        BigDecimal maxQty = limits.maxQty();
        if (maxQty != null && request.qty() != null && request.qty().compareTo(maxQty) > 0) {
            warnings.add(new PrecautionWarning(PrecautionWarning.Kind.SIZE, "Quantity " + quantity(request.qty())
                    + " is above your size limit " + quantity(maxQty)));
        }
        BigDecimal maxValue = limits.maxOrderValue();
        Optional<BigDecimal> value = estimatedValue(request, lastPrice);
        if (maxValue != null && value.isPresent() && value.get().compareTo(maxValue) > 0) {
            warnings.add(new PrecautionWarning(PrecautionWarning.Kind.VALUE, "Estimated value " + money(value.get())
                    + " is above your order value limit " + money(maxValue)));
        }
        BigDecimal maxPercent = limits.maxPercentFromLast();
        if (maxPercent != null && lastPrice != null && lastPrice.signum() > 0) {
            distance("Limit price", request.limitPrice(), lastPrice, maxPercent).ifPresent(warnings::add);
            distance("Stop price", request.stopPrice(), lastPrice, maxPercent).ifPresent(warnings::add);
        }
        return List.copyOf(warnings);
    }

    /**
     * What the order would cost or bring: its notional, else quantity × (limit price, else stop price,
     * else the last trade price). Empty when there is no quantity or no price to multiply it by.
     */
    public static Optional<BigDecimal> estimatedValue(OrderRequest request, BigDecimal lastPrice) {
        Objects.requireNonNull(request, "request");
        if (request.notional() != null) {
            return Optional.of(request.notional());
        }
        BigDecimal price = firstNonNull(request.limitPrice(), request.stopPrice(), lastPrice);
        if (request.qty() == null || price == null) {
            return Optional.empty();
        }
        return Optional.of(request.qty().multiply(price));
    }

    /** Money as the ticket shows it: {@code $12,345.60}. */
    public static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("$#,##0.00", SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return amount.signum() < 0 ? "-" + format.format(amount.negate()) : format.format(amount);
    }

    /** A quantity with grouping and no trailing zeros: {@code 5,000}, {@code 0.5}. */
    public static String quantity(BigDecimal qty) {
        DecimalFormat format = new DecimalFormat("#,##0.#########", SYMBOLS);
        return format.format(qty.stripTrailingZeros());
    }

    private static Optional<PrecautionWarning> distance(String what, BigDecimal price, BigDecimal last,
                                                        BigDecimal maxPercent) {
        if (price == null || price.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal percent = price.subtract(last).abs().multiply(HUNDRED).divide(last, MathContext.DECIMAL64);
        if (percent.compareTo(maxPercent) <= 0) {
            return Optional.empty();
        }
        String direction = price.compareTo(last) > 0 ? "above" : "below";
        return Optional.of(new PrecautionWarning(PrecautionWarning.Kind.PRICE_FROM_LAST, what + " "
                + plainPrice(price) + " is " + percent.setScale(1, RoundingMode.HALF_UP).toPlainString() + "% "
                + direction + " the last price " + plainPrice(last) + " (your limit is "
                + maxPercent.stripTrailingZeros().toPlainString() + "%)"));
    }

    private static String plainPrice(BigDecimal price) {
        BigDecimal stripped = price.stripTrailingZeros();
        return (stripped.scale() < 2 ? price.setScale(2, RoundingMode.UNNECESSARY) : stripped).toPlainString();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
