package dev.breakwater.quotes;

import dev.breakwater.broker.Assets;
import dev.breakwater.broker.NotFoundException;
import dev.breakwater.domain.Asset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Trading API's assets, cached for the ticket's checks ({@link dev.breakwater.domain.AssetRules}).
 *
 * <p>The first {@link #find} loads every active US equity with one {@link Assets#activeEquities()} call.
 * A symbol not in that list is looked up alone with {@link Assets#asset(String)} (it may be inactive, or
 * listed since); the answer is cached, and a {@link NotFoundException} is cached as unknown, so a typo is
 * asked about once. Other failures are not cached: they propagate to the caller (the ticket cannot check
 * the symbol right now), and a failed list load is tried again on the next {@code find}.
 *
 * <p>Thread-safe; the list is loaded at most once successfully even when many threads ask at once.
 */
public final class AssetDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(AssetDirectory.class);

    private final Assets assets;
    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();
    private final Object loadLock = new Object();
    private volatile boolean loaded;

    public AssetDirectory(Assets assets) {
        this.assets = Objects.requireNonNull(assets, "assets");
    }

    /**
     * The asset for {@code symbol}, or empty when the broker does not know it.
     *
     * @throws RuntimeException (typically a {@code BrokerException}) when it could not be found out
     */
    public Optional<Asset> find(String symbol) {
        Objects.requireNonNull(symbol, "symbol");
        String key = symbol.trim().toUpperCase(Locale.ROOT);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        loadOnce();
        Optional<Asset> cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        // Looked up outside any lock: two threads missing the same symbol at once may both ask, once each.
        Optional<Asset> found = lookUp(key);
        Optional<Asset> raced = cache.putIfAbsent(key, found);
        return raced == null ? found : raced;
    }

    /** True once the full list has been loaded. */
    public boolean loaded() {
        return loaded;
    }

    private void loadOnce() {
        if (loaded) {
            return;
        }
        synchronized (loadLock) {
            if (loaded) {
                return;
            }
            try {
                List<Asset> all = assets.activeEquities();
                for (Asset asset : all == null ? List.<Asset>of() : all) {
                    if (asset != null && asset.symbol() != null) {
                        cache.putIfAbsent(asset.symbol().toUpperCase(Locale.ROOT), Optional.of(asset));
                    }
                }
                loaded = true;
                LOG.info("asset directory loaded {} active equities", cache.size());
            } catch (RuntimeException e) {
                LOG.warn("could not load the asset list, looking symbols up one by one for now: {}", e.toString());
            }
        }
    }

    private Optional<Asset> lookUp(String symbol) {
        try {
            return Optional.ofNullable(assets.asset(symbol));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
