package dev.breakwater.ui.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.PrecautionLimits;
import dev.breakwater.domain.PrecautionWarning;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.journal.IntentState;
import dev.breakwater.orders.SubmitOutcome;
import dev.breakwater.orders.Ticket;
import dev.breakwater.ui.HeldWork;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The ticket's submit flow: precautions, duplicates, review, outcomes and re-clicks of the same ticket. */
class OrderTicketSubmitTest extends TicketFixture {

    @Nested
    class SubmitFlow {

        @Test
        void withReviewTheOrderGoesOutOnlyAfterConfirm() {
            OrderTicketViewModel vm = ticket();

            vm.submit();

            assertThat(vm.stateProperty().get()).isEqualTo(TicketState.REVIEW);
            assertThat(vm.stateMessageProperty().get()).startsWith("Buy 10 AAPL · Limit 100.50 · DAY")
                    .contains("Estimated value $1,005.00").contains("Account " + FakeTicketServices.ACCOUNT);
            assertThat(vm.clientOrderIdProperty().get()).isEqualTo("bw-test-1");
            assertThat(vm.editableProperty().get()).isFalse();
            assertThat(services.submitted).isEmpty();

            vm.confirm();

            assertThat(services.submitted).singleElement().isSameAs(services.opened.get(0));
            assertThat(vm.stateProperty().get()).isEqualTo(TicketState.ACCEPTED);
            assertThat(vm.stateMessageProperty().get()).isEqualTo("Accepted — order order-1 (new)");
        }

        @Test
        void withoutReviewSubmitSendsAtOnce() {
            OrderTicketViewModel vm = ticket();
            vm.setReviewBeforeSend(false);

            vm.submit();

            assertThat(services.submitted).hasSize(1);
            assertThat(vm.stateProperty().get()).isEqualTo(TicketState.ACCEPTED);
        }

        @Test
        void theSentRequestIsWhatTheTicketShows() {
            OrderTicketViewModel vm = ticket();
            vm.setReviewBeforeSend(false);
            vm.timeInForceProperty().set(TimeInForce.GTC);
            vm.bracketProperty().set(true);
            vm.takeProfitProperty().set("110");
            vm.stopLossProperty().set("95");
            vm.stopLossLimitProperty().set("94.5");

            vm.submit();

            var request = services.submitted.get(0).request();
            assertThat(request.symbol()).isEqualTo("AAPL");
            assertThat(request.qty()).isEqualByComparingTo("10");
            assertThat(request.limitPrice()).isEqualByComparingTo("100.50");
            assertThat(request.timeInForce()).isEqualTo(TimeInForce.GTC);
            assertThat(request.orderClass()).isEqualTo(OrderClass.BRACKET);
            assertThat(request.takeProfit().limitPrice()).isEqualByComparingTo("110");
            assertThat(request.stopLoss().stopPrice()).isEqualByComparingTo("95");
            assertThat(request.stopLoss().limitPrice()).isEqualByComparingTo("94.5");
            assertThat(request.clientOrderId()).isEqualTo("bw-test-1");
        }

        @Test
        void aBrokenPrecautionAsksAndSendAnywayGoesOn() {
            OrderTicketViewModel vm = ticket();
            vm.qtyProperty().set("5000");

            vm.submit();

            assertThat(vm.stateProperty().get()).isEqualTo(TicketState.PRECAUTION);
            assertThat(vm.warnings()).extracting(PrecautionWarning::kind)
                    .containsExactly(PrecautionWarning.Kind.SIZE, PrecautionWarning.Kind.VALUE);
            assertThat(vm.stateMessageProperty().get()).contains("Quantity 5,000 is above your size limit 1,000");
            assertThat(vm.primaryTextProperty().get()).isEqualTo("Send anyway");
            assertThat(vm.clientOrderIdProperty().get()).isEqualTo("bw-test-1");

            vm.overridePrecautions();
            assertThat(vm.stateProperty().get()).isEqualTo(TicketState.REVIEW);
            vm.confirm();

            assertThat(services.submitted).singleElement().extracting(Ticket::clientOrderId).isEqualTo("bw-test-1");
        }

        @Test
        void thePrecautionsInForceAreTheOnesSet() {
            OrderTicketViewModel vm = ticket();
            vm.qtyProperty().set("5000");
            vm.setPrecautions(PrecautionLimits.none());
            vm.setReviewBeforeSend(false);

            vm.submit();

            assertThat(services.submitted).hasSize(1);
        }

        @Test
        void aPriceFarFromTheLastAsks() {
            OrderTicketViewModel vm = ticket();
            vm.limitPriceProperty().set("120");

            vm.submit();

            assertThat(vm.warnings()).extracting(PrecautionWarning::kind)
                    .containsExactly(PrecautionWarning.Kind.PRICE_FROM_LAST);
        }

