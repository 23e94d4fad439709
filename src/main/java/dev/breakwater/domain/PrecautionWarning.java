package dev.breakwater.domain;

import java.util.Objects;

/**
 * One fat-finger precaution an order breaks. It never blocks the order: the ticket lists the warnings and
 * the trader sends anyway or goes back.
 *
 * @param kind    which limit
 * @param message what a trader reads, with the numbers ("Quantity 5,000 is above your size limit 1,000")
 */
public record PrecautionWarning(Kind kind, String message) {

    public PrecautionWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** The limits of {@link PrecautionLimits}. */
    public enum Kind {
        /** Quantity above {@link PrecautionLimits#maxQty()}. */
        SIZE,
        /** Estimated value above {@link PrecautionLimits#maxOrderValue()}. */
        VALUE,
        /** Limit or stop price further from the last trade than {@link PrecautionLimits#maxPercentFromLast()}. */
        PRICE_FROM_LAST
    }
}
