package dev.breakwater.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.breakwater.broker.CancelResult;
import dev.breakwater.broker.DuplicateClientOrderIdException;
import dev.breakwater.broker.ForbiddenException;
import dev.breakwater.broker.NotFoundException;
import dev.breakwater.broker.OrderQuery;
import dev.breakwater.broker.RateLimitedException;
import dev.breakwater.broker.UnauthorizedException;
import dev.breakwater.broker.UnprocessableException;
import dev.breakwater.broker.alpaca.AlpacaConfig;
import dev.breakwater.broker.alpaca.AlpacaRestClient;
import dev.breakwater.domain.Account;
import dev.breakwater.domain.ClientOrderIds;
import dev.breakwater.domain.MarketClock;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Position;
import dev.breakwater.domain.PositionSide;
import dev.breakwater.domain.ReplaceRequest;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.sim.SimulatedBroker;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Our Alpaca client against the simulated broker, through every endpoint and error case. The simulator
 * keeps its own wire mapping (it never imports {@code broker}), so these tests prove two independent
 * implementations of Alpaca's API agree: what the client reads is what the simulator wrote.
 */
class AlpacaClientAgainstSimulatorTest {

    private final ClientOrderIds ids = ClientOrderIds.create();
    private SimulatedBroker sim;
    private AlpacaRestClient client;

