package dev.breakwater.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.TransportException;
import dev.breakwater.domain.Asset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AssetDirectoryTest {

    private final FakeAssets assets = new FakeAssets();
    private final AssetDirectory directory = new AssetDirectory(assets);

    AssetDirectoryTest() {
        assets.active.add(FakeAssets.asset("AAPL", "active", true, true));
        assets.active.add(FakeAssets.asset("BRK.A", "active", true, false));
        assets.others.put("OLDCO", FakeAssets.asset("OLDCO", "inactive", false, false));
    }

    @Test
    void theListIsLoadedOnceAndServesKnownSymbols() {
        assertThat(directory.find("AAPL")).map(Asset::symbol).contains("AAPL");
        assertThat(directory.find("brk.a")).map(Asset::fractionable).contains(false);
        assertThat(directory.find("AAPL")).isPresent();

        assertThat(assets.listCalls).isEqualTo(1);
        assertThat(assets.singleLookups).isEmpty();
        assertThat(directory.loaded()).isTrue();
    }

    @Test
    void aMissIsLookedUpAloneAndCached() {
        assertThat(directory.find("OLDCO")).map(Asset::status).contains("inactive");
        assertThat(directory.find("OLDCO")).isPresent();

        assertThat(assets.singleLookups).containsExactly("OLDCO");
        assertThat(assets.listCalls).isEqualTo(1);
    }

    @Test
    void notFoundIsCachedAsUnknown() {
        assertThat(directory.find("XYZQ")).isEmpty();
        assertThat(directory.find("xyzq")).isEmpty();

        assertThat(assets.singleLookups).containsExactly("XYZQ");
    }

    @Test
    void otherFailuresPropagateAndAreNotCached() {
        assets.singleFailure = () -> new TransportException(Endpoint.ASSET, "timeout", false, null);
        assertThatThrownBy(() -> directory.find("OLDCO")).isInstanceOf(TransportException.class);

        assets.singleFailure = null;
        assertThat(directory.find("OLDCO")).isPresent();
        assertThat(assets.singleLookups).containsExactly("OLDCO", "OLDCO");
    }

    @Test
    void aFailedListLoadFallsBackToSingleLookupsAndIsRetried() {
        assets.listFailure = () -> new TransportException(Endpoint.ASSETS, "reset", false, null);
        assertThat(directory.find("AAPL")).isPresent();
        assertThat(directory.loaded()).isFalse();
        assertThat(assets.singleLookups).containsExactly("AAPL");

        assets.listFailure = null;
        assertThat(directory.find("BRK.A")).isPresent();
        assertThat(directory.loaded()).isTrue();
        assertThat(assets.listCalls).isEqualTo(2);
        assertThat(assets.singleLookups).containsExactly("AAPL");
    }

    @Test
    void concurrentFirstCallsLoadTheListOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<Asset>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> directory.find("AAPL")));
            }
            for (Future<Optional<Asset>> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isPresent();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(assets.listCalls).isEqualTo(1);
    }
}
