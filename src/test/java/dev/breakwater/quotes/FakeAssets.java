package dev.breakwater.quotes;

import dev.breakwater.broker.Assets;
import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.NotFoundException;
import dev.breakwater.domain.Asset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A table of assets; counts list and single calls; can be told to fail. */
final class FakeAssets implements Assets {

    final List<Asset> active = new ArrayList<>();
    /** Assets only a single look-up finds (e.g. inactive ones). */
    final Map<String, Asset> others = new LinkedHashMap<>();
    final List<String> singleLookups = new ArrayList<>();
    int listCalls;
    Supplier<RuntimeException> listFailure;
    Supplier<RuntimeException> singleFailure;

    static Asset asset(String symbol, String status, boolean tradable, boolean fractionable) {
        return new Asset("id-" + symbol, "us_equity", "NASDAQ", symbol, symbol + " Inc.", status, tradable, true,
                true, true, fractionable);
    }

    @Override
    public synchronized Asset asset(String symbol) {
        singleLookups.add(symbol);
        if (singleFailure != null) {
            throw singleFailure.get();
        }
        for (Asset asset : active) {
            if (asset.symbol().equals(symbol)) {
                return asset;
            }
        }
        Asset other = others.get(symbol);
        if (other == null) {
            throw new NotFoundException(Endpoint.ASSET, 404, 40410000, "asset not found for " + symbol);
        }
        return other;
    }

    @Override
    public synchronized List<Asset> activeEquities() {
        listCalls++;
        if (listFailure != null) {
            throw listFailure.get();
        }
        return List.copyOf(active);
    }
}
