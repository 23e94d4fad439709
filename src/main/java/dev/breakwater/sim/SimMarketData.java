package dev.breakwater.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One symbol's market data at one instant, as the market data endpoints show it. Everything beyond the
 * quote and the last close is derived deterministically (sizes, trade id, volumes), so two reads at the
 * same instant and price agree.
 *
 * <p>Simplifications: the latest trade is dated {@code at} (the moment of the read) and priced at
 * {@code quote.last()}, the price the exchange fills at now; the minute bar is flat at the last price; the
 * daily bar opens at the last close; the previous daily bar is flat at the last close. Bars are dated at
 * the start of the UTC minute/day.
 *
 * @param lastClose the price at the last session close (or when the symbol was first seen)
 */
public record SimMarketData(String symbol, Instant at, SimQuote quote, BigDecimal lastClose) {

    /** The exchange code written for trades and quotes: IEX. */
    public static final String EXCHANGE = "V";
    /** The tape of a NASDAQ listing; NYSE and ARCA listings are tapes A and B. */
    public static final String TAPE_C = "C";

    /** A bar as {@code o h l c v t n vw}. */
    public record Bar(BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, long volume,
            Instant start, long trades, BigDecimal vwap) {
    }

    /** The last trade price: what a market order would fill at now. */
    public BigDecimal last() {
        return quote.last();
    }

    /** A positive trade id, stable for the same symbol, price and instant. */
    public long tradeId() {
        return Math.floorMod(mix(at.getEpochSecond() * 1_000_000_000L + at.getNano()), 10_000_000_000_000L) + 1;
    }

    /** The last trade's size in shares: 1 to 300. */
    public long tradeSize() {
        return Math.floorMod(mix(1), 300) + 1;
    }

    /** The bid size in shares: 100 to 900. */
    public long bidSize() {
        return (Math.floorMod(mix(2), 9) + 1) * 100L;
    }

    /** The ask size in shares: 100 to 900. */
    public long askSize() {
        return (Math.floorMod(mix(3), 9) + 1) * 100L;
    }

    /** The current minute's bar: flat at the last price. */
    public Bar minuteBar() {
        long volume = Math.floorMod(mix(4), 5_000) + 100;
        return new Bar(last(), last(), last(), last(), volume, at.truncatedTo(ChronoUnit.MINUTES),
                Math.floorMod(mix(5), 50) + 1, last());
    }

    /** Today's bar: from the last close to the last price. */
    public Bar dailyBar() {
        long volume = Math.floorMod(mix(6), 5_000_000) + 100_000;
        return new Bar(lastClose, lastClose.max(last()), lastClose.min(last()), last(), volume,
                at.truncatedTo(ChronoUnit.DAYS), volume / 100 + 1, mid(lastClose, last()));
    }

    /** Yesterday's bar: flat at the last close. */
    public Bar prevDailyBar() {
        long volume = Math.floorMod(mix(7), 5_000_000) + 100_000;
        return new Bar(lastClose, lastClose, lastClose, lastClose, volume,
                at.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(1)), volume / 100 + 1, lastClose);
    }

    private static BigDecimal mid(BigDecimal a, BigDecimal b) {
        return a.add(b).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN);
    }

    /** FNV-1a over symbol and price, mixed with {@code salt}. */
    private long mix(long salt) {
        long hash = 0xcbf29ce484222325L;
        for (char c : (symbol + "|" + quote.last().toPlainString()).toCharArray()) {
            hash ^= c;
            hash *= 0x100000001b3L;
        }
        hash ^= salt * 0x9E3779B97F4A7C15L;
        hash ^= hash >>> 31;
        return hash * 0xBF58476D1CE4E5B9L;
    }
}
