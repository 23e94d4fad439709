package dev.breakwater.sim;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The simulated asset master: which symbols exist, their asset ids, names, listing exchanges and flags.
 * Every symbol matching {@link #SYMBOL} is a {@code us_equity} unless listed as unknown; all are tradable,
 * fractionable and shortable except the test symbols below and those configured as not shortable.
 *
 * <p>The listed universe ({@link #universe()}, {@code GET /v2/assets}) is the price model's default universe
 * plus a few test symbols with unusual flags: {@link #DELISTED} (inactive, not tradable), {@link #HALTED}
 * (active, not tradable), {@link #NOT_FRACTIONABLE} and {@link #HARD_TO_BORROW} (not shortable, not easy to
 * borrow). Any other well-formed symbol still exists (orders for it are accepted) but is not listed.
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

    /** An inactive, untradable asset: orders are refused with 422 "asset DELIST is not tradable". */
    public static final String DELISTED = "DELIST";
    /** An active asset whose trading is halted: not tradable. */
    public static final String HALTED = "HALTD";
    /** A tradable asset that cannot be bought in fractions (NASDAQ's test symbol). */
    public static final String NOT_FRACTIONABLE = "ZVZZT";
    /** A tradable asset that cannot be sold short (hard to borrow). */
    public static final String HARD_TO_BORROW = "HTZ";

    private static final Set<String> NOT_TRADABLE = Set.of(DELISTED, HALTED);
    private static final List<String> TEST_SYMBOLS = List.of(NOT_FRACTIONABLE, HARD_TO_BORROW, HALTED, DELISTED);
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("AAPL", "Apple Inc. Common Stock"), Map.entry("MSFT", "Microsoft Corporation Common Stock"),
            Map.entry("GOOGL", "Alphabet Inc. Class A Common Stock"), Map.entry("AMZN", "Amazon.com, Inc. Common Stock"),
            Map.entry("NVDA", "NVIDIA Corporation Common Stock"), Map.entry("META", "Meta Platforms, Inc. Class A Common Stock"),
            Map.entry("TSLA", "Tesla, Inc. Common Stock"), Map.entry("SPY", "SPDR S&P 500 ETF Trust"),
            Map.entry("QQQ", "Invesco QQQ Trust, Series 1"), Map.entry("IWM", "iShares Russell 2000 ETF"),
            Map.entry("JPM", "JPMorgan Chase & Co. Common Stock"), Map.entry("BAC", "Bank of America Corporation Common Stock"),
            Map.entry("XOM", "Exxon Mobil Corporation Common Stock"), Map.entry("KO", "Coca-Cola Company (The) Common Stock"),
            Map.entry("PEP", "PepsiCo, Inc. Common Stock"), Map.entry("BRK.B", "Berkshire Hathaway Inc. New Class B"),
            Map.entry(NOT_FRACTIONABLE, "NASDAQ TEST STOCK"), Map.entry(HARD_TO_BORROW, "Hertz Global Holdings, Inc"),
            Map.entry(HALTED, "Halted Test Corp (simulated)"), Map.entry(DELISTED, "Delisted Test Corp (simulated)"));

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
        return !notShortable.contains(symbol) && !HARD_TO_BORROW.equals(symbol) && tradable(symbol);
    }

    /** Whether orders for an existing {@code symbol} are accepted. */
    public boolean tradable(String symbol) {
        return !NOT_TRADABLE.contains(symbol);
    }

    /** Whether {@code symbol} may be bought or sold in fractions (or by notional). */
    public boolean fractionable(String symbol) {
        return !NOT_FRACTIONABLE.equals(symbol) && tradable(symbol);
    }

    /** @throws SimRejection 422 "asset X not found" or 422 "asset X is not tradable" */
    public void requireTradable(String symbol) {
        require(symbol);
        if (!tradable(symbol)) {
            throw SimRejection.notTradable(symbol);
        }
    }

    /** The listed symbols, in a stable order: the default universe, then the test symbols (less unknown ones). */
    public List<String> universe() {
        List<String> symbols = new ArrayList<>(RandomWalkPriceModel.universe().keySet());
        symbols.addAll(TEST_SYMBOLS);
        symbols.removeIf(symbol -> !exists(symbol));
        return symbols;
    }

    /** The asset of {@code symbol}; {@code null} when it does not exist. */
    public SimAsset asset(String symbol) {
        if (!exists(symbol)) {
            return null;
        }
        boolean tradable = tradable(symbol);
        boolean shortable = shortable(symbol);
        return new SimAsset(assetId(symbol), symbol, NAMES.getOrDefault(symbol, symbol + " (simulated)"),
                exchange(symbol), DELISTED.equals(symbol) ? "inactive" : "active", tradable, tradable, shortable,
                shortable, fractionable(symbol));
    }

    /** The listed assets, optionally only those with {@code status} ({@code active}/{@code inactive}). */
    public List<SimAsset> list(String status) {
        return universe().stream().map(this::asset)
                .filter(asset -> status == null || asset.status().equals(status)).toList();
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
