package dev.breakwater.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breakwater.domain.ClientOrderIds;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import org.junit.jupiter.api.Test;

class TicketTest {

    private final ClientOrderIds ids = ClientOrderIds.create();
    private final OrderRequest draft = OrderRequest.builder().symbol("AAPL").qty("1").side(Side.BUY)
            .type(OrderType.MARKET).timeInForce(TimeInForce.DAY).build();

    @Test
    void aNewTicketHasNewIds() {
        Ticket first = Ticket.open("PA1", draft, ids);
        Ticket second = Ticket.open("PA1", draft, ids);

        assertThat(ClientOrderIds.isOurs(first.clientOrderId())).isTrue();
        assertThat(first.clientOrderId()).isNotEqualTo(second.clientOrderId());
        assertThat(first.ticketId()).isNotEqualTo(second.ticketId());
    }

    @Test
    void aTicketWithoutAClientOrderIdIsRefused() {
        assertThatThrownBy(() -> new Ticket("t1", "PA1", draft)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("client_order_id");
    }
}
