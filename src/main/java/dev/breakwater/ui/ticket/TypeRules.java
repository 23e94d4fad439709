package dev.breakwater.ui.ticket;

import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.OrderValidator;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.StopLoss;
import dev.breakwater.domain.TakeProfit;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.domain.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What each order type lets the ticket offer, learnt by asking {@link OrderValidator} about probe
 * requests instead of restating Alpaca's rules here: a field is in use for a type when a request of that
 * type carrying the field draws no complaint about it. If the domain rules change, the ticket follows.
 */
final class TypeRules {

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final Set<String> TIF_FIELDS = Set.of("time_in_force", "extended_hours");

    private final OrderValidator validator;
    private final Map<OrderType, Uses> byType = new EnumMap<>(OrderType.class);

    /** Which inputs a type reads. */
    record Uses(boolean limit, boolean stop, boolean trail, boolean bracket, boolean extendedHours,
                boolean extendedHoursWithBracket) {

        static final Uses NONE = new Uses(false, false, false, false, false, false);
    }

    TypeRules(OrderValidator validator) {
        this.validator = validator;
        for (OrderType type : orderTypes()) {
            byType.put(type, learn(type));
        }
    }

    /** The types a ticket offers, in the order traders expect them. */
    static List<OrderType> orderTypes() {
        return List.of(OrderType.MARKET, OrderType.LIMIT, OrderType.STOP, OrderType.STOP_LIMIT,
                OrderType.TRAILING_STOP);
    }

    Uses uses(OrderType type) {
        return type == null ? Uses.NONE : byType.getOrDefault(type, Uses.NONE);
    }

    /**
     * The times in force that {@code draft} may carry: those for which the validator has no complaint
     * about the time in force (extended hours count, as they allow only day).
     */
    List<TimeInForce> validTimesInForce(OrderRequest draft) {
        List<TimeInForce> valid = new ArrayList<>();
        for (TimeInForce tif : TimeInForce.values()) {
            if (tif == TimeInForce.UNKNOWN) {
                continue;
            }
            List<Violation> violations = validator.validate(draft.toBuilder().timeInForce(tif).build());
            if (violations.stream().noneMatch(v -> TIF_FIELDS.contains(v.field()))) {
                valid.add(tif);
            }
        }
        return List.copyOf(valid);
    }

    private Uses learn(OrderType type) {
        boolean limit = accepted(type, b -> b.limitPrice(ONE), "limit_price");
        boolean stop = accepted(type, b -> b.stopPrice(ONE), "stop_price");
        boolean trail = accepted(type, b -> b.trailPrice(ONE), "trail_price");
        boolean bracket = accepted(type, TypeRules::bracket, "type");
        boolean extended = accepted(type, b -> b.extendedHours(true), "extended_hours");
        boolean extendedBracket = accepted(type, b -> bracket(b).extendedHours(true), "extended_hours");
        return new Uses(limit, stop, trail, bracket, extended, extendedBracket);
    }

    private boolean accepted(OrderType type, Function<OrderRequest.Builder, OrderRequest.Builder> probe,
                             String field) {
        OrderRequest request = probe.apply(OrderRequest.builder().symbol("PROBE").side(Side.BUY).qty(ONE)
                .type(type).timeInForce(TimeInForce.DAY)).build();
        return validator.validate(request).stream().noneMatch(v -> v.field().equals(field));
    }

    private static OrderRequest.Builder bracket(OrderRequest.Builder builder) {
        return builder.orderClass(OrderClass.BRACKET).takeProfit(new TakeProfit(BigDecimal.TEN))
                .stopLoss(new StopLoss(ONE, null));
    }
}
