/**
 * The broker port: {@link dev.breakwater.broker.Broker}, the calls Breakwater makes to a brokerage in
 * domain types, with its typed errors ({@link dev.breakwater.broker.BrokerException} and subtypes, each
 * telling whether the request may have taken effect), the {@link dev.breakwater.broker.Endpoint} names
 * and {@link dev.breakwater.broker.RateLimitStatus}.
 *
 * <p>Dependencies: only {@code dev.breakwater.domain} and the JDK. No HTTP library, no JSON library, no
 * JavaFX: adapters such as {@code dev.breakwater.broker.alpaca} implement this port.
 */
package dev.breakwater.broker;
