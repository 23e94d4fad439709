package dev.breakwater.ui.ticket;

import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Precautions;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.StopLoss;
import dev.breakwater.domain.TimeInForce;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words the ticket shows: labels of the enums, validator reasons in trader's terms, the review summary. */
public final class TicketTexts {

    /** Shown where a value is not known (no quote, no price). */
    public static final String NONE = "—";

    // Longest first, so "take_profit.limit_price" is replaced before "limit_price".
    private static final Map<String, String> WIRE_WORDS = new LinkedHashMap<>();

    static {
        WIRE_WORDS.put("take_profit.limit_price", "take-profit price");
        WIRE_WORDS.put("stop_loss.stop_price", "stop-loss price");
        WIRE_WORDS.put("stop_loss.limit_price", "stop-loss limit price");
        WIRE_WORDS.put("take_profit", "take-profit");
        WIRE_WORDS.put("stop_loss", "stop-loss");
        WIRE_WORDS.put("limit_price", "limit price");
        WIRE_WORDS.put("stop_price", "stop price");
        WIRE_WORDS.put("trail_price", "trail price");
        WIRE_WORDS.put("trail_percent", "trail percent");
        WIRE_WORDS.put("time_in_force", "time in force");
        WIRE_WORDS.put("extended_hours", "extended hours");
        WIRE_WORDS.put("trailing_stop", "trailing stop");
        WIRE_WORDS.put("stop_limit", "stop limit");
        WIRE_WORDS.put("order_class", "order class");
        WIRE_WORDS.put("client_order_id", "client order id");
    }

    private static final Pattern QTY = Pattern.compile("\\bqty\\b");
    private static final Pattern TIF = Pattern.compile("\\b(day|gtc|opg|cls|ioc|fok)\\b");

    private TicketTexts() {
    }

    /** A validator reason as a trader reads it: "Limit price is required for limit orders". */
    public static String reason(String validatorMessage) {
        String text = validatorMessage;
        for (Map.Entry<String, String> word : WIRE_WORDS.entrySet()) {
            text = text.replace(word.getKey(), word.getValue());
        }
        text = QTY.matcher(text).replaceAll("quantity");
        Matcher tif = TIF.matcher(text);
        text = tif.replaceAll(match -> match.group(1).toUpperCase(Locale.ROOT));
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public static String label(OrderType type) {
        if (type == null) {
            return "";
        }
        return switch (type) {
            case MARKET -> "Market";
            case LIMIT -> "Limit";
            case STOP -> "Stop";
            case STOP_LIMIT -> "Stop limit";
            case TRAILING_STOP -> "Trailing stop";
            case UNKNOWN -> "Unknown";
        };
    }

    public static String label(TimeInForce tif) {
        return tif == null ? "" : tif.wire().toUpperCase(Locale.ROOT);
    }

    public static String label(Side side) {
        return side == Side.SELL ? "Sell" : "Buy";
    }

    /** A price as typed prices are shown: at least two decimals, more when the price has them. */
    public static String price(BigDecimal price) {
        if (price == null) {
            return NONE;
        }
        BigDecimal stripped = price.stripTrailingZeros();
        return (stripped.scale() < 2 ? price.setScale(2, RoundingMode.HALF_UP) : stripped).toPlainString();
    }

    public static String money(Optional<BigDecimal> amount) {
        return amount.map(Precautions::money).orElse(NONE);
    }

    /** How old a quote is: "0.8 s", "12 s", "3 min". */
    public static String age(Duration age) {
        long millis = Math.max(0, age.toMillis());
        if (millis < 10_000) {
            return BigDecimal.valueOf(millis).movePointLeft(3).setScale(1, RoundingMode.DOWN).toPlainString() + " s";
        }
        if (millis < 60_000) {
            return millis / 1000 + " s";
        }
        return millis / 60_000 + " min";
    }

    /** The review step's summary: what will be sent, in one glance. */
    static String summary(OrderRequest order, Optional<BigDecimal> estimatedValue, String account) {
        StringBuilder text = new StringBuilder(label(order.side())).append(' ');
        if (order.notional() != null) {
            text.append(Precautions.money(order.notional())).append(" of ");
        } else if (order.qty() != null) {
            text.append(Precautions.quantity(order.qty())).append(' ');
        }
        text.append(order.symbol()).append(" · ").append(label(order.type()));
        boolean both = order.stopPrice() != null && order.limitPrice() != null;
        if (order.stopPrice() != null) {
            text.append(both ? " stop " : " ").append(price(order.stopPrice()));
        }
        if (order.limitPrice() != null) {
            text.append(both ? " limit " : " ").append(price(order.limitPrice()));
        }
        if (order.trailPrice() != null) {
            text.append(" trail ").append(price(order.trailPrice()));
        }
        if (order.trailPercent() != null) {
            text.append(" trail ").append(order.trailPercent().stripTrailingZeros().toPlainString()).append('%');
        }
        text.append(" · ").append(label(order.timeInForce()));
        if (order.extendedHours()) {
            text.append(" · extended hours");
        }
        if (order.orderClass() == OrderClass.BRACKET) {
            text.append("\nBracket: take profit ")
                    .append(order.takeProfit() == null ? NONE : price(order.takeProfit().limitPrice()));
            StopLoss stop = order.stopLoss();
            text.append(", stop loss ").append(stop == null ? NONE : price(stop.stopPrice()));
            if (stop != null && stop.limitPrice() != null) {
                text.append(" (limit ").append(price(stop.limitPrice())).append(')');
            }
        }
        text.append("\nEstimated value ").append(money(estimatedValue));
        text.append("\nAccount ").append(account);
        return text.toString();
    }
}