        @Test
        void backDiscardsTheTicketAndSendsNothing() {
            OrderTicketViewModel vm = ticket();
            vm.qtyProperty().set("5000");
            vm.submit();

            vm.back();

            assertThat(vm.stateProperty().get()).isEqualTo(TicketState.EDITING);
            assertThat(vm.clientOrderIdProperty().get()).isEmpty();
            assertThat(vm.editableProperty().get()).isTrue();
            assertThat(vm.warnings()).isEmpty();
            assertThat(services.submitted).isEmpty();

            vm.qtyProperty().set("10");
            vm.submit();
            assertThat(vm.clientOrderIdProperty().get()).isEqualTo("bw-test-2");
        }

        @Test
        void anIdenticalOrderWithin30SecondsAsksFirst() {
            OrderTicketViewModel vm = ticket();
            vm.setReviewBeforeSend(false);
            vm.submit();
            vm.newTicket();
            clock.advance(Duration.ofSeconds(29));

            vm.submit();

            assertThat(vm.stateProperty().get()).isEqualTo(TicketState.DUPLICATE);
            assertThat(vm.stateMessageProperty().get())
                    .isEqualTo("An identical order was sent 29 s ago (bw-test-1). Send another one?");
            assertThat(services.submitted).hasSize(1);

            vm.sendDuplicate();
            assertThat(services.submitted).extracting(Ticket::clientOrderId).containsExactly("bw-test-1", "bw-test-2");
        }

        @Test
        void anIdenticalOrderAfter30SecondsGoesWithoutAsking() {
            OrderTicketViewModel vm = ticket();
            vm.setReviewBeforeSend(false);
            vm.submit();
            vm.newTicket();
            clock.advance(Duration.ofSeconds(30));

            vm.submit();

            assertThat(services.submitted).hasSize(2);
            assertThat(vm.stateProperty().get()).isEqualTo(TicketState.ACCEPTED);
        }

        @Test
        void aDifferentOrderWithin30SecondsGoesWithoutAsking() {
            OrderTicketViewModel vm = ticket();
            vm.setReviewBeforeSend(false);
            vm.submit();
            vm.newTicket();
            vm.qtyProperty().set("11");

            vm.submit();

            assertThat(services.submitted).hasSize(2);
        }

        @Test
        void theSameNumberWrittenDifferentlyIsStillADuplicate() {
            OrderTicketViewModel vm = ticket();
            vm.setReviewBeforeSend(false);
            vm.submit();
            vm.newTicket();
            vm.limitPriceProperty().set("100.5000");

            vm.submit();

            assertThat(vm.stateProperty().get()).isEqualTo(TicketState.DUPLICATE);
        }
    }

    @Nested
    class ReClicks {

        @Test
        void submitAgainAfterUnknownResubmitsTheSameTicket() {
            OrderTicketViewModel vm = ticket();
            vm.setReviewBeforeSend(false);
            services.answerNext(t -> new SubmitOutcome.Unknown(t.clientOrderId(), "timeout after 2 s"));
            vm.submit();
            assertThat(vm.stateProperty().get()).isEqualTo(TicketState.UNKNOWN);
            assertThat(vm.stateMessageProperty().get()).startsWith("Unknown — resolving…");
            assertThat(vm.editableProperty().get()).isFalse();
            assertThat(vm.primaryTextProperty().get()).isEqualTo("Submit again");
            services.answerNext(t -> new SubmitOutcome.Accepted(t.clientOrderId(), "order-9", "new", null, true, null));

            vm.submit();

            assertThat(services.opened).hasSize(1);
            assertThat(services.submitted).hasSize(2);
            assertThat(services.submitted.get(1)).isSameAs(services.submitted.get(0));
            assertThat(services.submitted).extracting(Ticket::clientOrderId).containsOnly("bw-test-1");
            assertThat(vm.stateMessageProperty().get()).isEqualTo("Already placed — order order-9 (new)");
        }

        @Test
        void submitAgainAfterNotSentSendsTheSameTicket() {
            OrderTicketViewModel vm = ticket();
            vm.setReviewBeforeSend(false);
            services.answerNext(t -> new SubmitOutcome.NotSent(t.clientOrderId(), "orders paused: breaker open"));
            vm.submit();
            assertThat(vm.stateProperty().get()).isEqualTo(TicketState.NOT_SENT);
            assertThat(vm.stateMessageProperty().get()).startsWith("Not sent: orders paused: breaker open");

            vm.submit();

            assertThat(services.opened).hasSize(1);
            assertThat(services.submitted).hasSize(2).allSatisfy(t -> assertThat(t).isSameAs(services.opened.get(0)));
            assertThat(vm.stateProperty().get()).isEqualTo(TicketState.ACCEPTED);
        }

        @Test
        void submitAgainAfterAcceptedSaysAlreadyPlaced() {
            OrderTicketViewModel vm = ticket();
            vm.setReviewBeforeSend(false);
            vm.submit();

            vm.submit();

            assertThat(services.opened).hasSize(1);
            assertThat(services.submitted).hasSize(2);
            assertThat(vm.stateMessageProperty().get()).startsWith("Already placed — order order-1");
        }

