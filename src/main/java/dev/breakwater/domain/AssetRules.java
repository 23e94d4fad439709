package dev.breakwater.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks an order request against what the Trading API says about its symbol, next to
 * {@link OrderValidator}'s shape rules: the symbol must be known, active and tradable, and a fractional
 * quantity or a notional order needs a fractionable asset.
 *
 * <p>Not checked here: whether a sell would open a short on an asset that is not shortable (or not easy
 * to borrow). That depends on the position held when the order reaches the broker, which this pure
 * function does not know; Alpaca refuses such an order itself.
 *
 * <p>A blank symbol gives no violation here ({@link OrderValidator} reports it).
 */
public final class AssetRules {

    private AssetRules() {
    }

    /**
     * Every asset rule {@code request} breaks, in a stable order (symbol first); empty when none.
     *
     * @param asset the symbol's asset, or empty when the broker does not know the symbol
     */
    public static List<Violation> check(OrderRequest request, Optional<Asset> asset) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(asset, "asset");
        String symbol = request.symbol();
        if (symbol == null || symbol.isBlank()) {
            return List.of();
        }
        if (asset.isEmpty()) {
            return List.of(new Violation("symbol", "unknown symbol " + symbol));
        }
        Asset known = asset.get();
        List<Violation> violations = new ArrayList<>();
        if (!"active".equalsIgnoreCase(known.status())) {
            violations.add(new Violation("symbol", symbol + " is not active"));
        }
        if (!known.tradable()) {
            violations.add(new Violation("symbol", symbol + " is not tradable"));
        }
        if (!known.fractionable()) {
            if (request.qty() != null && isFractional(request.qty())) {
                violations.add(new Violation("qty", symbol + " does not trade in fractions"));
            }
            if (request.notional() != null) {
                violations.add(new Violation("notional",
                        symbol + " does not trade in fractions, so it cannot be ordered by notional"));
            }
        }
        return List.copyOf(violations);
    }

    private static boolean isFractional(BigDecimal qty) {
        return qty.signum() != 0 && qty.stripTrailingZeros().scale() > 0;
    }
}
