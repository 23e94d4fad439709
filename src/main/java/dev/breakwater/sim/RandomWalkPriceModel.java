package dev.breakwater.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded random walk per symbol: each step moves the log price by a Gaussian with a small pull back to
 * the start price, so a simulator left running for days keeps plausible prices instead of drifting off.
 *
 * <p>Deterministic: every symbol walks on its own generator, seeded from the model seed and the symbol, so
 * a symbol's price after n steps depends only on the seed, the symbol and n (counted from when the symbol
 * was first asked for; the default universe is known from the start). Only {@link StrictMath} and a
 * hand-written Box-Muller transform are used, so the walk is the same on every JVM.
 */
public final class RandomWalkPriceModel implements PriceModel {

    /** Per-step standard deviation of the log price: 0.1 %, a few cents on a large-cap stock. */
    public static final double DEFAULT_VOLATILITY = 0.001;
    /** Per-step pull of the log price back to its start: weak enough not to be visible within a day. */
    public static final double DEFAULT_REVERSION = 0.0005;

    private static final Map<String, BigDecimal> DEFAULT_UNIVERSE = defaultUniverse();
    private static final BigDecimal MIN_PRICE = new BigDecimal("0.01");

    private final long seed;
    private final double volatility;
    private final double reversion;
    private final Map<String, Walk> walks = new LinkedHashMap<>();

    /** A walk with the default volatility and reversion. */
    public RandomWalkPriceModel(long seed) {
        this(seed, DEFAULT_VOLATILITY, DEFAULT_REVERSION);
    }

    /**
     * @param volatility per-step standard deviation of the log price (0.001 = 0.1 %)
     * @param reversion  fraction of the distance to the start price taken back per step (0 = pure walk)
     */
    public RandomWalkPriceModel(long seed, double volatility, double reversion) {
        if (volatility < 0 || reversion < 0 || reversion >= 1) {
            throw new IllegalArgumentException("volatility >= 0 and 0 <= reversion < 1 required");
        }
        this.seed = seed;
        this.volatility = volatility;
        this.reversion = reversion;
        DEFAULT_UNIVERSE.keySet().forEach(this::walk);
    }

    /** The default universe's symbols and start prices, in a stable order. */
    public static Map<String, BigDecimal> universe() {
        return DEFAULT_UNIVERSE;
    }

    @Override
    public synchronized BigDecimal price(String symbol) {
        return walk(symbol).price;
    }

    @Override
    public synchronized void step() {
        for (Walk walk : walks.values()) {
            walk.step();
        }
    }

    private Walk walk(String symbol) {
        return walks.computeIfAbsent(symbol, s -> new Walk(new SplittableRandom(mix(seed, s)), DEFAULT_UNIVERSE.get(s)));
    }

    private final class Walk {
        private final SplittableRandom random;
        private final double anchor;
        private double logPrice;
        private BigDecimal price;

        Walk(SplittableRandom random, BigDecimal knownStart) {
            this.random = random;
            // Symbols outside the universe start between $20 and $500, drawn from their own generator.
            BigDecimal start = knownStart != null ? knownStart
                    : BigDecimal.valueOf(20 + random.nextDouble() * 480).setScale(2, RoundingMode.HALF_EVEN);
            this.anchor = StrictMath.log(start.doubleValue());
            this.logPrice = anchor;
            this.price = start;
        }

        void step() {
            logPrice += -reversion * (logPrice - anchor) + volatility * gaussian();
            price = BigDecimal.valueOf(StrictMath.exp(logPrice)).setScale(2, RoundingMode.HALF_EVEN).max(MIN_PRICE);
        }

        private double gaussian() {
            double u1 = 1.0 - random.nextDouble(); // (0, 1]: the log stays finite
            double u2 = random.nextDouble();
            return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
        }
    }

    /** FNV-1a of the symbol, mixed with the seed: a stable per-symbol generator seed. */
    private static long mix(long seed, String symbol) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : symbol.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash ^ (seed * 0x9E3779B97F4A7C15L);
    }

    private static Map<String, BigDecimal> defaultUniverse() {
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        prices.put("AAPL", new BigDecimal("228.50"));
        prices.put("MSFT", new BigDecimal("421.30"));
        prices.put("GOOGL", new BigDecimal("172.40"));
        prices.put("AMZN", new BigDecimal("191.75"));
        prices.put("NVDA", new BigDecimal("131.20"));
        prices.put("META", new BigDecimal("563.10"));
        prices.put("TSLA", new BigDecimal("251.60"));
        prices.put("SPY", new BigDecimal("571.80"));
        prices.put("QQQ", new BigDecimal("491.25"));
        prices.put("IWM", new BigDecimal("221.40"));
        prices.put("JPM", new BigDecimal("219.90"));
        prices.put("BAC", new BigDecimal("40.15"));
        prices.put("XOM", new BigDecimal("118.35"));
        prices.put("KO", new BigDecimal("70.05"));
        prices.put("PEP", new BigDecimal("165.80"));
        prices.put("BRK.B", new BigDecimal("452.60"));
        return Collections.unmodifiableMap(prices);
    }
}
