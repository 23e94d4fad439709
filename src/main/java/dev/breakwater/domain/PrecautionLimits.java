package dev.breakwater.domain;

import java.math.BigDecimal;

/**
 * The trader's fat-finger precautions (TWS's Size Limit, Total Value Limit and Percentage). Breaking one
 * never blocks an order: the ticket asks for an explicit override first. A null limit is off.
 *
 * @param maxQty                shares per order
 * @param maxOrderValue         estimated order value in account currency
 * @param maxPercentFromLast    how far (in percent) a limit or stop price may lie from the last trade
 */
public record PrecautionLimits(BigDecimal maxQty, BigDecimal maxOrderValue, BigDecimal maxPercentFromLast) {

    /** What a new installation starts with. */
    public static PrecautionLimits defaults() {
        return new PrecautionLimits(new BigDecimal("1000"), new BigDecimal("50000"), new BigDecimal("5"));
    }

    public static PrecautionLimits none() {
        return new PrecautionLimits(null, null, null);
    }
}
