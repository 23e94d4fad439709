package dev.breakwater.sim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The filters of {@code GET /v2/orders}. Alpaca's defaults: status open, limit 50 (at most 500; a larger
 * limit is capped, not refused), direction desc. {@code after} and {@code until} are both exclusive and
 * apply to the submission time. An empty {@code symbols} set means every symbol, a {@code null} side
 * both sides. {@code nested} rolls legs up under their parent's {@code legs} instead of listing them.
 */
public record SimOrderQuery(
        Status status,
        int limit,
        Instant after,
        Instant until,
        Direction direction,
        Set<String> symbols,
        SimSide side,
        boolean nested) {

    /** Alpaca's default page size. */
    public static final int DEFAULT_LIMIT = 50;
    /** Alpaca's largest page size. */
    public static final int MAX_LIMIT = 500;

    /** Which orders to list. */
    public enum Status {
        OPEN, CLOSED, ALL
    }

    /** Order of the result by submission time. */
    public enum Direction {
        ASC, DESC
    }

    /** Checks the limit (positive, capped at 500) and copies the symbols. */
    public SimOrderQuery {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(direction, "direction");
        if (limit <= 0) {
            throw SimRejection.invalid("invalid limit");
        }
        limit = Math.min(limit, MAX_LIMIT);
        symbols = symbols == null ? Set.of() : Set.copyOf(symbols);
    }

    /** Alpaca's defaults: open orders, 50, newest first. */
    public static SimOrderQuery defaults() {
        return new SimOrderQuery(Status.OPEN, DEFAULT_LIMIT, null, null, Direction.DESC, Set.of(), null, false);
    }

    /**
     * Reads the query string parameters of {@code GET /v2/orders} (one value each). Times may be RFC 3339
     * or a date (midnight UTC). Unknown parameters are ignored.
     *
     * @throws SimRejection 422 naming the parameter when a value is not understood
     */
    public static SimOrderQuery fromParams(Map<String, String> params) {
        SimOrderQuery query = defaults();
        String status = params.get("status");
        if (status != null) {
            query = query.withStatus(switch (status) {
                case "open" -> Status.OPEN;
                case "closed" -> Status.CLOSED;
                case "all" -> Status.ALL;
                default -> throw SimRejection.invalid("invalid status");
            });
        }
        String limit = params.get("limit");
        if (limit != null) {
            try {
                query = query.withLimit(Integer.parseInt(limit.trim()));
            } catch (NumberFormatException e) {
                throw SimRejection.invalid("invalid limit");
            }
        }
        String direction = params.get("direction");
        if (direction != null) {
            query = query.withDirection(switch (direction) {
                case "asc" -> Direction.ASC;
                case "desc" -> Direction.DESC;
                default -> throw SimRejection.invalid("invalid direction");
            });
        }
        if (params.get("after") != null) {
            query = query.withAfter(time("after", params.get("after")));
        }
        if (params.get("until") != null) {
            query = query.withUntil(time("until", params.get("until")));
        }
        String symbols = params.get("symbols");
        if (symbols != null) {
            Set<String> set = new LinkedHashSet<>();
            Arrays.stream(symbols.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(set::add);
            query = query.withSymbols(set);
        }
        String side = params.get("side");
        if (side != null) {
            SimSide parsed = SimSide.fromWire(side);
            if (parsed == null) {
                throw SimRejection.invalid("invalid side");
            }
            query = query.withSide(parsed);
        }
        String nested = params.get("nested");
        if (nested != null) {
            if (!"true".equals(nested) && !"false".equals(nested)) {
                throw SimRejection.invalid("invalid nested");
            }
            query = query.withNested(Boolean.parseBoolean(nested));
        }
        return query;
    }

    private static Instant time(String name, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notATimestamp) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw SimRejection.invalid("invalid " + name);
            }
        }
    }

    public SimOrderQuery withStatus(Status value) {
        return new SimOrderQuery(value, limit, after, until, direction, symbols, side, nested);
    }

    public SimOrderQuery withLimit(int value) {
        return new SimOrderQuery(status, value, after, until, direction, symbols, side, nested);
    }

    public SimOrderQuery withAfter(Instant value) {
        return new SimOrderQuery(status, limit, value, until, direction, symbols, side, nested);
    }

    public SimOrderQuery withUntil(Instant value) {
        return new SimOrderQuery(status, limit, after, value, direction, symbols, side, nested);
    }

    public SimOrderQuery withDirection(Direction value) {
        return new SimOrderQuery(status, limit, after, until, value, symbols, side, nested);
    }

    public SimOrderQuery withSymbols(Set<String> value) {
        return new SimOrderQuery(status, limit, after, until, direction, value, side, nested);
    }

    public SimOrderQuery withSide(SimSide value) {
        return new SimOrderQuery(status, limit, after, until, direction, symbols, value, nested);
    }

    public SimOrderQuery withNested(boolean value) {
        return new SimOrderQuery(status, limit, after, until, direction, symbols, side, value);
    }
}