    @BeforeEach
    void start() {
        // No ticker: prices and fills move only when the test ticks the exchange.
        sim = SimulatedBroker.builder().seed(42).tickInterval(Duration.ZERO).build().start();
        client = new AlpacaRestClient(new AlpacaConfig(sim.baseUrl(), sim.keyId(), sim.secret()));
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    private OrderRequest.Builder buy(String symbol, String qty) {
        return OrderRequest.builder().symbol(symbol).qty(qty).side(Side.BUY).type(OrderType.MARKET)
                .timeInForce(TimeInForce.DAY).clientOrderId(ids.next());
    }

    private OrderRequest farLimit(String symbol) {
        return buy(symbol, "5").type(OrderType.LIMIT).limitPrice("1.00").build();
    }

    @Test
    void marketOrderIsPlacedFilledAndVisibleEveryWay() {
        OrderRequest request = buy("AAPL", "10").build();

        Order placed = client.placeOrder(request);

        assertThat(placed.id()).isNotBlank();
        assertThat(placed.clientOrderId()).isEqualTo(request.clientOrderId());
        assertThat(placed.symbol()).isEqualTo("AAPL");
        assertThat(placed.side()).isEqualTo(Side.BUY);
        assertThat(placed.type()).isEqualTo(OrderType.MARKET);
        assertThat(placed.timeInForce()).isEqualTo(TimeInForce.DAY);
        assertThat(placed.qty()).isEqualByComparingTo("10");
        assertThat(placed.createdAt()).isNotNull();

        Order byId = client.getOrder(placed.id());
        Order byClientId = client.getOrderByClientOrderId(request.clientOrderId());
        assertThat(byId.id()).isEqualTo(placed.id());
        assertThat(byClientId.id()).isEqualTo(placed.id());
        assertThat(byId.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(byId.filledQty()).isEqualByComparingTo("10");
        assertThat(byId.filledAvgPrice()).isPositive();
        assertThat(byId.filledAt()).isNotNull();
    }

    @Test
    void fillMovesCashAndOpensAPosition() {
        Account before = client.getAccount();
        Order order = client.placeOrder(buy("MSFT", "3").build());
        Order filled = client.getOrder(order.id());

        Account after = client.getAccount();
        List<Position> positions = client.getPositions();

        BigDecimal cost = filled.filledAvgPrice().multiply(new BigDecimal("3"));
        assertThat(after.cash()).isEqualByComparingTo(before.cash().subtract(cost));
        assertThat(positions).singleElement().satisfies(position -> {
            assertThat(position.symbol()).isEqualTo("MSFT");
            assertThat(position.qty()).isEqualByComparingTo("3");
            assertThat(position.side()).isEqualTo(PositionSide.LONG);
            assertThat(position.avgEntryPrice()).isEqualByComparingTo(filled.filledAvgPrice());
        });
        assertThat(before.accountNumber()).isNotBlank();
        assertThat(before.equity()).isEqualByComparingTo("100000");
        assertThat(before.buyingPower()).isPositive();
    }

    @Test
    void listOrdersFiltersByStatusAndSymbol() {
        Order working = client.placeOrder(farLimit("KO"));
        client.placeOrder(buy("PEP", "1").build());

        List<Order> open = client.listOrders(OrderQuery.open());
        List<Order> all = client.listOrders(new OrderQuery("all", 500, null, null, "asc", null, List.of()));
        List<Order> onlyKo = client.listOrders(new OrderQuery("all", null, null, null, null, null, List.of("KO")));

        assertThat(open).extracting(Order::id).containsExactly(working.id());
        assertThat(all).hasSize(2);
        assertThat(onlyKo).extracting(Order::symbol).containsOnly("KO");
    }

    @Test
    void replaceCreatesANewOrderLinkedToTheOld() {
        Order original = client.placeOrder(farLimit("XOM"));
        String newId = ids.next();

        Order replacement = client.replaceOrder(original.id(),
                new ReplaceRequest(new BigDecimal("7"), null, new BigDecimal("1.50"), null, null, newId));

        assertThat(replacement.id()).isNotEqualTo(original.id());
        assertThat(replacement.replaces()).isEqualTo(original.id());
        assertThat(replacement.clientOrderId()).isEqualTo(newId);
        assertThat(replacement.qty()).isEqualByComparingTo("7");
        assertThat(replacement.limitPrice()).isEqualByComparingTo("1.50");
        Order old = client.getOrderByClientOrderId(original.clientOrderId());
        assertThat(old.status()).isEqualTo(OrderStatus.REPLACED);
        assertThat(old.replacedBy()).isEqualTo(replacement.id());
    }

    @Test
    void cancelAndCancelAll() {
        Order first = client.placeOrder(farLimit("JPM"));
        Order second = client.placeOrder(farLimit("BAC"));
        Order third = client.placeOrder(farLimit("IWM"));

        client.cancelOrder(first.id());
        List<CancelResult> results = client.cancelAllOrders();

        assertThat(client.getOrder(first.id()).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(results).extracting(CancelResult::orderId).containsExactlyInAnyOrder(second.id(), third.id());
        assertThat(results).allMatch(CancelResult::accepted);
        assertThat(client.listOrders(OrderQuery.open())).isEmpty();
    }

    @Test
    void clockReportsTheSession() {
        MarketClock clock = client.getClock();

        assertThat(clock.timestamp()).isNotNull();
        assertThat(clock.nextClose()).isAfter(clock.timestamp());
        assertThat(clock.nextOpen()).isNotNull();
    }

    @Test
    void duplicateClientOrderIdIsTypedAndForever() {
        OrderRequest request = farLimit("SPY");
        Order placed = client.placeOrder(request);
        client.cancelOrder(placed.id());

        Throwable again = catchThrowable(() -> client.placeOrder(request));

        assertThat(again).isInstanceOf(DuplicateClientOrderIdException.class);
        assertThat(((DuplicateClientOrderIdException) again).code()).isEqualTo(40010001);
    }

    @Test
    void insufficientBuyingPowerIsForbidden() {
        Throwable refused = catchThrowable(() -> client.placeOrder(buy("NVDA", "100000").build()));

        assertThat(refused).isInstanceOf(ForbiddenException.class);
        assertThat(((ForbiddenException) refused).code()).isEqualTo(40310000);
    }

    @Test
    void invalidParametersAreUnprocessableAndNameTheField() {
        OrderRequest noLimit = buy("AAPL", "1").type(OrderType.LIMIT).build();

        Throwable refused = catchThrowable(() -> client.placeOrder(noLimit));

        assertThat(refused).isInstanceOf(UnprocessableException.class)
                .isNotInstanceOf(DuplicateClientOrderIdException.class);
        assertThat(((UnprocessableException) refused).brokerMessage()).contains("limit_price");
    }

    @Test
    void unknownOrderIsNotFound() {
        assertThat(catchThrowable(() -> client.getOrder("00000000-0000-4000-8000-000000000000")))
                .isInstanceOf(NotFoundException.class);
        assertThat(catchThrowable(() -> client.getOrderByClientOrderId("bw-never-placed")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void cancelOfAFilledOrderIsUnprocessable() {
        Order filled = client.placeOrder(buy("META", "1").build());

        assertThat(catchThrowable(() -> client.cancelOrder(filled.id()))).isInstanceOf(UnprocessableException.class);
    }

    @Test
    void wrongKeysAreUnauthorized() {
        try (AlpacaRestClient stranger = new AlpacaRestClient(new AlpacaConfig(sim.baseUrl(), "WRONG", "wrong"))) {
            assertThat(catchThrowable(stranger::getAccount)).isInstanceOf(UnauthorizedException.class);
        }
    }

    @Test
    void rateLimitHeadersAreReadAndExceedingTheLimitIsTyped() {
        try (SimulatedBroker limited = SimulatedBroker.builder().rateLimit(3).tickInterval(Duration.ZERO).build().start();
             AlpacaRestClient limitedClient = new AlpacaRestClient(
                     new AlpacaConfig(limited.baseUrl(), limited.keyId(), limited.secret()))) {
            limitedClient.getClock();
            assertThat(limitedClient.lastRateLimit()).hasValueSatisfying(status -> {
                assertThat(status.limit()).isEqualTo(3);
                assertThat(status.remaining()).isEqualTo(2);
            });
            limitedClient.getClock();
            limitedClient.getClock();

            Throwable refused = catchThrowable(limitedClient::getClock);

            assertThat(refused).isInstanceOf(RateLimitedException.class);
            assertThat(((RateLimitedException) refused).rateLimit().remaining()).isZero();
        }
    }
}
