package dev.breakwater.broker.alpaca;

import dev.breakwater.broker.TradeStreamListener;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;

/** Optional wiring of an {@link AlpacaTradeStream}; everything not set has a production default. */
public final class AlpacaTradeStreamBuilder {

    final AlpacaConfig config;
    final TradeStreamListener listener;
    final CircuitBreaker breaker;
    String streamUrl;
    TradeStreamSettings settings = TradeStreamSettings.defaults();
    ScheduledExecutorService scheduler;
    Clock clock = Clock.systemUTC();
    Random random = new Random();
    OkHttpClient httpClient;

    AlpacaTradeStreamBuilder(AlpacaConfig config, TradeStreamListener listener, CircuitBreaker breaker) {
        this.config = Objects.requireNonNull(config, "config");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.breaker = Objects.requireNonNull(breaker, "breaker");
    }

    /** {@code ws://} or {@code wss://} address; default: the REST base URL's host and port, path {@code /stream}. */
    public AlpacaTradeStreamBuilder streamUrl(String value) {
        streamUrl = value;
        return this;
    }

    public AlpacaTradeStreamBuilder settings(TradeStreamSettings value) {
        settings = Objects.requireNonNull(value, "settings");
        return this;
    }

    /** Timers (backoff waits, watchdog ticks); the caller owns it. Default: a thread of this client's own. */
    public AlpacaTradeStreamBuilder scheduler(ScheduledExecutorService value) {
        scheduler = Objects.requireNonNull(value, "scheduler");
        return this;
    }

    /** Status times and staleness ages. */
    public AlpacaTradeStreamBuilder clock(Clock value) {
        clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    /** The backoff jitter; seed it for repeatable tests. */
    public AlpacaTradeStreamBuilder random(Random value) {
        random = Objects.requireNonNull(value, "random");
        return this;
    }

    /** An OkHttpClient to share a dispatcher and connection pool with (the caller owns it). */
    public AlpacaTradeStreamBuilder httpClient(OkHttpClient value) {
        httpClient = Objects.requireNonNull(value, "httpClient");
        return this;
    }

    public AlpacaTradeStream build() {
        return new AlpacaTradeStream(this);
    }
}
