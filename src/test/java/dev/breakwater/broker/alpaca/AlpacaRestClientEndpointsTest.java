package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breakwater.broker.CancelResult;
import dev.breakwater.broker.OrderQuery;
import dev.breakwater.domain.Account;
import dev.breakwater.domain.MarketClock;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Position;
import dev.breakwater.domain.PositionSide;
import dev.breakwater.domain.ReplaceRequest;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.StopLoss;
import dev.breakwater.domain.TakeProfit;
import dev.breakwater.domain.TimeInForce;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlpacaRestClientEndpointsTest extends MockAlpacaTestBase {

    private static OrderRequest.Builder limitBuy() {
        return OrderRequest.builder().symbol("AAPL").qty("10").side(Side.BUY).type(OrderType.LIMIT)
                .timeInForce(TimeInForce.DAY).limitPrice("150.25").clientOrderId("bw-0001");
    }

    private void assertAuthHeaders(RecordedRequest request) {
        assertThat(request.getHeaders().get("APCA-API-KEY-ID")).isEqualTo(KEY_ID);
        assertThat(request.getHeaders().get("APCA-API-SECRET-KEY")).isEqualTo(SECRET);
    }

    @Test
    void placeOrderPostsSnakeCaseBodyWithDecimalStringsAndNoNulls() throws Exception {
        enqueue(200, ORDER_JSON);

        Order order = client.placeOrder(limitBuy().build());

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/v2/orders");
        assertAuthHeaders(request);
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        // Exact shape: no nulls, no order_class for a simple order, no extended_hours=false.
        assertThat(json(request)).isEqualTo(json("""
                {"symbol":"AAPL","qty":"10","side":"buy","type":"limit","time_in_force":"day",
                 "limit_price":"150.25","client_order_id":"bw-0001"}"""));
        assertThat(json(request).get("qty").isTextual()).isTrue();

        assertThat(order.id()).isEqualTo(ORDER_ID);
        assertThat(order.clientOrderId()).isEqualTo("bw-0001");
        assertThat(order.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(order.limitPrice()).isEqualByComparingTo("150.25");
        assertThat(order.orderClass()).isEqualTo(OrderClass.SIMPLE);
    }

    @Test
    void placeOrderSendsBracketLegsAndPlainDecimals() throws Exception {
        enqueue(200, ORDER_JSON);

        client.placeOrder(limitBuy()
                .qty(new BigDecimal("1E+1"))
                .limitPrice(new BigDecimal("150.250"))
                .timeInForce(TimeInForce.GTC)
                .orderClass(OrderClass.BRACKET)
                .takeProfit(new TakeProfit(new BigDecimal("160")))
                .stopLoss(new StopLoss(new BigDecimal("140.00"), new BigDecimal("139.5")))
                .build());

        assertThat(json(taken())).isEqualTo(json("""
                {"symbol":"AAPL","qty":"10","side":"buy","type":"limit","time_in_force":"gtc",
                 "limit_price":"150.250","client_order_id":"bw-0001","order_class":"bracket",
                 "take_profit":{"limit_price":"160"},
                 "stop_loss":{"stop_price":"140.00","limit_price":"139.5"}}"""));
    }

    @Test
    void placeOrderSendsNotionalTrailingAndExtendedHoursFields() throws Exception {
        enqueue(200, ORDER_JSON);
        enqueue(200, ORDER_JSON);

        client.placeOrder(OrderRequest.builder().symbol("SPY").notional(new BigDecimal("250.5")).side(Side.SELL)
                .type(OrderType.MARKET).timeInForce(TimeInForce.DAY).clientOrderId("bw-n").build());
        client.placeOrder(OrderRequest.builder().symbol("SPY").qty("3").side(Side.SELL).type(OrderType.TRAILING_STOP)
                .timeInForce(TimeInForce.GTC).trailPercent(new BigDecimal("1.5")).extendedHours(true)
                .stopLoss(new StopLoss(new BigDecimal("90"), null)).clientOrderId("bw-t").build());

        assertThat(json(taken())).isEqualTo(json("""
                {"symbol":"SPY","notional":"250.5","side":"sell","type":"market","time_in_force":"day",
                 "client_order_id":"bw-n"}"""));
        assertThat(json(taken())).isEqualTo(json("""
                {"symbol":"SPY","qty":"3","side":"sell","type":"trailing_stop","time_in_force":"gtc",
                 "trail_percent":"1.5","extended_hours":true,"client_order_id":"bw-t",
                 "stop_loss":{"stop_price":"90"}}"""));
    }

    @Test
    void placeOrderWithoutClientOrderIdIsRefusedBeforeSending() {
        assertThatThrownBy(() -> client.placeOrder(limitBuy().clientOrderId(null).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("client_order_id");
        assertThatThrownBy(() -> client.placeOrder(limitBuy().clientOrderId("  ").build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.placeOrder(limitBuy().side(Side.UNKNOWN).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("side");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void getOrderEncodesTheIdAsOnePathSegment() throws Exception {
        enqueue(200, ORDER_JSON);
        enqueue(200, ORDER_JSON);

        Order order = client.getOrder(ORDER_ID);
        client.getOrder("a/b c?d");

        RecordedRequest first = taken();
        assertThat(first.getMethod()).isEqualTo("GET");
        assertThat(first.getTarget()).isEqualTo("/v2/orders/" + ORDER_ID);
        assertAuthHeaders(first);
        assertThat(taken().getTarget()).isEqualTo("/v2/orders/a%2Fb%20c%3Fd");
        assertThat(order.id()).isEqualTo(ORDER_ID);
        assertThat(order.createdAt()).isEqualTo(OffsetDateTime.parse("2024-03-01T14:30:01.942282Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ".", ".."})
    void idsThatOkHttpWouldDropOrResolveAreRefused(String id) {
        // DELETE /v2/orders/. would otherwise collapse to DELETE /v2/orders: cancel ALL orders.
        assertThatThrownBy(() -> client.cancelOrder(id)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.getOrder(id)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.replaceOrder(id, new ReplaceRequest(BigDecimal.ONE, null, null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.cancelOrder(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void percentEncodedDotIsSentAsALiteralSegment() throws Exception {
        server.enqueue(new MockResponse.Builder().code(204).build());

        client.cancelOrder("%2e");

        assertThat(taken().getTarget()).isEqualTo("/v2/orders/%252e");
    }

    @Test
    void getOrderByClientOrderIdKeepsTheColonInThePath() throws Exception {
        enqueue(200, ORDER_JSON);
        enqueue(200, ORDER_JSON);

        Order order = client.getOrderByClientOrderId("bw-0001");
        client.getOrderByClientOrderId("a&b=c+d e");

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/v2/orders:by_client_order_id?client_order_id=bw-0001");
        assertAuthHeaders(request);
        assertThat(order.clientOrderId()).isEqualTo("bw-0001");

        RecordedRequest odd = taken();
        assertThat(odd.getTarget()).startsWith("/v2/orders:by_client_order_id?client_order_id=");
        assertThat(odd.getUrl().queryParameterNames()).containsExactly("client_order_id");
        assertThat(odd.getUrl().queryParameter("client_order_id")).isEqualTo("a&b=c+d e");
        assertThatThrownBy(() -> client.getOrderByClientOrderId(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listOrdersSendsEveryFilterWithRfc3339Times() throws Exception {
        enqueue(200, "[" + ORDER_JSON + "," + ORDER_JSON.replace(ORDER_ID, "second-id") + "]");
        OffsetDateTime after = OffsetDateTime.of(2024, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(-5));
        OffsetDateTime until = OffsetDateTime.of(2024, 3, 2, 0, 0, 0, 123_000_000, ZoneOffset.ofHours(2));

        List<Order> orders = client.listOrders(
                new OrderQuery("all", 100, after, until, "asc", true, List.of("AAPL", "TSLA")));

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/orders");
        assertAuthHeaders(request);
        var url = request.getUrl();
        assertThat(url.queryParameterNames())
                .containsExactlyInAnyOrder("status", "limit", "after", "until", "direction", "nested", "symbols");
        assertThat(url.queryParameter("status")).isEqualTo("all");
        assertThat(url.queryParameter("limit")).isEqualTo("100");
        assertThat(url.queryParameter("after")).isEqualTo("2024-03-01T09:30:00-05:00");
        assertThat(url.queryParameter("until")).isEqualTo("2024-03-02T00:00:00.123+02:00");
        assertThat(url.queryParameter("direction")).isEqualTo("asc");
        assertThat(url.queryParameter("nested")).isEqualTo("true");
        assertThat(url.queryParameter("symbols")).isEqualTo("AAPL,TSLA");
        // '+' must be percent-encoded or the server reads it as a space.
        assertThat(request.getTarget()).contains("until=2024-03-02T00%3A00%3A00.123%2B02%3A00");
        assertThat(orders).extracting(Order::id).containsExactly(ORDER_ID, "second-id");
    }

    @Test
    void listOrdersLeavesNullFiltersOut() throws Exception {
        enqueue(200, "[]");
        enqueue(200, "[]");

        assertThat(client.listOrders(OrderQuery.open())).isEmpty();
        assertThat(client.listOrders(null)).isEmpty();

        assertThat(taken().getTarget()).isEqualTo("/v2/orders?status=open");
        assertThat(taken().getTarget()).isEqualTo("/v2/orders");
    }

    @Test
    void replaceOrderPatchesOnlyTheGivenFields() throws Exception {
        enqueue(200, ORDER_JSON.replace(ORDER_ID, "new-order-id"));

        Order replacement = client.replaceOrder(ORDER_ID, new ReplaceRequest(new BigDecimal("5"), TimeInForce.GTC,
                new BigDecimal("151.00"), null, null, "bw-0001-r1"));

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("PATCH");
        assertThat(request.getTarget()).isEqualTo("/v2/orders/" + ORDER_ID);
        assertAuthHeaders(request);
        assertThat(json(request)).isEqualTo(json("""
                {"qty":"5","time_in_force":"gtc","limit_price":"151.00","client_order_id":"bw-0001-r1"}"""));
        assertThat(replacement.id()).isEqualTo("new-order-id");
    }

    @Test
    void replaceOrderSendsStopPriceAndTrail() throws Exception {
        enqueue(200, ORDER_JSON);

        client.replaceOrder(ORDER_ID, new ReplaceRequest(null, null, null, new BigDecimal("99.5"), new BigDecimal("2"), null));

        assertThat(json(taken())).isEqualTo(json("{\"stop_price\":\"99.5\",\"trail\":\"2\"}"));
    }

    @Test
    void cancelOrderDeletesTheOrderAndAccepts204() throws Exception {
        server.enqueue(new MockResponse.Builder().code(204).build());

        client.cancelOrder(ORDER_ID);

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getTarget()).isEqualTo("/v2/orders/" + ORDER_ID);
        assertThat(request.getBodySize()).isZero();
        assertAuthHeaders(request);
    }

    @Test
    void cancelAllOrdersReadsTheMultiStatusReply() throws Exception {
        enqueue(207, """
                [{"id":"a-1","status":200,"body":%s},
                 {"id":"b-2","status":500,"body":{"code":50010000,"message":"failed to cancel order"}}]"""
                .formatted(ORDER_JSON));

        List<CancelResult> results = client.cancelAllOrders();

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getTarget()).isEqualTo("/v2/orders");
        assertAuthHeaders(request);
        assertThat(results).containsExactly(new CancelResult("a-1", 200), new CancelResult("b-2", 500));
        assertThat(results.get(0).accepted()).isTrue();
        assertThat(results.get(1).accepted()).isFalse();
    }

    @Test
    void cancelAllOrdersAlsoAccepts200AndEmptyReplies() {
        enqueue(200, "[{\"id\":\"c-3\",\"status\":\"200\"}]");
        enqueue(207, "[]");
        server.enqueue(new MockResponse.Builder().code(204).build());

        assertThat(client.cancelAllOrders()).containsExactly(new CancelResult("c-3", 200));
        assertThat(client.cancelAllOrders()).isEmpty();
        assertThat(client.cancelAllOrders()).isEmpty();
    }

    @Test
    void getAccountReadsBalancesExactly() throws Exception {
        enqueue(200, ACCOUNT_JSON);

        Account account = client.getAccount();

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/v2/account");
        assertAuthHeaders(request);
        assertThat(account.id()).isEqualTo("904837e3-3b76-47ec-b432-046db621571b");
        assertThat(account.buyingPower()).isEqualTo(new BigDecimal("176531.28"));
        assertThat(account.equity()).isEqualTo(new BigDecimal("100000.00"));
        assertThat(account.shortingEnabled()).isTrue();
        assertThat(account.daytradeCount()).isZero();
    }

    @Test
    void getPositionsReadsLongAndShort() throws Exception {
        enqueue(200, POSITIONS_JSON);

        List<Position> positions = client.getPositions();

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/v2/positions");
        assertAuthHeaders(request);
        assertThat(positions).extracting(Position::symbol).containsExactly("AAPL", "TSLA");
        assertThat(positions.get(1).side()).isEqualTo(PositionSide.SHORT);
        assertThat(positions.get(1).qty()).isEqualByComparingTo("-5");
    }

    @Test
    void getClockKeepsOffsets() throws Exception {
        enqueue(200, CLOCK_JSON);

        MarketClock clock = client.getClock();

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/v2/clock");
        assertAuthHeaders(request);
        assertThat(clock.isOpen()).isTrue();
        assertThat(clock.nextClose()).isEqualTo(OffsetDateTime.parse("2024-03-01T16:00:00-05:00"));
        assertThat(clock.timestamp().getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
    }

    @Test
    void aBaseUrlWithAPathPrefixIsKept() throws Exception {
        try (AlpacaRestClient prefixed = new AlpacaRestClient(new AlpacaConfig(baseUrl() + "/sim/", KEY_ID, SECRET))) {
            enqueue(200, CLOCK_JSON);
            prefixed.getClock();
        }
        assertThat(taken().getTarget()).isEqualTo("/sim/v2/clock");
    }

    @Test
    void everyCallCarriesBothKeyHeadersAndNoOtherCredentials() throws Exception {
        enqueue(200, ACCOUNT_JSON);

        client.getAccount();

        RecordedRequest request = taken();
        assertThat(request.getHeaders().names()).doesNotContain("Authorization");
        assertThat(request.getHeaders().values("APCA-API-SECRET-KEY")).containsExactly(SECRET);
        assertThat(request.getHeaders().values("APCA-API-KEY-ID")).containsExactly(KEY_ID);
    }
}
