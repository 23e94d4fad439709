package dev.breakwater.broker.alpaca;

import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.MarketData;
import dev.breakwater.broker.RateLimitStatus;
import dev.breakwater.domain.LatestQuote;
import dev.breakwater.domain.LatestTrade;
import dev.breakwater.domain.Snapshot;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * {@link MarketData} over Alpaca's Market Data API v2 ({@value #DEFAULT_DATA_URL}): latest trade, latest
 * quote and snapshots of stocks, with the same key pair and timeouts as the trading client but its own
 * base URL (and its own {@link AlpacaHttp}, so rate-limit headers are tracked per API). One attempt per
 * call; retries belong to the resilience layer. Plain {@code http://} is allowed only for loopback hosts,
 * as for the trading client.
 *
 * <p>Every request carries {@code feed=}{@link #DEFAULT_FEED} unless another feed is given. Thread-safe.
 */
public final class AlpacaMarketDataClient implements MarketData, AutoCloseable {

    /** Alpaca's market data origin. */
    public static final String DEFAULT_DATA_URL = "https://data.alpaca.markets";
    /** The free feed, available to every account. */
    public static final String DEFAULT_FEED = "iex";
    /** Environment variable overriding the data origin, e.g. a local simulator. */
    public static final String ENV_DATA_URL = "APCA_API_DATA_URL";

    private final AlpacaHttp http;
    private final String feed;

    /** Alpaca's data URL, the iex feed, its own OkHttpClient. */
    public AlpacaMarketDataClient(AlpacaConfig keysAndTimeouts) {
        this(keysAndTimeouts, DEFAULT_DATA_URL, DEFAULT_FEED);
    }

    /**
     * @param keysAndTimeouts the key pair and timeouts (its trading base URL is not used)
     * @param dataBaseUrl     market data origin without {@code /v2}; null means {@value #DEFAULT_DATA_URL}
     * @param feed            {@code iex}, {@code sip}, …; null or blank means {@value #DEFAULT_FEED}
     */
    public AlpacaMarketDataClient(AlpacaConfig keysAndTimeouts, String dataBaseUrl, String feed) {
        this(keysAndTimeouts, dataBaseUrl, feed, null);
    }

    /** As above, deriving its OkHttpClient from {@code base} (null for a new one); closing leaves base alone. */
    public AlpacaMarketDataClient(AlpacaConfig keysAndTimeouts, String dataBaseUrl, String feed, OkHttpClient base) {
        Objects.requireNonNull(keysAndTimeouts, "keysAndTimeouts");
        AlpacaConfig dataConfig = new AlpacaConfig(dataBaseUrl == null ? DEFAULT_DATA_URL : dataBaseUrl,
                keysAndTimeouts.keyId(), keysAndTimeouts.secretKey(), keysAndTimeouts.connectTimeout(),
                keysAndTimeouts.callTimeout());
        this.feed = feed == null || feed.isBlank() ? DEFAULT_FEED : feed.strip();
        this.http = new AlpacaHttp(dataConfig, base);
    }

    /** A client on {@code APCA_API_DATA_URL} (default {@value #DEFAULT_DATA_URL}) and the iex feed. */
    public static AlpacaMarketDataClient fromEnvironment(AlpacaConfig keysAndTimeouts, Map<String, String> env) {
        String url = env.get(ENV_DATA_URL);
        return new AlpacaMarketDataClient(keysAndTimeouts, url == null || url.isBlank() ? null : url.strip(), null);
    }

    /** The X-RateLimit-* headers of the most recent market-data reply that had them, if any. */
    public Optional<RateLimitStatus> lastRateLimit() {
        return http.lastRateLimit();
    }

    @Override
    public LatestTrade latestTrade(String symbol) {
        return MarketDataWire.latestTrade(http.execute(Endpoint.LATEST_TRADE, "GET",
                feed(http.url("v2", "stocks", AlpacaRestClient.symbolSegment(symbol), "trades", "latest")), null));
    }

    @Override
    public LatestQuote latestQuote(String symbol) {
        return MarketDataWire.latestQuote(http.execute(Endpoint.LATEST_QUOTE, "GET",
                feed(http.url("v2", "stocks", AlpacaRestClient.symbolSegment(symbol), "quotes", "latest")), null));
    }

    /** No request for an empty list: an empty map. */
    @Override
    public Map<String, Snapshot> snapshots(List<String> symbols) {
        Objects.requireNonNull(symbols, "symbols");
        if (symbols.isEmpty()) {
            return Map.of();
        }
        // Commas kept literal between the (individually encoded) symbols, as Alpaca documents the list.
        String joined = symbols.stream()
                .map(symbol -> URLEncoder.encode(AlpacaRestClient.symbolSegment(symbol).strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining(","));
        HttpUrl.Builder url = http.url("v2", "stocks", "snapshots").addEncodedQueryParameter("symbols", joined);
        return MarketDataWire.snapshots(http.execute(Endpoint.SNAPSHOTS, "GET", feed(url), null));
    }

    private HttpUrl feed(HttpUrl.Builder url) {
        return url.addQueryParameter("feed", feed).build();
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "AlpacaMarketDataClient[" + http + ", feed=" + feed + "]";
    }
}
