package dev.breakwater.domain;

/**
 * A tradable instrument as the Trading API's assets endpoints describe it. The ticket refuses an unknown
 * symbol, one that is not tradable, and a fractional quantity of one that is not fractionable.
 *
 * @param assetClass {@code us_equity}, {@code crypto}, … (Alpaca's {@code class})
 * @param status     {@code active} or {@code inactive}
 */
public record Asset(
        String id,
        String assetClass,
        String exchange,
        String symbol,
        String name,
        String status,
        boolean tradable,
        boolean marginable,
        boolean shortable,
        boolean easyToBorrow,
        boolean fractionable) {
}
