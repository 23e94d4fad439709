package dev.breakwater.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /v2/orders: status, time window, direction, limit, symbols, side, nesting. */
class SimExchangeListTest {

    private final SimTestKit kit = new SimTestKit();
    private final List<SimOrder> placed = new ArrayList<>();

    /** Six orders one second apart: t0 AAPL filled, t1 MSFT open, t2 AAPL open, t3 AAPL canceled, t4 MSFT filled, t5 CHEAP open sell. */
    @BeforeEach
    void placeSixOrdersOneSecondApart() {
        placed.add(kit.market("AAPL", "buy", "1"));
        tick();
        placed.add(kit.limit("MSFT", "buy", "1", "100", "gtc"));
        tick();
        placed.add(kit.limit("AAPL", "buy", "1", "100", "gtc"));
        tick();
        placed.add(kit.limit("AAPL", "buy", "1", "100", "gtc"));
        kit.exchange.cancel(placed.get(3).id());
        tick();
        placed.add(kit.market("MSFT", "buy", "1"));
        tick();
        placed.add(kit.limit("CHEAP", "sell", "1", "50", "gtc"));
    }

    @Test
    void byDefaultOpenOrdersNewestFirst() {
        assertThat(ids(kit.exchange.list(SimOrderQuery.defaults()))).containsExactly(id(5), id(2), id(1));
    }

    @Test
    void closedAndAllStatuses() {
        assertThat(ids(list(q -> q.withStatus(SimOrderQuery.Status.CLOSED)))).containsExactly(id(4), id(3), id(0));
        assertThat(ids(list(q -> q.withStatus(SimOrderQuery.Status.ALL)))).containsExactly(id(5), id(4), id(3), id(2), id(1), id(0));
    }

    @Test
    void ascendingDirection() {
        assertThat(ids(list(q -> q.withStatus(SimOrderQuery.Status.ALL).withDirection(SimOrderQuery.Direction.ASC))))
                .containsExactly(id(0), id(1), id(2), id(3), id(4), id(5));
    }

    @Test
    void afterAndUntilAreBothExclusive() {
        Instant t1 = placed.get(1).submittedAt();
        Instant t4 = placed.get(4).submittedAt();

        assertThat(ids(list(q -> q.withStatus(SimOrderQuery.Status.ALL).withAfter(t1).withUntil(t4))))
                .containsExactly(id(3), id(2));
    }

    @Test
    void limitTakesTheFirstOfTheSortedResult() {
        assertThat(ids(list(q -> q.withStatus(SimOrderQuery.Status.ALL).withLimit(2)))).containsExactly(id(5), id(4));
        assertThat(ids(list(q -> q.withStatus(SimOrderQuery.Status.ALL).withLimit(2).withDirection(SimOrderQuery.Direction.ASC))))
                .containsExactly(id(0), id(1));
    }

    @Test
    void symbolsAndSideFilter() {
        assertThat(ids(list(q -> q.withStatus(SimOrderQuery.Status.ALL).withSymbols(Set.of("MSFT", "CHEAP")))))
                .containsExactly(id(5), id(4), id(1));
        assertThat(ids(list(q -> q.withStatus(SimOrderQuery.Status.ALL).withSide(SimSide.SELL)))).containsExactly(id(5));
    }

    @Test
    void theLimitIsCappedAt500() {
        for (int i = 0; i < 520; i++) {
            kit.limit("CHEAP", "buy", "1", "1", "gtc");
        }

        assertThat(SimOrderQuery.defaults().withLimit(10_000).limit()).isEqualTo(500);
        assertThat(list(q -> q.withStatus(SimOrderQuery.Status.ALL).withLimit(10_000))).hasSize(500);
        assertThat(kit.exchange.list(SimOrderQuery.defaults())).hasSize(50);
        assertThatThrownBy(() -> SimOrderQuery.defaults().withLimit(0)).hasMessage("invalid limit");
    }

    @Test
    void nestedRollsLegsUpUnderTheirParent() {
        SimOrder parent = kit.place("symbol", "AAPL", "qty", "1", "side", "buy", "type", "limit", "limit_price", "150",
                "time_in_force", "gtc", "order_class", "bracket", "take_profit", "{\"limit_price\":\"220\"}",
                "stop_loss", "{\"stop_price\":\"140\"}");
        SimOrderQuery all = SimOrderQuery.defaults().withStatus(SimOrderQuery.Status.ALL).withSymbols(Set.of("AAPL"));

        List<SimOrder> flat = kit.exchange.list(all);
        List<SimOrder> nested = kit.exchange.list(all.withNested(true));

        assertThat(flat).hasSize(6).allSatisfy(o -> assertThat(o.legs()).isNull());
        assertThat(nested).hasSize(4);
        assertThat(nested.get(0).id()).isEqualTo(parent.id());
        assertThat(nested.get(0).legs()).extracting(SimOrder::status)
                .containsExactly(SimOrderStatus.HELD, SimOrderStatus.HELD);
    }

    @Test
    void queryParametersAreReadAsAlpacaSpellsThem() {
        SimOrderQuery query = SimOrderQuery.fromParams(Map.of("status", "all", "limit", "7", "direction", "asc",
                "after", "2026-11-27T14:30:01Z", "until", "2026-11-27T09:30:05-05:00", "symbols", "AAPL, MSFT,",
                "side", "buy", "nested", "true"));

        assertThat(query).isEqualTo(new SimOrderQuery(SimOrderQuery.Status.ALL, 7,
                Instant.parse("2026-11-27T14:30:01Z"), Instant.parse("2026-11-27T14:30:05Z"),
                SimOrderQuery.Direction.ASC, Set.of("AAPL", "MSFT"), SimSide.BUY, true));
        assertThat(SimOrderQuery.fromParams(Map.of("after", "2026-11-27")).after())
                .isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
        assertThat(SimOrderQuery.fromParams(Map.of())).isEqualTo(SimOrderQuery.defaults());
        assertThatThrownBy(() -> SimOrderQuery.fromParams(Map.of("status", "done"))).hasMessage("invalid status");
        assertThatThrownBy(() -> SimOrderQuery.fromParams(Map.of("limit", "x"))).hasMessage("invalid limit");
        assertThatThrownBy(() -> SimOrderQuery.fromParams(Map.of("until", "yesterday"))).hasMessage("invalid until");
        assertThatThrownBy(() -> SimOrderQuery.fromParams(Map.of("direction", "up"))).hasMessage("invalid direction");
    }

    private List<SimOrder> list(java.util.function.UnaryOperator<SimOrderQuery> query) {
        return kit.exchange.list(query.apply(SimOrderQuery.defaults()));
    }

    private void tick() {
        kit.clock.advance(Duration.ofSeconds(1));
    }

    private String id(int index) {
        return placed.get(index).id();
    }

    private static List<String> ids(List<SimOrder> orders) {
        return orders.stream().map(SimOrder::id).toList();
    }
}
