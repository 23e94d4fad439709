package dev.breakwater.broker.alpaca;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.breakwater.broker.MalformedReplyException;
import dev.breakwater.domain.Asset;
import dev.breakwater.domain.LatestQuote;
import dev.breakwater.domain.LatestTrade;
import dev.breakwater.domain.Snapshot;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assets and market-data replies. Bound straight from the bytes (not through a JsonNode tree, whose
 * decimal nodes may drop trailing zeros), so each number becomes the BigDecimal of its JSON text:
 * {@code 187.035} stays 187.035 and {@code 100} becomes 100 (scale 0). Any failure is a
 * {@link MalformedReplyException}.
 */
final class MarketDataWire {

    /** Alpaca's asset; {@code class} is a Java keyword, hence the explicit name. */
    record AssetJson(String id, @JsonProperty("class") String assetClass, String exchange, String symbol,
                     String name, String status, boolean tradable, boolean marginable, boolean shortable,
                     boolean easyToBorrow, boolean fractionable) {
        Asset toDomain() {
            return new Asset(id, assetClass, exchange, symbol, name, status, tradable, marginable, shortable,
                    easyToBorrow, fractionable);
        }
    }

    record TradeJson(@JsonProperty("p") BigDecimal p, @JsonProperty("s") BigDecimal s,
                     @JsonProperty("t") OffsetDateTime t, @JsonProperty("x") String x) {
    }

    record QuoteJson(@JsonProperty("ap") BigDecimal ap, @JsonProperty("as") BigDecimal as,
                     @JsonProperty("bp") BigDecimal bp, @JsonProperty("bs") BigDecimal bs,
                     @JsonProperty("t") OffsetDateTime t) {
    }

    record LatestTradeJson(String symbol, TradeJson trade) {
    }

    record LatestQuoteJson(String symbol, QuoteJson quote) {
    }

    record SnapshotJson(@JsonProperty("latestTrade") TradeJson latestTrade,
                        @JsonProperty("latestQuote") QuoteJson latestQuote) {
    }

    private static final ObjectReader ASSET = AlpacaJson.mapper().readerFor(AssetJson.class);
    private static final ObjectReader ASSETS = AlpacaJson.mapper().readerFor(new TypeReference<List<AssetJson>>() { });
    private static final ObjectReader TRADE = AlpacaJson.mapper().readerFor(LatestTradeJson.class);
    private static final ObjectReader QUOTE = AlpacaJson.mapper().readerFor(LatestQuoteJson.class);
    private static final ObjectReader SNAPSHOTS =
            AlpacaJson.mapper().readerFor(new TypeReference<LinkedHashMap<String, SnapshotJson>>() { });

    private MarketDataWire() {
    }

    static Asset asset(AlpacaHttp.Reply reply) {
        return checked(reply, (AssetJson) read(reply, ASSET));
    }

    static List<Asset> assets(AlpacaHttp.Reply reply) {
        List<AssetJson> items = read(reply, ASSETS);
        List<Asset> assets = new ArrayList<>(items.size());
        for (AssetJson item : items) {
            assets.add(checked(reply, item));
        }
        return List.copyOf(assets);
    }

    static LatestTrade latestTrade(AlpacaHttp.Reply reply) {
        LatestTradeJson json = read(reply, TRADE);
        if (json.trade() == null) {
            throw malformed(reply, "reply lacks trade");
        }
        return trade(reply, json.trade());
    }

    static LatestQuote latestQuote(AlpacaHttp.Reply reply) {
        LatestQuoteJson json = read(reply, QUOTE);
        if (json.quote() == null) {
            throw malformed(reply, "reply lacks quote");
        }
        return quote(reply, json.quote());
    }

    /** Symbols whose value is null (unknown to the feed) are left out. */
    static Map<String, Snapshot> snapshots(AlpacaHttp.Reply reply) {
        Map<String, SnapshotJson> json = read(reply, SNAPSHOTS);
        Map<String, Snapshot> snapshots = new LinkedHashMap<>();
        json.forEach((symbol, snapshot) -> {
            if (snapshot != null) {
                snapshots.put(symbol, new Snapshot(symbol,
                        snapshot.latestTrade() == null ? null : trade(reply, snapshot.latestTrade()),
                        snapshot.latestQuote() == null ? null : quote(reply, snapshot.latestQuote())));
            }
        });
        return java.util.Collections.unmodifiableMap(snapshots);
    }

    private static LatestTrade trade(AlpacaHttp.Reply reply, TradeJson t) {
        if (t.p() == null || t.s() == null || t.t() == null) {
            throw malformed(reply, "trade lacks p, s or t");
        }
        return new LatestTrade(t.p(), t.s(), t.t(), t.x());
    }

    private static LatestQuote quote(AlpacaHttp.Reply reply, QuoteJson q) {
        if (q.bp() == null || q.bs() == null || q.ap() == null || q.as() == null || q.t() == null) {
            throw malformed(reply, "quote lacks bp, bs, ap, as or t");
        }
        return new LatestQuote(q.bp(), q.bs(), q.ap(), q.as(), q.t());
    }

    private static Asset checked(AlpacaHttp.Reply reply, AssetJson json) {
        if (json == null || json.symbol() == null || json.symbol().isBlank()) {
            throw malformed(reply, "asset lacks symbol");
        }
        return json.toDomain();
    }

    private static <T> T read(AlpacaHttp.Reply reply, ObjectReader reader) {
        if (reply.body().length == 0) {
            throw malformed(reply, "empty reply body");
        }
        T value;
        try {
            value = reader.readValue(reply.body());
        } catch (Exception e) { // JacksonException or IOException: wrong shape, bad number, bad time, cut short
            throw new MalformedReplyException(reply.endpoint(), reply.status(), "unreadable reply", e);
        }
        if (value == null) {
            throw malformed(reply, "empty reply body");
        }
        return value;
    }

    private static MalformedReplyException malformed(AlpacaHttp.Reply reply, String description) {
        return new MalformedReplyException(reply.endpoint(), reply.status(), description, null);
    }
}
