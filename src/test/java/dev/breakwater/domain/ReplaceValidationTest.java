package dev.breakwater.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReplaceValidationTest {

    private static final String ID = "bw-01HRQD0A2C4E6G8J0K2M4P6R8T";

    private final OrderValidator validator = new OrderValidator();

    private static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static ReplaceRequest replace(String qty, TimeInForce tif, String limit, String stop, String trail) {
        return new ReplaceRequest(dec(qty), tif, dec(limit), dec(stop), dec(trail), ID);
    }

    static Stream<Arguments> validReplaces() {
        return Stream.of(
                Arguments.of(replace("20", null, null, null, null)),
                Arguments.of(replace("20.000", null, null, null, null)),
                Arguments.of(replace(null, TimeInForce.GTC, null, null, null)),
                Arguments.of(replace(null, null, "171.95", null, null)),
                Arguments.of(replace(null, null, "171.95", "172.40", null)),
                Arguments.of(replace(null, null, null, null, "1.5")),
                Arguments.of(new ReplaceRequest(dec("5"), null, null, null, null, null)));
    }

    @ParameterizedTest
    @MethodSource("validReplaces")
    void acceptsAReplaceThatChangesSomething(ReplaceRequest request) {
        assertThat(validator.validate(request)).isEmpty();
    }

    @Test
    void refusesAReplaceThatOnlyCarriesANewClientOrderId() {
        assertThat(validator.validate(replace(null, null, null, null, null))).containsExactly(new Violation(
                OrderValidator.WHOLE_REQUEST,
                "a replace must change at least one of qty, time_in_force, limit_price, stop_price or trail"));
    }

    static Stream<Arguments> invalidReplaces() {
        return Stream.of(
                Arguments.of(replace("10.5", null, null, null, null), List.of("qty")),
                Arguments.of(replace("0", null, null, null, null), List.of("qty")),
                Arguments.of(replace("-3", null, null, null, null), List.of("qty")),
                Arguments.of(replace(null, TimeInForce.UNKNOWN, null, null, null), List.of("time_in_force")),
                Arguments.of(replace(null, null, "0", null, null), List.of("limit_price")),
                Arguments.of(replace(null, null, null, "-1", null), List.of("stop_price")),
                Arguments.of(replace(null, null, null, null, "0"), List.of("trail")),
                Arguments.of(replace("0.5", null, "-1", "0", "-2"),
                        List.of("qty", "limit_price", "stop_price", "trail")),
                Arguments.of(new ReplaceRequest(dec("5"), null, null, null, null, "y".repeat(49)),
                        List.of("client_order_id")));
    }

    @ParameterizedTest
    @MethodSource("invalidReplaces")
    void refusesAnInvalidReplaceOnTheRightField(ReplaceRequest request, List<String> expected) {
        assertThat(validator.validate(request)).extracting(Violation::field)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void saysWhyAFractionalQuantityIsRefused() {
        assertThat(validator.validate(replace("10.5", null, null, null, null)))
                .containsExactly(new Violation("qty", "a replace takes whole shares only"));
    }
}
