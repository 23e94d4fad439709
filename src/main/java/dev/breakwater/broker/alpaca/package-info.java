/**
 * Alpaca adapter of the broker port: the Trading API v2 REST client ({@link
 * dev.breakwater.broker.alpaca.AlpacaRestClient}, configured by {@link
 * dev.breakwater.broker.alpaca.AlpacaConfig}), the JSON mapping of Alpaca's wire format ({@link
 * dev.breakwater.broker.alpaca.AlpacaJson}), and the {@code trade_updates} stream client ({@link
 * dev.breakwater.broker.alpaca.AlpacaTradeStream}: one connection, watched, reconnected with backoff).
 * The REST client also serves the assets port; market data (latest trade, latest quote, snapshots) comes
 * from {@link dev.breakwater.broker.alpaca.AlpacaMarketDataClient} on its own base URL.
 *
 * <p>Dependencies: may use {@code dev.breakwater.broker}, {@code dev.breakwater.domain}, OkHttp, Jackson,
 * SLF4J and Resilience4j's {@code CircuitBreaker} type (the stream's breaker is passed in). Must not
 * depend on JavaFX or on Breakwater's resilience, journal, ui or sim packages: retry policy lives above
 * this package, and the simulator is reached over HTTP like the real broker.
 *
 * <p>Secrets: the API secret key is sent only as a request header; it never appears in a log line, an
 * exception message or a {@code toString()}.
 */
package dev.breakwater.broker.alpaca;
