package dev.breakwater.resilience;

import dev.breakwater.broker.BadRequestException;
import dev.breakwater.broker.DuplicateClientOrderIdException;
import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.ForbiddenException;
import dev.breakwater.broker.MalformedReplyException;
import dev.breakwater.broker.NotFoundException;
import dev.breakwater.broker.RateLimitStatus;
import dev.breakwater.broker.RateLimitedException;
import dev.breakwater.broker.ServerErrorException;
import dev.breakwater.broker.TransportException;
import dev.breakwater.broker.UnauthorizedException;
import dev.breakwater.broker.UnprocessableException;
import dev.breakwater.domain.Account;
import dev.breakwater.domain.MarketClock;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import java.math.BigDecimal;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Domain values and broker failures for the tests. */
final class Fixtures {

    static final String CLIENT_ORDER_ID = "bw-20260302-0001";
    static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-02T15:00:00Z");

    private Fixtures() {
    }

    static OrderRequest buyRequest() {
        return OrderRequest.builder()
                .symbol("AAPL").qty("10").side(Side.BUY).type(OrderType.LIMIT).timeInForce(TimeInForce.DAY)
                .limitPrice("187.50").clientOrderId(CLIENT_ORDER_ID)
                .build();
    }

    static Order order(String id, String clientOrderId) {
        return new Order(id, clientOrderId, T0, T0, T0, null, null, null, null, null, null, null,
                "asset-aapl", "AAPL", "us_equity", null, new BigDecimal("10"), BigDecimal.ZERO, null,
                OrderClass.SIMPLE, OrderType.LIMIT, Side.BUY, TimeInForce.DAY, new BigDecimal("187.50"), null,
                OrderStatus.NEW, false, null, null, null, null);
    }

    static Order placed() {
        return order("61e69015-8549-4bfd-b9c3-01e75843f47d", CLIENT_ORDER_ID);
    }

    static Account account() {
        BigDecimal cash = new BigDecimal("25000.00");
        return new Account("acc-1", "PA3W5X", "ACTIVE", "USD", cash, cash, cash, cash, BigDecimal.ZERO,
                BigDecimal.ZERO, new BigDecimal("50000.00"), cash, cash, cash, BigDecimal.ONE, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, false, false, false, false,
                false, true, 0, T0);
    }

    static MarketClock marketClock() {
        return new MarketClock(T0, true, T0.plusDays(1), T0.plusHours(1));
    }

    // --- failures, as the REST client would throw them ---

    static TransportException timeout(Endpoint endpoint) {
        return new TransportException(endpoint, "read timed out", true, new SocketTimeoutException("timeout"));
    }

    static TransportException refused(Endpoint endpoint) {
        return new TransportException(endpoint, "connection refused", false, null);
    }

    static ServerErrorException serverError(Endpoint endpoint, int status) {
        return new ServerErrorException(endpoint, status, null, "internal server error");
    }

    static MalformedReplyException malformed(Endpoint endpoint) {
        return new MalformedReplyException(endpoint, 200, "truncated JSON", null);
    }

    static RateLimitedException rateLimited(Endpoint endpoint, Instant reset) {
        return new RateLimitedException(endpoint, null, "rate limit exceeded", new RateLimitStatus(200, 0, reset));
    }

    static ForbiddenException forbidden(Endpoint endpoint) {
        return new ForbiddenException(endpoint, 403, 40310000, "insufficient buying power");
    }

    static UnprocessableException unprocessable(Endpoint endpoint) {
        return new UnprocessableException(endpoint, 422, 40010001, "qty must be > 0");
    }

    static BadRequestException badRequest(Endpoint endpoint) {
        return new BadRequestException(endpoint, 400, 40010000, "request body format is invalid");
    }

    static UnauthorizedException unauthorized(Endpoint endpoint) {
        return new UnauthorizedException(endpoint, 401, null, "unauthorized");
    }

    static NotFoundException notFound(Endpoint endpoint) {
        return new NotFoundException(endpoint, 404, null, "order not found");
    }

    static DuplicateClientOrderIdException duplicate() {
        return new DuplicateClientOrderIdException(Endpoint.PLACE_ORDER, 40010001, "client_order_id must be unique");
    }
}
