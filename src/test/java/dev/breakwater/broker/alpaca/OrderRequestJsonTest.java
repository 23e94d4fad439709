package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.ReplaceRequest;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.StopLoss;
import dev.breakwater.domain.TakeProfit;
import dev.breakwater.domain.TimeInForce;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What the request records look like as {@code POST /v2/orders} and {@code PATCH} bodies. */
class OrderRequestJsonTest {

    private static final ObjectMapper MAPPER = AlpacaJson.mapper();

    @Test
    void writesABracketRequestInAlpacasBodyShape() throws Exception {
        OrderRequest request = OrderRequest.builder()
                .symbol("TSLA").qty("10").side(Side.BUY).type(OrderType.LIMIT).timeInForce(TimeInForce.GTC)
                .limitPrice("176.50").orderClass(OrderClass.BRACKET)
                .takeProfit(new TakeProfit(new BigDecimal("190.00")))
                .stopLoss(new StopLoss(new BigDecimal("168.00"), new BigDecimal("167.50")))
                .clientOrderId("bw-01HRQ9B7D2F4G6H8J0K2M4N6P8")
                .build();

        JsonNode body = MAPPER.valueToTree(request);

        assertThat(body).isEqualTo(MAPPER.readTree("""
                {"symbol": "TSLA", "qty": "10", "side": "buy", "type": "limit", "time_in_force": "gtc",
                 "limit_price": "176.50", "extended_hours": false,
                 "client_order_id": "bw-01HRQ9B7D2F4G6H8J0K2M4N6P8", "order_class": "bracket",
                 "take_profit": {"limit_price": "190.00"},
                 "stop_loss": {"stop_price": "168.00", "limit_price": "167.50"}}
                """));
        assertThat(MAPPER.treeToValue(body, OrderRequest.class)).isEqualTo(request);
    }

    @Test
    void leavesUnsetFieldsOutOfASimpleMarketRequest() throws Exception {
        OrderRequest request = OrderRequest.builder()
                .symbol("AAPL").notional(new BigDecimal("250.00")).side(Side.BUY).type(OrderType.MARKET)
                .timeInForce(TimeInForce.DAY).build();

        JsonNode body = MAPPER.valueToTree(request);

        assertThat(body).isEqualTo(MAPPER.readTree("""
                {"symbol": "AAPL", "notional": "250.00", "side": "buy", "type": "market", "time_in_force": "day",
                 "extended_hours": false, "order_class": "simple"}
                """));
    }

    @Test
    void writesAReplaceWithOnlyTheFieldsItChanges() throws Exception {
        ReplaceRequest replace = new ReplaceRequest(new BigDecimal("20"), null, new BigDecimal("171.95"), null, null,
                "bw-01HRQD0A2C4E6G8J0K2M4P6R8T");

        JsonNode body = MAPPER.valueToTree(replace);

        assertThat(body).isEqualTo(MAPPER.readTree("""
                {"qty": "20", "limit_price": "171.95", "client_order_id": "bw-01HRQD0A2C4E6G8J0K2M4P6R8T"}
                """));
        assertThat(MAPPER.treeToValue(body, ReplaceRequest.class)).isEqualTo(replace);
    }

    @Test
    void readsAbsentEnumsOfARequestAsNotSetButUnknownOnesAsUnknown() throws Exception {
        ReplaceRequest absent = MAPPER.readValue("{\"qty\": \"5\"}", ReplaceRequest.class);
        ReplaceRequest unknown = MAPPER.readValue("{\"time_in_force\": \"gtx\"}", ReplaceRequest.class);
        OrderRequest bare = MAPPER.readValue("{\"symbol\": \"AAPL\", \"side\": null}", OrderRequest.class);

        assertThat(absent.timeInForce()).isNull();
        assertThat(unknown.timeInForce()).isEqualTo(TimeInForce.UNKNOWN);
        assertThat(bare.side()).isNull();
        assertThat(bare.type()).isNull();
        assertThat(bare.orderClass()).isNull();
    }
}
