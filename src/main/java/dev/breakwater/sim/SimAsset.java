package dev.breakwater.sim;

/**
 * One asset of the simulated asset master, as {@code GET /v2/assets/{symbol}} shows it.
 *
 * @param status {@code active} or {@code inactive}
 */
public record SimAsset(String id, String symbol, String name, String exchange, String status, boolean tradable,
        boolean marginable, boolean shortable, boolean easyToBorrow, boolean fractionable) {
}
