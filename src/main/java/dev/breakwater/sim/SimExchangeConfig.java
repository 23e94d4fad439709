package dev.breakwater.sim;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Everything a {@link SimExchange} can be told at construction. Start from {@link #builder()}; every
 * setting has a default that gives the funded demo account of the embedded simulator.
 *
 * @param clock               the only source of time (tests pass an adjustable clock)
 * @param seed                seed of the default price walk
 * @param priceModel          where prices come from; {@code null} means a {@link RandomWalkPriceModel} on
 *                            {@code seed}
 * @param ids                 source of UUIDs; see {@link SimIds} for why the default is not seeded
 * @param startingCash        cash of the fresh account
 * @param maxFillQty          the most shares one fill executes: a larger order fills in several partial
 *                            fills, one per {@link SimExchange#tick()} (the first at once when marketable)
 * @param sessionAnchor       one session boundary; the others are whole session lengths away
 * @param sessionLength       length of a simulated trading session
 * @param accountNumber       the account number shown in {@code GET /v2/account}
 * @param unknownSymbols      well-formed symbols that nevertheless do not exist
 * @param notShortableSymbols symbols that cannot be sold short
 * @param announcePendingNew  whether an accepted order first emits {@code pending_new}, then {@code new}
 */
public record SimExchangeConfig(
        Clock clock,
        long seed,
        PriceModel priceModel,
        Supplier<UUID> ids,
        BigDecimal startingCash,
        BigDecimal maxFillQty,
        Instant sessionAnchor,
        Duration sessionLength,
        String accountNumber,
        Set<String> unknownSymbols,
        Set<String> notShortableSymbols,
        boolean announcePendingNew) {

    /** Checks and copies. */
    public SimExchangeConfig {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(sessionAnchor, "sessionAnchor");
        Objects.requireNonNull(accountNumber, "accountNumber");
        if (startingCash.signum() < 0) {
            throw new IllegalArgumentException("startingCash must not be negative");
        }
        if (maxFillQty.signum() <= 0) {
            throw new IllegalArgumentException("maxFillQty must be positive");
        }
        if (sessionLength.isZero() || sessionLength.isNegative()) {
            throw new IllegalArgumentException("sessionLength must be positive");
        }
        unknownSymbols = Set.copyOf(unknownSymbols);
        notShortableSymbols = Set.copyOf(notShortableSymbols);
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The defaults: system UTC clock, seed 1, $100,000, fills of at most 1,000 shares, UTC-midnight closes. */
    public static SimExchangeConfig defaults() {
        return builder().build();
    }

    /** Mutable builder; {@link #build()} checks. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private long seed = 1L;
        private PriceModel priceModel;
        private Supplier<UUID> ids = SimIds.random();
        private BigDecimal startingCash = new BigDecimal("100000.00");
        private BigDecimal maxFillQty = new BigDecimal("1000");
        private Instant sessionAnchor = Instant.EPOCH;
        private Duration sessionLength = Duration.ofDays(1);
        private String accountNumber = "PA3BWSIM0001";
        private Set<String> unknownSymbols = Set.of();
        private Set<String> notShortableSymbols = Set.of();
        private boolean announcePendingNew;

        private Builder() {
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder priceModel(PriceModel value) {
            priceModel = value;
            return this;
        }

        public Builder ids(Supplier<UUID> value) {
            ids = value;
            return this;
        }

        public Builder startingCash(BigDecimal value) {
            startingCash = value;
            return this;
        }

        public Builder maxFillQty(BigDecimal value) {
            maxFillQty = value;
            return this;
        }

        public Builder sessionAnchor(Instant value) {
            sessionAnchor = value;
            return this;
        }

        public Builder sessionLength(Duration value) {
            sessionLength = value;
            return this;
        }

        public Builder accountNumber(String value) {
            accountNumber = value;
            return this;
        }

        public Builder unknownSymbols(Set<String> value) {
            unknownSymbols = value;
            return this;
        }

        public Builder notShortableSymbols(Set<String> value) {
            notShortableSymbols = value;
            return this;
        }

        public Builder announcePendingNew(boolean value) {
            announcePendingNew = value;
            return this;
        }

        public SimExchangeConfig build() {
            return new SimExchangeConfig(clock, seed, priceModel, ids, startingCash, maxFillQty, sessionAnchor,
                    sessionLength, accountNumber, unknownSymbols, notShortableSymbols, announcePendingNew);
        }
    }
}
