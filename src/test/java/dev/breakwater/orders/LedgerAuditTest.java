package dev.breakwater.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.broker.alpaca.AlpacaJson;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerAuditTest {

    private static Order order(String id, String clientOrderId) {
        try {
            return AlpacaJson.mapper().readValue(
                    "{\"id\":\"" + id + "\",\"client_order_id\":\"" + clientOrderId + "\"}", Order.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Intent intent(String clientOrderId, String ticketId, IntentState state) {
        OrderRequest request = OrderRequest.builder().symbol("AAPL").qty("1").clientOrderId(clientOrderId).build();
        Instant now = Instant.parse("2026-11-29T12:00:00Z");
        return new Intent(clientOrderId, ticketId, "PA1", request, "{}", "hash", state, null, null, 1, null, now, now);
    }

    @Test
    void matchingBrokerAndJournalIsClean() {
        LedgerAudit.Result result = LedgerAudit.audit(
                List.of(order("o1", "bw-1"), order("o2", "bw-2")),
                List.of(intent("bw-1", "t1", IntentState.ACCEPTED), intent("bw-2", "t2", IntentState.ACCEPTED),
                        intent("bw-3", "t3", IntentState.NOT_SENT), intent("bw-4", "t4", IntentState.REJECTED)));

        assertThat(result.clean()).isTrue();
        assertThat(result).isEqualTo(new LedgerAudit.Result(4, 4, 2, 0, 2, 1, 1, 0, 0, 0));
    }

    @Test
    void twoBrokerOrdersForOneTicketAreADuplicate() {
        LedgerAudit.Result result = LedgerAudit.audit(
                List.of(order("o1", "bw-1"), order("o2", "bw-2")),
                List.of(intent("bw-1", "t1", IntentState.ACCEPTED), intent("bw-2", "t1", IntentState.ACCEPTED)));

        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(result.clean()).isFalse();
    }

    @Test
    void twoBrokerOrdersWithOneClientOrderIdAreADuplicate() {
        LedgerAudit.Result result = LedgerAudit.audit(
                List.of(order("o1", "bw-1"), order("o2", "bw-1")),
                List.of(intent("bw-1", "t1", IntentState.ACCEPTED)));

        assertThat(result.duplicates()).isEqualTo(2); // once per client_order_id, once per ticket
    }

    @Test
    void orphansAndAcceptedIntentsMissingAtTheBrokerAreLost() {
        LedgerAudit.Result result = LedgerAudit.audit(
                List.of(order("o1", "bw-orphan")),
                List.of(intent("bw-1", "t1", IntentState.ACCEPTED)));

        assertThat(result.lost()).isEqualTo(2);
    }

    @Test
    void anOrderTheJournalCallsNotSentButTheBrokerHasIsLost() {
        LedgerAudit.Result result = LedgerAudit.audit(
                List.of(order("o1", "bw-1")),
                List.of(intent("bw-1", "t1", IntentState.NOT_SENT)));

        assertThat(result.lost()).isEqualTo(1);
    }

    @Test
    void unresolvedIntentsAreUnknownAndForeignOrdersIgnored() {
        LedgerAudit.Result result = LedgerAudit.audit(
                List.of(order("o1", "someone-elses-id"), order("o2", "bw-2")),
                List.of(intent("bw-1", "t1", IntentState.SENDING), intent("bw-2", "t2", IntentState.UNKNOWN),
                        intent("bw-3", "t3", IntentState.PENDING)));

        assertThat(result.unknown()).isEqualTo(3);
        assertThat(result.foreign()).isEqualTo(1);
        assertThat(result.lost()).isZero();
        assertThat(result.clean()).isFalse();
    }
}
