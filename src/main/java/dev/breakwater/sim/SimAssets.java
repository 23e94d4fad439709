package dev.breakwater.sim;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The simulated asset master: which symbols exist, their asset ids, listing exchanges and whether they
 * can be sold short. Every symbol matching {@link #SYMBOL} is a tradable {@code us_equity} unless listed
 * as unknown; all are shortable unless listed as not shortable.
 *
 * <p>Asset ids are derived from the symbol alone (a v4-shaped UUID from a SHA-256 of the symbol), so
 * AAPL has the same asset id in every run and every simulator instance, like a real asset master.
 */
public final class SimAssets {

    /** What a tradable symbol looks like: an upper-case letter, then up to nine letters, digits or dots. */
    public static final Pattern SYMBOL = Pattern.compile("^[A-Z][A-Z0-9.]{0,9}$");
    /** The only asset class the simulator trades. */
    public static final String ASSET_CLASS = "us_equity";

    private static final Map<String, String> LISTINGS = Map.ofEntries(
            Map.entry("SPY", "ARCA"), Map.entry("IWM", "ARCA"),
            Map.entry("JPM", "NYSE"), Map.entry("BAC", "NYSE"), Map.entry("XOM", "NYSE"),
            Map.entry("KO", "NYSE"), Map.entry("BRK.B", "NYSE"));

    private final Set<String> unknown;
    private final Set<String> notShortable;
    private final Map<String, String> assetIds = new ConcurrentHashMap<>();

    /**
     * @param unknown      symbols that look valid but do not exist (for "asset not found" tests)
     * @param notShortable symbols that cannot be sold short (a sell beyond the position gets a 403)
     */
    public SimAssets(Set<String> unknown, Set<String> notShortable) {
        this.unknown = Set.copyOf(unknown);
        this.notShortable = Set.copyOf(notShortable);
    }

    /** Whether {@code symbol} is a tradable asset. */
    public boolean exists(String symbol) {
        return symbol != null && SYMBOL.matcher(symbol).matches() && !unknown.contains(symbol);
    }

    /** @throws SimRejection 422 "asset X not found" unless the symbol is tradable */
    public void require(String symbol) {
        if (!exists(symbol)) {
            throw SimRejection.assetNotFound(symbol);
        }
    }

    /** Whether a sell may take the position below zero. */
    public boolean shortable(String symbol) {
        return !notShortable.contains(symbol);
    }

    /** The listing exchange written in positions: the real one for the default universe, else NASDAQ/NYSE. */
    public String exchange(String symbol) {
        String listed = LISTINGS.get(symbol);
        if (listed != null) {
            return listed;
        }
        return RandomWalkPriceModel.universe().containsKey(symbol) || (symbol.hashCode() & 1) == 0 ? "NASDAQ" : "NYSE";
    }

    /** The stable asset id of {@code symbol}. */
    public String assetId(String symbol) {
        return assetIds.computeIfAbsent(symbol, SimAssets::deriveAssetId);
    }

    private static String deriveAssetId(String symbol) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("breakwater-sim-asset:" + symbol).getBytes(StandardCharsets.UTF_8));
            ByteBuffer bits = ByteBuffer.wrap(digest);
            return SimIds.v4(bits.getLong(), bits.getLong()).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
