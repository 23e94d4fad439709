/**
 * Resilience for broker calls: retries with jittered exponential backoff, one circuit breaker per
 * endpoint group (orders, reads, stream), the shared client-side REST rate limiter, duplicate-safe
 * order placement, and the health view the broker-health panel reads.
 *
 * <p>Entry point: {@link dev.breakwater.resilience.Resilience}, built from
 * {@link dev.breakwater.resilience.ResilienceSettings}; it decorates a
 * {@link dev.breakwater.broker.Broker} and hands out a {@link dev.breakwater.resilience.BrokerHealth}.
 *
 * <p>May depend on: {@code dev.breakwater.broker} (the port and its exceptions),
 * {@code dev.breakwater.domain}, Resilience4j (retry, circuitbreaker, ratelimiter, micrometer),
 * Micrometer and SLF4J.
 *
 * <p>Must not depend on: JavaFX (the UI adapts health events onto its own thread), OkHttp, Jackson or
 * any other vendor or transport type (the REST client sits behind the {@code Broker} port), the
 * journal, or the app wiring. Time, waiting and randomness come in from outside
 * ({@link java.time.Clock}, {@link dev.breakwater.resilience.Sleeper}, {@link java.util.Random}) so
 * tests never sleep.
 */
package dev.breakwater.resilience;
