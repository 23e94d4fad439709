package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.BadRequestException;
import dev.breakwater.broker.BrokerException;
import dev.breakwater.broker.DuplicateClientOrderIdException;
import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.ForbiddenException;
import dev.breakwater.broker.MalformedReplyException;
import dev.breakwater.broker.NotFoundException;
import dev.breakwater.broker.RateLimitStatus;
import dev.breakwater.broker.RateLimitedException;
import dev.breakwater.broker.ServerErrorException;
import dev.breakwater.broker.UnauthorizedException;
import dev.breakwater.broker.UnprocessableException;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlpacaRestClientErrorsTest extends MockAlpacaTestBase {

    private static final OrderRequest ORDER = OrderRequest.builder().symbol("AAPL").qty("10").side(Side.BUY)
            .type(OrderType.MARKET).timeInForce(TimeInForce.DAY).clientOrderId("bw-0001").build();

    @Test
    void unauthorized401() {
        enqueue(401, "{\"message\":\"unauthorized\"}");

        UnauthorizedException e = thrown(UnauthorizedException.class, client::getAccount);

        assertThat(e.httpStatus()).isEqualTo(401);
        assertThat(e.code()).isNull();
        assertThat(e.brokerMessage()).isEqualTo("unauthorized");
        assertThat(e.endpoint()).isEqualTo(Endpoint.ACCOUNT);
        assertThat(e.mayHaveTakenEffect()).isFalse();
    }

    @Test
    void forbidden403WithExtraFields() {
        enqueue(403, """
                {"buying_power":"176531.28","code":40310000,"cost_basis":"48640000","message":"insufficient buying power"}""");

        ForbiddenException e = thrown(ForbiddenException.class, () -> client.placeOrder(ORDER));

        assertThat(e.httpStatus()).isEqualTo(403);
        assertThat(e.code()).isEqualTo(40310000);
        assertThat(e.brokerMessage()).isEqualTo("insufficient buying power");
        assertThat(e.endpoint()).isEqualTo(Endpoint.PLACE_ORDER);
        assertThat(e.mayHaveTakenEffect()).isFalse();
        assertThat(e.getMessage()).contains("place_order", "403", "40310000", "insufficient buying power");
    }

    @Test
    void notFound404() {
        enqueue(404, "{\"code\":40410000,\"message\":\"order not found\"}");

        NotFoundException e = thrown(NotFoundException.class, () -> client.getOrderByClientOrderId("bw-404"));

        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.code()).isEqualTo(40410000);
        assertThat(e.brokerMessage()).isEqualTo("order not found");
        assertThat(e.endpoint()).isEqualTo(Endpoint.GET_ORDER_BY_CLIENT_ID);
        assertThat(e.mayHaveTakenEffect()).isFalse();
    }

    @Test
    void notFound404WithEmptyBodyHasNoMessage() {
        server.enqueue(new MockResponse.Builder().code(404).build());

        NotFoundException e = thrown(NotFoundException.class, () -> client.getOrder(ORDER_ID));

        assertThat(e.code()).isNull();
        assertThat(e.brokerMessage()).isNull();
    }

    @Test
    void duplicateClientOrderId422() {
        enqueue(422, "{\"code\":40010001,\"message\":\"client_order_id must be unique\"}");

        DuplicateClientOrderIdException e = thrown(DuplicateClientOrderIdException.class, () -> client.placeOrder(ORDER));

        assertThat(e).isInstanceOf(UnprocessableException.class);
        assertThat(e.httpStatus()).isEqualTo(422);
        assertThat(e.code()).isEqualTo(40010001);
        assertThat(e.brokerMessage()).isEqualTo("client_order_id must be unique");
        assertThat(e.mayHaveTakenEffect()).isFalse();
    }

    @Test
    void duplicateIsRecognisedByItsMessageWhateverTheCode() {
        enqueue(422, "{\"code\":42210000,\"message\":\"Client_Order_ID must be unique\",\"extra\":[1,2]}");

        DuplicateClientOrderIdException e = thrown(DuplicateClientOrderIdException.class, () -> client.placeOrder(ORDER));

        assertThat(e.code()).isEqualTo(42210000);
    }

    @Test
    void otherUnprocessable422() {
        enqueue(422, "{\"code\":42210000,\"message\":\"order is not cancelable\"}");

        UnprocessableException e = thrown(UnprocessableException.class, () -> client.cancelOrder(ORDER_ID));

        assertThat(e).isNotInstanceOf(DuplicateClientOrderIdException.class);
        assertThat(e.httpStatus()).isEqualTo(422);
        assertThat(e.code()).isEqualTo(42210000);
        assertThat(e.brokerMessage()).isEqualTo("order is not cancelable");
        assertThat(e.endpoint()).isEqualTo(Endpoint.CANCEL_ORDER);
    }

    @Test
    void rateLimited429CarriesTheHeaders() {
        server.enqueue(new MockResponse.Builder().code(429)
                .addHeader("X-RateLimit-Limit", "200")
                .addHeader("X-RateLimit-Remaining", "0")
                .addHeader("X-RateLimit-Reset", "1709305260")
                .body("{\"message\":\"rate limit exceeded\"}").build());

        RateLimitedException e = thrown(RateLimitedException.class, () -> client.listOrders(null));

        RateLimitStatus expected = new RateLimitStatus(200, 0, Instant.ofEpochSecond(1709305260));
        assertThat(e.httpStatus()).isEqualTo(429);
        assertThat(e.brokerMessage()).isEqualTo("rate limit exceeded");
        assertThat(e.rateLimit()).isEqualTo(expected);
        assertThat(e.mayHaveTakenEffect()).isFalse();
        assertThat(client.lastRateLimit()).contains(expected);
    }

    @Test
    void rateLimited429WithoutHeadersHasNoStatus() {
        enqueue(429, "too many");

        RateLimitedException e = thrown(RateLimitedException.class, client::getClock);

        assertThat(e.rateLimit()).isNull();
        assertThat(e.brokerMessage()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void serverErrors5xxMayHaveTakenEffect(int status) {
        enqueue(status, "{\"code\":50010000,\"message\":\"internal server error\"}");

        ServerErrorException e = thrown(ServerErrorException.class, () -> client.placeOrder(ORDER));

        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.code()).isEqualTo(50010000);
        assertThat(e.brokerMessage()).isEqualTo("internal server error");
        assertThat(e.mayHaveTakenEffect()).isTrue();
    }

    @Test
    void gatewayHtmlBodyGivesNoMessage() {
        server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
                .body("<html><body>502 Bad Gateway</body></html>").build());

        ServerErrorException e = thrown(ServerErrorException.class, client::getAccount);

        assertThat(e.brokerMessage()).isNull();
        assertThat(e.code()).isNull();
    }

    @Test
    void badRequest400() {
        enqueue(400, "{\"code\":40010000,\"message\":\"request body format is invalid\"}");

        BadRequestException e = thrown(BadRequestException.class, () -> client.placeOrder(ORDER));

        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.code()).isEqualTo(40010000);
        assertThat(e.brokerMessage()).isEqualTo("request body format is invalid");
        assertThat(e.mayHaveTakenEffect()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {405, 409, 413})
    void otherClientErrorsAreBadRequests(int status) {
        enqueue(status, "{\"code\":\"40900000\",\"message\":\"nope\"}");

        BadRequestException e = thrown(BadRequestException.class, client::getPositions);

        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.code()).isEqualTo(40900000);
    }

    @Test
    void errorKeyIsReadWhenMessageIsAbsent() {
        enqueue(403, "{\"error\":\"crypto trading is not enabled\",\"status\":403}");

        ForbiddenException e = thrown(ForbiddenException.class, () -> client.placeOrder(ORDER));

        assertThat(e.brokerMessage()).isEqualTo("crypto trading is not enabled");
        assertThat(e.code()).isNull();
    }

    @Test
    void nonObjectErrorBodiesGiveNoMessage() {
        enqueue(400, "[\"message\"]");
        enqueue(400, "{\"message\":{\"nested\":true},\"code\":1.5}");
        enqueue(400, "{\"message\":\"cut");

        for (int i = 0; i < 3; i++) {
            BadRequestException e = thrown(BadRequestException.class, client::getClock);
            assertThat(e.brokerMessage()).isNull();
            assertThat(e.code()).isNull();
        }
    }

    @Test
    void redirectsAreNotFollowed() {
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", baseUrl() + "/elsewhere").build());
        enqueue(200, ORDER_JSON);

        MalformedReplyException e = thrown(MalformedReplyException.class, () -> client.placeOrder(ORDER));

        assertThat(e.httpStatus()).isEqualTo(302);
        assertThat(e.mayHaveTakenEffect()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    // ---- 2xx replies that cannot be used ----

    private MalformedReplyException malformed(ThrowingCallable call) {
        MalformedReplyException e = thrown(MalformedReplyException.class, call);
        assertThat(e).as("a MalformedReplyException, nothing else").isExactlyInstanceOf(MalformedReplyException.class);
        assertThat(e.mayHaveTakenEffect()).isTrue();
        return e;
    }

    @Test
    void invalidJsonOn200IsMalformed() {
        enqueue(200, "this is not json");

        MalformedReplyException e = malformed(() -> client.placeOrder(ORDER));

        assertThat(e.httpStatus()).isEqualTo(200);
        assertThat(e.endpoint()).isEqualTo(Endpoint.PLACE_ORDER);
    }

    @Test
    void syntacticallyTruncatedJsonOn200IsMalformed() {
        enqueue(200, ORDER_JSON.substring(0, ORDER_JSON.length() / 2));

        malformed(() -> client.placeOrder(ORDER));
    }

    @Test
    void bodyCutShortOfItsContentLengthIsMalformed() {
        server.enqueue(new MockResponse.Builder().code(200)
                .body(ORDER_JSON.substring(0, 40))
                .setHeader("Content-Length", ORDER_JSON.length())
                .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
                .build());

        MalformedReplyException e = malformed(() -> client.placeOrder(ORDER));

        assertThat(e.brokerMessage()).contains("cut short");
    }

    @Test
    void orderWithoutIdIsMalformed() {
        enqueue(200, ORDER_JSON.replace("\"id\":\"" + ORDER_ID + "\",", ""));
        enqueue(200, ORDER_JSON.replace("\"id\":\"" + ORDER_ID + "\"", "\"id\":null"));

        assertThat(malformed(() -> client.placeOrder(ORDER)).brokerMessage()).contains("id");
        malformed(() -> client.getOrder(ORDER_ID));
    }

    @Test
    void wrongShapesAndTypesAreMalformed() {
        enqueue(200, "");
        enqueue(200, "null");
        enqueue(200, "[" + ORDER_JSON + "]");          // array where an object is expected
        enqueue(200, ORDER_JSON);                        // object where an array is expected
        enqueue(200, "[" + ORDER_JSON + ", 42]");      // array item not an object
        enqueue(200, ORDER_JSON.replace("\"qty\":\"10\"", "\"qty\":\"ten\""));
        enqueue(200, ORDER_JSON + " trailing");
        enqueue(200, CLOCK_JSON.replace("\"is_open\":true,", ""));
        enqueue(200, "{\"id\":\"acct\",\"created_at\":\"yesterday\"}");
        enqueue(207, "[{\"id\":\"x\",\"status\":\"ok\"}]");

        malformed(() -> client.placeOrder(ORDER));
        malformed(() -> client.getOrder(ORDER_ID));
        malformed(() -> client.getOrder(ORDER_ID));
        malformed(() -> client.listOrders(null));
        malformed(() -> client.listOrders(null));
        malformed(() -> client.getOrder(ORDER_ID));
        malformed(() -> client.getOrder(ORDER_ID));
        assertThat(malformed(client::getClock).brokerMessage()).contains("is_open");
        malformed(client::getAccount);
        malformed(client::cancelAllOrders);
    }

    @Test
    void valuesARecordRefusesOrAnObjectInAnEnumFieldAreMalformed() {
        enqueue(200, "{\"id\":\"x\",\"legs\":[null]}");
        enqueue(200, "{\"id\":\"x\",\"side\":{\"weird\":1},\"symbol\":\"AAPL\"}");
        enqueue(200, "{\"id\":\"x\",\"legs\":[{\"id\":\"leg\",\"status\":[\"new\"]}]}");

        malformed(() -> client.getOrder("x"));
        assertThat(malformed(() -> client.getOrder("x")).brokerMessage()).contains("side");
        assertThat(malformed(() -> client.getOrder("x")).brokerMessage()).contains("legs[0].status");
    }
}