        @Test
        void aClickWhileSendingDoesNothing() {
            HeldWork work = new HeldWork();
            OrderTicketViewModel vm = ticket(work);
            work.releaseAll();
            vm.setReviewBeforeSend(false);
            vm.submit();
            assertThat(vm.stateProperty().get()).isEqualTo(TicketState.SENDING);
            assertThat(vm.canSubmitProperty().get()).isFalse();

            vm.submit();
            vm.newTicket();
            vm.sell();

            assertThat(work.pending()).isEqualTo(1);
            assertThat(vm.sideProperty().get()).isEqualTo(Side.BUY);
            work.releaseAll();
            assertThat(services.submitted).hasSize(1);
            assertThat(vm.stateProperty().get()).isEqualTo(TicketState.ACCEPTED);
        }

        @Test
        void unknownSettlesThroughTheJournalWithOneLookupAtATime() {
            HeldWork work = new HeldWork();
            OrderTicketViewModel vm = ticket(work);
            work.releaseAll();
            vm.setReviewBeforeSend(false);
            services.answerNext(t -> new SubmitOutcome.Unknown(t.clientOrderId(), "connection cut"));
            vm.submit();
            work.releaseAll();

            vm.tick();
            vm.tick();
            assertThat(work.pending()).as("one lookup in flight").isEqualTo(1);
            work.releaseAll();
            assertThat(vm.stateProperty().get()).as("journal still unresolved").isEqualTo(TicketState.UNKNOWN);

            services.journal("bw-test-1", IntentState.ACCEPTED, "order-77", null);
            vm.tick();
            work.releaseAll();

            assertThat(services.intentLookups).containsExactly("bw-test-1", "bw-test-1");
            assertThat(vm.stateProperty().get()).isEqualTo(TicketState.ACCEPTED);
            assertThat(vm.stateMessageProperty().get()).isEqualTo("Accepted — order order-77");
            assertThat(services.submitted).hasSize(1);
        }

        @Test
        void unknownCanSettleAsNotSentAndThenBeSentAgainUnderTheSameId() {
            OrderTicketViewModel vm = ticket();
            vm.setReviewBeforeSend(false);
            services.answerNext(t -> new SubmitOutcome.Unknown(t.clientOrderId(), "connection cut"));
            vm.submit();
            services.journal("bw-test-1", IntentState.NOT_SENT, null, "connection refused");

            vm.tick();
            assertThat(vm.stateProperty().get()).isEqualTo(TicketState.NOT_SENT);
            vm.submit();

            assertThat(services.submitted).hasSize(2).extracting(Ticket::clientOrderId).containsOnly("bw-test-1");
            assertThat(services.opened).hasSize(1);
        }

        @Test
        void aRejectionShowsTheBrokersReason() {
            OrderTicketViewModel vm = ticket();
            vm.setReviewBeforeSend(false);
            services.answerNext(t -> new SubmitOutcome.Rejected(t.clientOrderId(), "insufficient buying power"));

            vm.submit();

            assertThat(vm.stateProperty().get()).isEqualTo(TicketState.REJECTED);
            assertThat(vm.stateMessageProperty().get()).isEqualTo("Rejected: insufficient buying power");
        }

        @Test
        void aJournalFailureStopsTrading() {
            OrderTicketViewModel vm = ticket();
            vm.setReviewBeforeSend(false);
            services.answerNext(t -> new SubmitOutcome.JournalFailure(t.clientOrderId(),
                    "not sent: the order journal is unavailable (locked by another console)"));

            vm.submit();
            vm.submit();

            assertThat(vm.stateProperty().get()).isEqualTo(TicketState.JOURNAL_FAILURE);
            assertThat(vm.stateMessageProperty().get()).startsWith("Trading stopped: ").contains("locked by another");
            assertThat(vm.canSubmitProperty().get()).isFalse();
            assertThat(services.submitted).hasSize(1);
        }

        @Test
        void anUnexpectedFailureOfTheSubmitIsUnknownNeverNotSent() {
            OrderTicketViewModel vm = ticket();
            vm.setReviewBeforeSend(false);
            services.answerNext(t -> {
                throw new IllegalStateException("boom");
            });

            vm.submit();

            assertThat(vm.stateProperty().get()).isEqualTo(TicketState.UNKNOWN);
        }

        @Test
        void newTicketKeepsTheValuesAndMintsANewIdOnTheNextSubmit() {
            OrderTicketViewModel vm = ticket();
            vm.setReviewBeforeSend(false);
            vm.submit();
            clock.advance(Duration.ofMinutes(1));

            vm.newTicket();

            assertThat(vm.stateProperty().get()).isEqualTo(TicketState.EDITING);
            assertThat(vm.editableProperty().get()).isTrue();
            assertThat(vm.clientOrderIdProperty().get()).isEmpty();
            assertThat(vm.qtyProperty().get()).isEqualTo("10");
            assertThat(vm.limitPriceProperty().get()).isEqualTo("100.50");
            vm.submit();
            assertThat(services.opened).extracting(Ticket::clientOrderId).containsExactly("bw-test-1", "bw-test-2");
            assertThat(services.submitted.get(1).request().qty()).isEqualByComparingTo(BigDecimal.TEN);
            assertThat(vm.stateMessageProperty().get()).isEqualTo("Accepted — order order-2 (new)");
        }
    }
}
