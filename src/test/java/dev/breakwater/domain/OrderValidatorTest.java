package dev.breakwater.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderValidatorTest {

    private final OrderValidator validator = new OrderValidator();

    private static OrderRequest.Builder market() {
        return OrderRequest.builder().symbol("AAPL").qty("10").side(Side.BUY).type(OrderType.MARKET)
                .timeInForce(TimeInForce.DAY);
    }

    private static OrderRequest.Builder limit() {
        return market().type(OrderType.LIMIT).limitPrice("172.50");
    }

    private static OrderRequest.Builder bracket() {
        return limit().timeInForce(TimeInForce.GTC).orderClass(OrderClass.BRACKET)
                .takeProfit(new TakeProfit(dec("190.00"))).stopLoss(new StopLoss(dec("168.00"), null));
    }

    private static OrderRequest.Builder oco() {
        return OrderRequest.builder().symbol("AAPL").qty("10").side(Side.SELL).type(OrderType.LIMIT)
                .timeInForce(TimeInForce.GTC).orderClass(OrderClass.OCO)
                .takeProfit(new TakeProfit(dec("301"))).stopLoss(new StopLoss(dec("299"), dec("298.5")));
    }

    private static OrderRequest.Builder oto() {
        return market().timeInForce(TimeInForce.GTC).orderClass(OrderClass.OTO)
                .stopLoss(new StopLoss(dec("165.00"), null));
    }

    private static OrderRequest.Builder trailing() {
        return market().side(Side.SELL).type(OrderType.TRAILING_STOP).timeInForce(TimeInForce.GTC)
                .trailPercent(dec("2.5"));
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private List<String> fields(OrderRequest request) {
        return validator.validate(request).stream().map(Violation::field).toList();
    }

    static Stream<Arguments> validRequests() {
        return Stream.of(
                Arguments.of("market", market()),
                Arguments.of("fractional market day", market().qty("0.5")),
                Arguments.of("notional market day", market().qty((BigDecimal) null).notional(dec("250.00"))),
                Arguments.of("limit gtc", limit().timeInForce(TimeInForce.GTC)),
                Arguments.of("limit ioc", limit().timeInForce(TimeInForce.IOC)),
                Arguments.of("market on open", market().timeInForce(TimeInForce.OPG)),
                Arguments.of("stop", market().side(Side.SELL).type(OrderType.STOP).stopPrice("160.00")),
                Arguments.of("stop limit", limit().type(OrderType.STOP_LIMIT).stopPrice("172.00")),
                Arguments.of("trailing stop by percent", trailing()),
                Arguments.of("trailing stop by price", trailing().trailPercent(null).trailPrice(dec("6.15"))
                        .timeInForce(TimeInForce.DAY)),
                Arguments.of("extended hours limit day", limit().extendedHours(true)),
                Arguments.of("buy bracket", bracket()),
                Arguments.of("market bracket with stop-limit leg", bracket().type(OrderType.MARKET).limitPrice(
                        (BigDecimal) null).stopLoss(new StopLoss(dec("168.00"), dec("167.50")))),
                Arguments.of("sell bracket", bracket().side(Side.SELL).takeProfit(new TakeProfit(dec("160.00")))
                        .stopLoss(new StopLoss(dec("180.00"), null))),
                Arguments.of("sell oco without a top-level limit price", oco()),
                Arguments.of("buy oco", oco().side(Side.BUY).takeProfit(new TakeProfit(dec("290")))
                        .stopLoss(new StopLoss(dec("305"), null))),
                Arguments.of("oto with stop loss", oto()),
                Arguments.of("oto with take profit", oto().stopLoss(null).takeProfit(new TakeProfit(dec("190")))),
                Arguments.of("share class with dot", market().symbol("BRK.B")),
                Arguments.of("share class with slash", market().symbol("BRK/B")),
                Arguments.of("one letter", market().symbol("F")),
                Arguments.of("ten characters", market().symbol("ABCDEFGHIJ")),
                Arguments.of("client order id of 48", market().clientOrderId("x".repeat(48))),
                Arguments.of("minted client order id", market().clientOrderId(ClientOrderIds.create().next())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validRequests")
    void acceptsAValidRequest(String name, OrderRequest.Builder request) {
        assertThat(validator.validate(request.build())).isEmpty();
    }

    @Test
    void readsAMissingOrderClassAsSimple() {
        OrderRequest request = new OrderRequest("AAPL", dec("1"), null, Side.BUY, OrderType.MARKET, TimeInForce.DAY,
                null, null, null, null, false, null, null, null, null);

        assertThat(validator.validate(request)).isEmpty();
    }

    @Test
    void reportsEveryMissingFieldOfAnEmptyRequestAtOnce() {
        OrderRequest empty = OrderRequest.builder().build();

        assertThat(fields(empty)).containsExactlyInAnyOrder("symbol", "side", "type", "time_in_force", "qty");
    }

    @Test
    void reportsUnrelatedProblemsTogether() {
        OrderRequest request = market().symbol("aapl").qty("-5").limitPrice("10").extendedHours(true)
                .clientOrderId("c".repeat(49)).build();

        assertThat(fields(request)).containsExactlyInAnyOrder("symbol", "qty", "limit_price", "extended_hours",
                "client_order_id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aapl", "Aapl", "BRK B", " AAPL", "AAPL ", "ABCDEFGHIJK", "BRK..B", "BRK.B.C", ".B", "B.",
        "BRK-B", "BRK.b", "AAPL$", "ÄPL"})
    void refusesASymbolAlpacaWouldNotKnow(String symbol) {
        assertThat(fields(market().symbol(symbol).build())).containsExactly("symbol");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void requiresASymbol(String symbol) {
        List<Violation> violations = validator.validate(market().symbol(symbol).build());

        assertThat(violations).containsExactly(new Violation("symbol", "symbol is required"));
    }

    @Test
    void refusesAnUnknownSideTypeAndTimeInForce() {
        OrderRequest request = market().side(Side.UNKNOWN).type(OrderType.UNKNOWN).timeInForce(TimeInForce.UNKNOWN)
                .build();

        assertThat(fields(request)).containsExactlyInAnyOrder("side", "type", "time_in_force");
    }

    static Stream<Arguments> invalidRequests() {
        return Stream.of(
                // size
                Arguments.of("qty and notional", market().notional(dec("100")), List.of("notional")),
                Arguments.of("zero qty", market().qty("0"), List.of("qty")),
                Arguments.of("negative qty", market().qty("-1"), List.of("qty")),
                Arguments.of("zero notional", market().qty((BigDecimal) null).notional(dec("0.00")),
                        List.of("notional")),
                Arguments.of("notional limit", limit().qty((BigDecimal) null).notional(dec("100")),
                        List.of("notional")),
                Arguments.of("notional gtc", market().qty((BigDecimal) null).notional(dec("100"))
                        .timeInForce(TimeInForce.GTC), List.of("notional")),
                Arguments.of("fractional limit", limit().qty("0.5"), List.of("qty")),
                Arguments.of("fractional gtc", market().qty("1.25").timeInForce(TimeInForce.GTC), List.of("qty")),
                // limit and stop prices
                Arguments.of("limit without price", limit().limitPrice((BigDecimal) null), List.of("limit_price")),
                Arguments.of("stop without price", market().type(OrderType.STOP), List.of("stop_price")),
                Arguments.of("stop limit without prices", market().type(OrderType.STOP_LIMIT),
                        List.of("limit_price", "stop_price")),
                Arguments.of("market with limit price", market().limitPrice("10"), List.of("limit_price")),
                Arguments.of("market with stop price", market().stopPrice("10"), List.of("stop_price")),
                Arguments.of("stop with limit price", market().type(OrderType.STOP).stopPrice("10").limitPrice("9"),
                        List.of("limit_price")),
                Arguments.of("limit with stop price", limit().stopPrice("170"), List.of("stop_price")),
                Arguments.of("zero limit price", limit().limitPrice("0"), List.of("limit_price")),
                Arguments.of("negative stop price", limit().type(OrderType.STOP_LIMIT).stopPrice("-1"),
                        List.of("stop_price")),
                // trailing stop
                Arguments.of("trailing without trail", trailing().trailPercent(null), List.of("trail_price")),
                Arguments.of("trailing with both trails", trailing().trailPrice(dec("1")), List.of("trail_percent")),
                Arguments.of("trail percent of 100", trailing().trailPercent(dec("100")), List.of("trail_percent")),
                Arguments.of("zero trail percent", trailing().trailPercent(dec("0")), List.of("trail_percent")),
                Arguments.of("negative trail price", trailing().trailPercent(null).trailPrice(dec("-2")),
                        List.of("trail_price")),
                Arguments.of("trailing ioc", trailing().timeInForce(TimeInForce.IOC), List.of("time_in_force")),
                Arguments.of("trailing with limit price", trailing().limitPrice("10"), List.of("limit_price")),
                Arguments.of("trail price on a limit order", limit().trailPrice(dec("1")), List.of("trail_price")),
                Arguments.of("trail percent on a market order", market().trailPercent(dec("1")),
                        List.of("trail_percent")),
                // extended hours
                Arguments.of("extended hours market", market().extendedHours(true), List.of("extended_hours")),
                Arguments.of("extended hours gtc", limit().timeInForce(TimeInForce.GTC).extendedHours(true),
                        List.of("extended_hours")),
                Arguments.of("extended hours bracket", bracket().timeInForce(TimeInForce.DAY).extendedHours(true),
                        List.of("extended_hours")),
                // order classes
                Arguments.of("take profit on a simple order", limit().takeProfit(new TakeProfit(dec("190"))),
                        List.of("take_profit")),
                Arguments.of("stop loss on a simple order", limit().stopLoss(new StopLoss(dec("160"), null)),
                        List.of("stop_loss")),
                Arguments.of("bracket without stop loss", bracket().stopLoss(null), List.of("stop_loss")),
                Arguments.of("bracket without legs", bracket().stopLoss(null).takeProfit(null),
                        List.of("take_profit", "stop_loss")),
                Arguments.of("bracket ioc", bracket().timeInForce(TimeInForce.IOC), List.of("time_in_force")),
                Arguments.of("bracket opg", bracket().timeInForce(TimeInForce.OPG), List.of("time_in_force")),
                Arguments.of("buy bracket with the target below the stop",
                        bracket().takeProfit(new TakeProfit(dec("160"))), List.of("take_profit.limit_price")),
                Arguments.of("sell bracket with the target above the stop", bracket().side(Side.SELL),
                        List.of("take_profit.limit_price")),
                Arguments.of("target equal to stop", bracket().takeProfit(new TakeProfit(dec("168.00"))),
                        List.of("take_profit.limit_price")),
                Arguments.of("trailing stop bracket", bracket().type(OrderType.TRAILING_STOP).limitPrice(
                        (BigDecimal) null).trailPercent(dec("2")), List.of("type")),
                Arguments.of("take profit without limit price", bracket().takeProfit(new TakeProfit(null)),
                        List.of("take_profit.limit_price")),
                Arguments.of("stop loss without stop price", bracket().stopLoss(new StopLoss(null, dec("160"))),
                        List.of("stop_loss.stop_price")),
                Arguments.of("negative take profit", bracket().takeProfit(new TakeProfit(dec("-190"))),
                        List.of("take_profit.limit_price")),
                Arguments.of("zero stop-loss limit", bracket().stopLoss(new StopLoss(dec("168"), dec("0"))),
                        List.of("stop_loss.limit_price")),
                Arguments.of("oco without stop loss", oco().stopLoss(null), List.of("stop_loss")),
                Arguments.of("oco without take profit", oco().takeProfit(null), List.of("take_profit")),
                Arguments.of("market oco", oco().type(OrderType.MARKET), List.of("type")),
                Arguments.of("sell oco with the target below the stop",
                        oco().takeProfit(new TakeProfit(dec("290"))), List.of("take_profit.limit_price")),
                Arguments.of("oto without a leg", oto().stopLoss(null), List.of("take_profit")),
                Arguments.of("oto with both legs", oto().takeProfit(new TakeProfit(dec("190"))), List.of("stop_loss")),
                Arguments.of("oto fok", oto().timeInForce(TimeInForce.FOK), List.of("time_in_force")),
                Arguments.of("mleg", market().orderClass(OrderClass.MLEG), List.of("order_class")),
                Arguments.of("unknown class", market().orderClass(OrderClass.UNKNOWN), List.of("order_class")),
                // client order id
                Arguments.of("client order id of 49", market().clientOrderId("x".repeat(49)),
                        List.of("client_order_id")),
                Arguments.of("blank client order id", market().clientOrderId("  "), List.of("client_order_id")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void refusesAnInvalidRequestOnTheRightField(String name, OrderRequest.Builder request, List<String> expected) {
        assertThat(fields(request.build())).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void explainsEachViolationInWordsNamingTheField() {
        OrderRequest request = limit().limitPrice((BigDecimal) null).clientOrderId("x".repeat(60)).build();

        assertThat(validator.validate(request)).containsExactly(
                new Violation("limit_price", "limit_price is required for limit orders"),
                new Violation("client_order_id", "client_order_id must be at most 48 characters (has 60)"));
    }

    @Test
    void doesNotPileFollowOnComplaintsOnAnUnknownType() {
        OrderRequest request = market().type(null).limitPrice("10").stopPrice("9").trailPrice(dec("1"))
                .qty("0.5").extendedHours(true).build();

        assertThat(fields(request)).containsExactly("type");
    }

    @Test
    void returnsAListTheCallerCannotChange() {
        List<Violation> violations = validator.validate(OrderRequest.builder().build());

        assertThat(violations).isUnmodifiable();
    }
}
