/**
 * The simulated Alpaca broker: the embedded default broker of a fresh install, the test bed of the
 * conformance and resilience tests, and the chaos lab that injects faults.
 *
 * <p>Its core is a market and account model ({@link dev.breakwater.sim.SimExchange} over a
 * {@link dev.breakwater.sim.PriceModel}), Alpaca's request rules ({@link dev.breakwater.sim.SimOrderRequest},
 * {@link dev.breakwater.sim.SimReplaceRequest}, {@link dev.breakwater.sim.SimRejection}) and Alpaca's JSON
 * shapes ({@link dev.breakwater.sim.SimWire}). Time comes from an injected {@link java.time.Clock} and
 * randomness from seeds, so every run can be reproduced; the market moves only when
 * {@link dev.breakwater.sim.SimExchange#tick()} is called.
 *
 * <p>Its front is {@link dev.breakwater.sim.SimulatedBroker}: Alpaca's REST API on Javalin with key auth and
 * a rate limit, the Market Data API v2's latest trade/quote and snapshots plus the assets endpoints on the
 * same port ({@code MarketDataRoutes}), the {@code trade_updates} WebSocket
 * ({@link dev.breakwater.sim.TradeUpdatesStream}), and
 * fault injection driven by a {@link dev.breakwater.sim.FaultPlan}.
 *
 * <p>May depend on Jackson, SLF4J and Javalin (Jetty) for the HTTP/WebSocket front. Must <em>never</em>
 * depend on {@code dev.breakwater.broker} or {@code dev.breakwater.domain}: the simulator keeps its own
 * types and its own wire mapping, so a conformance test of our Alpaca client against the simulator
 * compares two independent implementations of Alpaca's documentation instead of code agreeing with
 * itself. No JavaFX.
 */
package dev.breakwater.sim;
