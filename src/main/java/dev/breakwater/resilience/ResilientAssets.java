package dev.breakwater.resilience;

import dev.breakwater.broker.Assets;
import dev.breakwater.broker.Endpoint;
import dev.breakwater.domain.Asset;
import java.util.List;
import java.util.Objects;

/**
 * {@link Assets} with retries, the reads breaker and the shared REST rate limiter. Built by
 * {@link Resilience#decorateAssets(Assets)}.
 */
public final class ResilientAssets implements Assets {

    private final Assets delegate;
    private final RetryLoop retrying;

    ResilientAssets(Assets delegate, RetryLoop retrying) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.retrying = retrying;
    }

    @Override
    public Asset asset(String symbol) {
        return retrying.call(Endpoint.ASSET, () -> delegate.asset(symbol));
    }

    @Override
    public List<Asset> activeEquities() {
        return retrying.call(Endpoint.ASSETS, delegate::activeEquities);
    }
}
