package dev.breakwater.sim;

import static dev.breakwater.sim.SimTestKit.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SimOrderRequestTest {

    private static final String[] MARKET = {"symbol", "AAPL", "qty", "10", "side", "buy", "type", "market",
            "time_in_force", "day"};

    @Test
    void parsesEveryFieldOfABracketOrder() {
        SimOrderRequest request = SimOrderRequest.fromJson(json("symbol", "AAPL", "qty", "#5", "side", "buy",
                "type", "limit", "time_in_force", "gtc", "limit_price", "199.50", "client_order_id", "bw-1",
                "order_class", "bracket", "take_profit", "{\"limit_price\":\"220\"}",
                "stop_loss", "{\"stop_price\":\"190\",\"limit_price\":\"189.5\"}"));

        assertThat(request.symbol()).isEqualTo("AAPL");
        assertThat(request.qty()).isEqualByComparingTo("5");
        assertThat(request.side()).isEqualTo(SimSide.BUY);
        assertThat(request.type()).isEqualTo(SimOrderType.LIMIT);
        assertThat(request.timeInForce()).isEqualTo(SimTimeInForce.GTC);
        assertThat(request.limitPrice()).isEqualTo(new BigDecimal("199.50")); // scale kept as sent
        assertThat(request.clientOrderId()).isEqualTo("bw-1");
        assertThat(request.orderClass()).isEqualTo(SimOrderClass.BRACKET);
        assertThat(request.takeProfit().limitPrice()).isEqualByComparingTo("220");
        assertThat(request.stopLoss().stopPrice()).isEqualByComparingTo("190");
        assertThat(request.stopLoss().limitPrice()).isEqualByComparingTo("189.5");
        assertThat(request.extendedHours()).isFalse();
    }

    @Test
    void absentOrBlankClientOrderIdIsLeftForTheExchangeToGenerate() {
        assertThat(SimOrderRequest.fromJson(json(MARKET)).clientOrderId()).isNull();
        assertThat(SimOrderRequest.fromJson(json(with(MARKET, "client_order_id", " "))).clientOrderId()).isNull();
    }

    @Test
    void simpleClassMayBeSpelledSimpleOrEmptyOrLeftOut() {
        assertThat(SimOrderRequest.fromJson(json(with(MARKET, "order_class", "simple"))).orderClass())
                .isEqualTo(SimOrderClass.SIMPLE);
        assertThat(SimOrderRequest.fromJson(json(with(MARKET, "order_class", ""))).orderClass())
                .isEqualTo(SimOrderClass.SIMPLE);
        assertThat(SimOrderRequest.fromJson(json(MARKET)).orderClass()).isEqualTo(SimOrderClass.SIMPLE);
    }

    @Test
    void acceptsFractionalAndNotionalMarketDayOrders() {
        assertThat(SimOrderRequest.fromJson(json(with(MARKET, "qty", "0.5"))).qty()).isEqualByComparingTo("0.5");
        SimOrderRequest notional = SimOrderRequest.fromJson(json("symbol", "AAPL", "notional", "250.50",
                "side", "buy", "type", "market", "time_in_force", "day"));
        assertThat(notional.qty()).isNull();
        assertThat(notional.notional()).isEqualByComparingTo("250.50");
    }

    @Test
    void acceptsATrailingStopWithAPercent() {
        SimOrderRequest request = SimOrderRequest.fromJson(json("symbol", "AAPL", "qty", "1", "side", "sell",
                "type", "trailing_stop", "time_in_force", "gtc", "trail_percent", "2.5"));
        assertThat(request.trailPercent()).isEqualByComparingTo("2.5");
        assertThat(request.trailPrice()).isNull();
    }

    @Test
    void acceptsExtendedHoursLimitDayOrders() {
        assertThat(SimOrderRequest.fromJson(json("symbol", "AAPL", "qty", "1", "side", "buy", "type", "limit",
                "time_in_force", "day", "limit_price", "1.5", "extended_hours", "true")).extendedHours()).isTrue();
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsA400() {
        for (String body : new String[] {"", "not json", "[1,2]", "\"text\"", "{\"symbol\":"}) {
            SimRejection rejection = catchThrowableOfType(SimRejection.class, () -> SimOrderRequest.fromJson(body));
            assertThat(rejection.httpStatus()).as(body).isEqualTo(400);
            assertThat(rejection.code()).isEqualTo(40010000);
            assertThat(rejection.getMessage()).isEqualTo("request body format is invalid");
        }
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of(without(MARKET, "symbol"), "symbol is required"),
                Arguments.of(without(MARKET, "side"), "side is required"),
                Arguments.of(without(MARKET, "type"), "type is required"),
                Arguments.of(without(MARKET, "time_in_force"), "time_in_force is required"),
                Arguments.of(without(MARKET, "qty"), "qty is required"),
                Arguments.of(with(MARKET, "side", "short"), "invalid side"),
                Arguments.of(with(MARKET, "type", "iceberg"), "invalid type"),
                Arguments.of(with(MARKET, "time_in_force", "gtd"), "invalid time_in_force"),
                Arguments.of(with(MARKET, "order_class", "mleg"), "invalid order_class"),
                Arguments.of(with(MARKET, "qty", "ten"), "invalid qty"),
                Arguments.of(with(MARKET, "qty", "0"), "invalid qty"),
                Arguments.of(with(MARKET, "qty", "-3"), "invalid qty"),
                Arguments.of(with(MARKET, "qty", "0.0000000001"), "invalid qty"),
                Arguments.of(with(MARKET, "qty", "true"), "invalid qty"),
                Arguments.of(with(MARKET, "notional", "100"), "invalid notional: only one of qty or notional may be given"),
                Arguments.of(with(with(MARKET, "qty", "1.5"), "time_in_force", "gtc"),
                        "invalid qty: fractional qty is only allowed for market orders with time_in_force day"),
                Arguments.of(with(without(MARKET, "qty"), "notional", "100", "time_in_force", "gtc"),
                        "invalid notional: notional is only allowed for market orders with time_in_force day"),
                Arguments.of(with(without(MARKET, "qty"), "notional", "0.5"), "invalid notional: must be at least 1"),
                Arguments.of(with(without(MARKET, "qty"), "notional", "10.001"), "invalid notional"),
                Arguments.of(with(MARKET, "type", "limit"), "limit_price is required for limit orders"),
                Arguments.of(with(MARKET, "type", "stop_limit", "stop_price", "10"),
                        "limit_price is required for stop_limit orders"),
                Arguments.of(with(MARKET, "type", "stop"), "stop_price is required for stop orders"),
                Arguments.of(with(MARKET, "type", "stop_limit", "limit_price", "10"),
                        "stop_price is required for stop_limit orders"),
                Arguments.of(with(MARKET, "limit_price", "10"), "invalid limit_price: not allowed for market orders"),
                Arguments.of(with(MARKET, "stop_price", "10"), "invalid stop_price: not allowed for market orders"),
                Arguments.of(with(MARKET, "type", "limit", "limit_price", "abc"), "invalid limit_price"),
                Arguments.of(with(MARKET, "type", "limit", "limit_price", "0"), "invalid limit_price"),
                Arguments.of(with(MARKET, "type", "limit", "limit_price", "-5"), "invalid limit_price"),
                Arguments.of(with(MARKET, "type", "limit", "limit_price", "10.001"),
                        "invalid limit_price: sub-penny increment does not fulfill minimum pricing criteria"),
                Arguments.of(with(MARKET, "type", "stop", "stop_price", "NaN"), "invalid stop_price"),
                Arguments.of(with(MARKET, "type", "trailing_stop"),
                        "trail_price or trail_percent is required for trailing_stop orders (exactly one)"),
                Arguments.of(with(MARKET, "type", "trailing_stop", "trail_price", "1", "trail_percent", "1"),
                        "trail_price or trail_percent is required for trailing_stop orders (exactly one)"),
                Arguments.of(with(MARKET, "type", "trailing_stop", "trail_percent", "100"), "invalid trail_percent"),
                Arguments.of(with(MARKET, "type", "trailing_stop", "trail_price", "-1"), "invalid trail_price"),
                Arguments.of(with(MARKET, "type", "trailing_stop", "trail_price", "1", "time_in_force", "ioc"),
                        "invalid time_in_force: trailing_stop orders allow only day or gtc"),
                Arguments.of(with(MARKET, "trail_price", "1"), "invalid trail_price: only allowed for trailing_stop orders"),
                Arguments.of(with(MARKET, "extended_hours", "true"),
                        "invalid extended_hours: only limit orders with time_in_force day may trade extended hours"),
                Arguments.of(with(MARKET, "extended_hours", "maybe"), "invalid extended_hours"),
                Arguments.of(with(MARKET, "client_order_id", "x".repeat(129)),
                        "invalid client_order_id: must be at most 128 characters"),
                Arguments.of(with(MARKET, "client_order_id", "#42"), "invalid client_order_id"),
                Arguments.of(with(MARKET, "take_profit", "{\"limit_price\":\"1\"}"),
                        "invalid take_profit: only allowed for bracket, oco and oto orders"),
                Arguments.of(with(MARKET, "order_class", "bracket", "stop_loss", "{\"stop_price\":\"190\"}"),
                        "take_profit is required for bracket orders"),
                Arguments.of(with(MARKET, "order_class", "bracket", "take_profit", "{\"limit_price\":\"220\"}"),
                        "stop_loss is required for bracket orders"),
                Arguments.of(with(bracket(), "time_in_force", "ioc"),
                        "invalid time_in_force: bracket orders allow only day or gtc"),
                Arguments.of(with(bracket(), "take_profit", "{}"), "take_profit.limit_price is required"),
                Arguments.of(with(bracket(), "take_profit", "{\"limit_price\":\"x\"}"), "invalid take_profit.limit_price"),
                Arguments.of(with(bracket(), "stop_loss", "{\"limit_price\":\"180\"}"), "stop_loss.stop_price is required"),
                Arguments.of(with(bracket(), "stop_loss", "{\"stop_price\":\"230\"}"),
                        "invalid take_profit.limit_price: must be above stop_loss.stop_price"),
                Arguments.of(with(bracket(), "side", "sell"),
                        "invalid take_profit.limit_price: must be below stop_loss.stop_price"),
                Arguments.of(with(bracket(), "qty", "1.5"), "invalid qty: bracket orders need a whole number of shares"),
                Arguments.of(with(bracket(), "order_class", "oco"), "invalid type: oco orders must be limit orders"),
                Arguments.of(with(bracket(), "order_class", "oto"),
                        "take_profit or stop_loss is required for oto orders (exactly one)"),
                Arguments.of(with(bracket(), "take_profit", "[]"), "invalid take_profit"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("brokenRules")
    void aBrokenRuleIsA422NamingTheField(String[] fields, String message) {
        SimRejection rejection = catchThrowableOfType(SimRejection.class,
                () -> SimOrderRequest.fromJson(json(fields)));

        assertThat(rejection).as("expected a rejection for %s", json(fields)).isNotNull();
        assertThat(rejection.getMessage()).isEqualTo(message);
        assertThat(rejection.httpStatus()).isEqualTo(422);
        assertThat(rejection.code()).isEqualTo(40010001);
    }

    @Test
    void aReplaceRequestParsesAndKeepsOmittedFieldsNull() {
        SimReplaceRequest request = SimReplaceRequest.fromJson(json("limit_price", "201.5", "client_order_id", "r-1"));
        assertThat(request.limitPrice()).isEqualByComparingTo("201.5");
        assertThat(request.clientOrderId()).isEqualTo("r-1");
        assertThat(request.qty()).isNull();
        assertThat(request.timeInForce()).isNull();
        assertThat(request.stopPrice()).isNull();
        assertThat(request.trail()).isNull();
    }

    @Test
    void aReplaceRequestRefusesFractionalQtyAndBadValues() {
        assertThatThrownBy(() -> SimReplaceRequest.fromJson(json("qty", "1.5")))
                .hasMessage("invalid qty: a replacement needs a whole number of shares");
        assertThatThrownBy(() -> SimReplaceRequest.fromJson(json("time_in_force", "week")))
                .hasMessage("invalid time_in_force");
        assertThatThrownBy(() -> SimReplaceRequest.fromJson(json("limit_price", "0")))
                .hasMessage("invalid limit_price");
        assertThatThrownBy(() -> SimReplaceRequest.fromJson(json("trail", "-1"))).hasMessage("invalid trail");
        assertThatThrownBy(() -> SimReplaceRequest.fromJson(json("client_order_id", "c".repeat(129))))
                .hasMessage("invalid client_order_id: must be at most 128 characters");
        assertThatThrownBy(() -> SimReplaceRequest.fromJson("[]")).hasMessage("request body format is invalid");
    }

    private static String[] bracket() {
        return with(MARKET, "order_class", "bracket", "take_profit", "{\"limit_price\":\"220\"}",
                "stop_loss", "{\"stop_price\":\"190\"}");
    }

    /** The pairs with {@code key} set (replaced in place or appended). */
    static String[] with(String[] pairs, String... keysAndValues) {
        String[] result = pairs.clone();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            boolean found = false;
            for (int j = 0; j < result.length; j += 2) {
                if (result[j].equals(keysAndValues[i])) {
                    result[j + 1] = keysAndValues[i + 1];
                    found = true;
                }
            }
            if (!found) {
                result = Stream.concat(Stream.of(result), Stream.of(keysAndValues[i], keysAndValues[i + 1]))
                        .toArray(String[]::new);
            }
        }
        return result;
    }

    static String[] without(String[] pairs, String key) {
        Stream.Builder<String> result = Stream.builder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!pairs[i].equals(key)) {
                result.add(pairs[i]).add(pairs[i + 1]);
            }
        }
        return result.build().toArray(String[]::new);
    }
}
