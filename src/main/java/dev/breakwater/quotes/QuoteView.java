package dev.breakwater.quotes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * What the screens show for one watched symbol at one moment. Immutable; a new view is made for every
 * read, so {@code stale} is true as of the moment it was made.
 *
 * @param symbol     the watched symbol (upper case)
 * @param last       the last trade's price, or null when none was received
 * @param bid        the best bid, or null
 * @param ask        the best ask, or null
 * @param quoteTime  the quote's own time as the feed sent it (falls back to the last trade's time when the
 *                   snapshot had no quote), or null
 * @param receivedAt when the snapshot holding these values arrived (local clock), or null when never
 * @param stale      true when nothing was ever received, or the last receipt is older than
 *                   {@link QuoteSettings#staleAfter()} by the service's clock
 */
public record QuoteView(String symbol, BigDecimal last, BigDecimal bid, BigDecimal ask, OffsetDateTime quoteTime,
                        Instant receivedAt, boolean stale) {

    /** True once a snapshot for this symbol has arrived, fresh or not. */
    public boolean received() {
        return receivedAt != null;
    }
}
