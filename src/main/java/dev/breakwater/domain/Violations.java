package dev.breakwater.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects the violations of one validation run; shared by the rule classes so they word things alike. */
final class Violations {

    /** The longest client_order_id: the older Alpaca docs' limit, which also satisfies the newer 128. */
    static final int MAX_CLIENT_ORDER_ID_LENGTH = 48;

    private final List<Violation> found = new ArrayList<>();

    void add(String field, String message) {
        found.add(new Violation(field, message));
    }

    /** A null value is not checked: whether a field must be present is a rule of its own. */
    void positive(String field, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            add(field, field + " must be greater than 0");
        }
    }

    void clientOrderId(String id) {
        if (id == null) {
            return;
        }
        if (id.isBlank()) {
            add("client_order_id", "client_order_id must not be blank");
        } else if (id.length() > MAX_CLIENT_ORDER_ID_LENGTH) {
            add("client_order_id", "client_order_id must be at most " + MAX_CLIENT_ORDER_ID_LENGTH
                    + " characters (has " + id.length() + ")");
        }
    }

    static boolean isFractional(BigDecimal value) {
        return value.stripTrailingZeros().scale() > 0;
    }

    List<Violation> toList() {
        return List.copyOf(found);
    }
}
