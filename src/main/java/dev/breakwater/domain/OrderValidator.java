package dev.breakwater.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks an order request against Alpaca's rules for US equities before it is sent, so the trader sees
 * every problem at once, next to the field it concerns, instead of one 422 at a time.
 *
 * <p>Every violation found is returned, in a stable order; an empty list means the request may be sent.
 * Rules that depend on the type or time in force are skipped while that value is missing or unknown, so
 * one wrong choice does not bury the ticket in follow-on complaints. Passing here does not mean Alpaca
 * accepts the order: buying power, market hours and price increments are checked there.
 */
public final class OrderValidator {

    /** The field of a violation that concerns the request as a whole rather than one field. */
    public static final String WHOLE_REQUEST = "request";

    // Alpaca equity symbols: letters and digits, optionally a share-class suffix such as BRK.B or BRK/B.
    private static final Pattern SYMBOL = Pattern.compile("(?=.{1,10}$)[A-Z0-9]+(?:[./][A-Z0-9]+)?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final OrderClassRules orderClassRules = new OrderClassRules();
    private final ReplaceRules replaceRules = new ReplaceRules();

    /** Every rule {@code request} breaks; empty when it may be sent. */
    public List<Violation> validate(OrderRequest request) {
        Objects.requireNonNull(request, "request");
        Violations violations = new Violations();
        checkSymbol(request.symbol(), violations);
        checkEnums(request, violations);
        checkSize(request, violations);
        checkLimitAndStop(request, violations);
        checkTrailing(request, violations);
        checkExtendedHours(request, violations);
        orderClassRules.check(request, violations);
        violations.clientOrderId(request.clientOrderId());
        return violations.toList();
    }

    /** Every rule {@code request} breaks; empty when it may be sent. */
    public List<Violation> validate(ReplaceRequest request) {
        Objects.requireNonNull(request, "request");
        Violations violations = new Violations();
        replaceRules.check(request, violations);
        return violations.toList();
    }

    private static void checkSymbol(String symbol, Violations violations) {
        if (symbol == null || symbol.isBlank()) {
            violations.add("symbol", "symbol is required");
        } else if (!SYMBOL.matcher(symbol).matches()) {
            violations.add("symbol", "symbol must be 1-10 upper-case letters or digits, with at most one '.' or"
                    + " '/' before a share class (e.g. BRK.B)");
        }
    }

    private static void checkEnums(OrderRequest request, Violations violations) {
        if (request.side() == null || request.side() == Side.UNKNOWN) {
            violations.add("side", "side must be buy or sell");
        }
        if (!known(request.type())) {
            violations.add("type", "type must be market, limit, stop, stop_limit or trailing_stop");
        }
        if (!known(request.timeInForce())) {
            violations.add("time_in_force", "time_in_force must be day, gtc, opg, cls, ioc or fok");
        }
    }

    private static void checkSize(OrderRequest request, Violations violations) {
        BigDecimal qty = request.qty();
        BigDecimal notional = request.notional();
        if (qty == null && notional == null) {
            violations.add("qty", "either qty or notional is required");
        } else if (qty != null && notional != null) {
            violations.add("notional", "qty and notional cannot both be set");
        }
        violations.positive("qty", qty);
        violations.positive("notional", notional);
        // Alpaca fills fractional and dollar-amount orders only as market orders during the regular session.
        boolean marketDay = request.type() == OrderType.MARKET && request.timeInForce() == TimeInForce.DAY;
        boolean judgeable = known(request.type()) && known(request.timeInForce());
        if (judgeable && !marketDay) {
            if (notional != null) {
                violations.add("notional", "notional is only allowed for market orders with time_in_force day");
            }
            if (qty != null && qty.signum() > 0 && Violations.isFractional(qty)) {
                violations.add("qty", "fractional qty is only allowed for market orders with time_in_force day");
            }
        }
    }

    private static void checkLimitAndStop(OrderRequest request, Violations violations) {
        violations.positive("limit_price", request.limitPrice());
        violations.positive("stop_price", request.stopPrice());
        OrderType type = request.type();
        if (!known(type)) {
            return;
        }
        // An OCO's type is the take-profit leg's, and that leg carries its own limit price.
        boolean needsLimit = (type == OrderType.LIMIT && request.orderClass() != OrderClass.OCO)
                || type == OrderType.STOP_LIMIT;
        boolean takesLimit = type == OrderType.LIMIT || type == OrderType.STOP_LIMIT;
        boolean takesStop = type == OrderType.STOP || type == OrderType.STOP_LIMIT;
        if (needsLimit && request.limitPrice() == null) {
            violations.add("limit_price", "limit_price is required for " + type.wire() + " orders");
        } else if (!takesLimit && request.limitPrice() != null) {
            violations.add("limit_price", "limit_price is not allowed for " + type.wire() + " orders");
        }
        if (takesStop && request.stopPrice() == null) {
            violations.add("stop_price", "stop_price is required for " + type.wire() + " orders");
        } else if (!takesStop && request.stopPrice() != null) {
            violations.add("stop_price", "stop_price is not allowed for " + type.wire() + " orders");
        }
    }

    private static void checkTrailing(OrderRequest request, Violations violations) {
        BigDecimal trailPrice = request.trailPrice();
        BigDecimal trailPercent = request.trailPercent();
        violations.positive("trail_price", trailPrice);
        violations.positive("trail_percent", trailPercent);
        if (trailPercent != null && trailPercent.compareTo(HUNDRED) >= 0) {
            violations.add("trail_percent", "trail_percent must be less than 100");
        }
        OrderType type = request.type();
        if (type == OrderType.TRAILING_STOP) {
            if (trailPrice == null && trailPercent == null) {
                violations.add("trail_price", "trailing_stop orders need trail_price or trail_percent");
            } else if (trailPrice != null && trailPercent != null) {
                violations.add("trail_percent", "give trail_price or trail_percent, not both");
            }
            if (known(request.timeInForce()) && !dayOrGtc(request.timeInForce())) {
                violations.add("time_in_force", "trailing_stop orders allow only time_in_force day or gtc");
            }
        } else if (known(type)) {
            if (trailPrice != null) {
                violations.add("trail_price", "trail_price is only allowed for trailing_stop orders");
            }
            if (trailPercent != null) {
                violations.add("trail_percent", "trail_percent is only allowed for trailing_stop orders");
            }
        }
    }

    private static void checkExtendedHours(OrderRequest request, Violations violations) {
        if (!request.extendedHours()) {
            return;
        }
        boolean wrongType = known(request.type()) && request.type() != OrderType.LIMIT;
        boolean wrongTif = known(request.timeInForce()) && request.timeInForce() != TimeInForce.DAY;
        if (wrongType || wrongTif) {
            violations.add("extended_hours", "extended_hours is only allowed for limit orders with time_in_force day");
        } else if (OrderClassRules.isAdvanced(request.orderClass())) {
            violations.add("extended_hours", "extended_hours is not supported for bracket, oco or oto orders");
        }
    }

    static boolean known(OrderType type) {
        return type != null && type != OrderType.UNKNOWN;
    }

    static boolean known(TimeInForce timeInForce) {
        return timeInForce != null && timeInForce != TimeInForce.UNKNOWN;
    }

    static boolean dayOrGtc(TimeInForce timeInForce) {
        return timeInForce == TimeInForce.DAY || timeInForce == TimeInForce.GTC;
    }
}
