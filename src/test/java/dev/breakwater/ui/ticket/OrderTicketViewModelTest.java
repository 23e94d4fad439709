package dev.breakwater.ui.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.domain.OrderClass;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.PrecautionLimits;
import dev.breakwater.domain.PrecautionWarning;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.journal.IntentState;
import dev.breakwater.orders.SubmitOutcome;
import dev.breakwater.orders.Ticket;
import dev.breakwater.testing.MutableClock;
import dev.breakwater.ui.BackgroundWork;
import dev.breakwater.ui.SameThreadWork;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderTicketViewModelTest {

    private static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");

    private final FakeTicketServices services = new FakeTicketServices();
    private final MutableClock clock = new MutableClock(T0);

    private OrderTicketViewModel ticket(BackgroundWork work) {
        services.quote("AAPL", "100.00", "99.95", "100.05", T0.minusMillis(800), false);
        OrderTicketViewModel vm = new OrderTicketViewModel(services, work, clock);
        vm.symbolProperty().set("AAPL");
        vm.qtyProperty().set("10");
        vm.typeProperty().set(OrderType.LIMIT);
        vm.limitPriceProperty().set("100.50");
        return vm;
    }

    private OrderTicketViewModel ticket() {
        return ticket(new SameThreadWork());
    }

    private static String error(OrderTicketViewModel vm, TicketField field) {
        return vm.errorProperty(field).get();
    }

    @Nested
    class FieldsFollowTheType {

        @ParameterizedTest(name = "{0}: limit {1}, stop {2}, trail {3}, extended hours {4}, bracket {5}")
        @CsvSource({
                "MARKET,        false, false, false, false, true",
                "LIMIT,         true,  false, false, true,  true",
                "STOP,          false, true,  false, false, true",
                "STOP_LIMIT,    true,  true,  false, false, true",
                "TRAILING_STOP, false, false, true,  false, false"})
        void onlyTheFieldsTheTypeUsesAreEnabled(OrderType type, boolean limit, boolean stop, boolean trail,
                                                boolean extendedHours, boolean bracket) {
            OrderTicketViewModel vm = ticket();

            vm.typeProperty().set(type);

            assertThat(vm.limitEnabledProperty().get()).as("limit").isEqualTo(limit);
            assertThat(vm.stopEnabledProperty().get()).as("stop").isEqualTo(stop);
            assertThat(vm.trailEnabledProperty().get()).as("trail").isEqualTo(trail);
            assertThat(vm.extendedHoursEnabledProperty().get()).as("extended hours").isEqualTo(extendedHours);
            assertThat(vm.bracketEnabledProperty().get()).as("bracket").isEqualTo(bracket);
        }

        @Test
        void extendedHoursAreOffForABracket() {
            OrderTicketViewModel vm = ticket();
            vm.bracketProperty().set(true);

            assertThat(vm.extendedHoursEnabledProperty().get()).isFalse();
        }

        @Test
        void everyTimeInForceIsOfferedForASimpleLimitOrder() {
            OrderTicketViewModel vm = ticket();

            assertThat(vm.timesInForce()).containsExactly(TimeInForce.DAY, TimeInForce.GTC, TimeInForce.OPG,
                    TimeInForce.CLS, TimeInForce.IOC, TimeInForce.FOK);
        }

        @Test
        void trailingStopsAndBracketsOfferOnlyDayAndGtc() {
            OrderTicketViewModel vm = ticket();
            vm.typeProperty().set(OrderType.TRAILING_STOP);
            assertThat(vm.timesInForce()).containsExactly(TimeInForce.DAY, TimeInForce.GTC);

            vm.typeProperty().set(OrderType.MARKET);
            vm.bracketProperty().set(true);
            assertThat(vm.timesInForce()).containsExactly(TimeInForce.DAY, TimeInForce.GTC);
        }

        @Test
        void extendedHoursOfferOnlyDay() {
            OrderTicketViewModel vm = ticket();
            vm.extendedHoursProperty().set(true);

            assertThat(vm.timesInForce()).containsExactly(TimeInForce.DAY);
        }

        @Test
        void aTimeInForceThatBecomesInvalidGivesWayToTheFirstValidOne() {
            OrderTicketViewModel vm = ticket();
            vm.timeInForceProperty().set(TimeInForce.IOC);

            vm.typeProperty().set(OrderType.TRAILING_STOP);

            assertThat(vm.timeInForceProperty().get()).isEqualTo(TimeInForce.DAY);
        }

        @Test
        void aTimeInForceThatStaysValidIsKept() {
            OrderTicketViewModel vm = ticket();
            vm.timeInForceProperty().set(TimeInForce.GTC);

            vm.typeProperty().set(OrderType.TRAILING_STOP);

            assertThat(vm.timeInForceProperty().get()).isEqualTo(TimeInForce.GTC);
        }
    }

    @Nested
    class ReasonsAtTheField {

        @Test
        void aValidTicketHasNoErrorsAndCanBeSubmitted() {
            OrderTicketViewModel vm = ticket();

            for (TicketField field : TicketField.values()) {
                assertThat(error(vm, field)).as(field.name()).isEmpty();
            }
            assertThat(vm.canSubmitProperty().get()).isTrue();
        }

        @Test
        void aMissingLimitPriceIsReportedAtTheLimitField() {
            OrderTicketViewModel vm = ticket();
            vm.limitPriceProperty().set("");

            assertThat(error(vm, TicketField.LIMIT)).isEqualTo("Limit price is required for limit orders");
            assertThat(vm.canSubmitProperty().get()).isFalse();
        }

        @Test
        void textThatIsNoNumberIsReportedAtItsField() {
            OrderTicketViewModel vm = ticket();
            vm.qtyProperty().set("ten");
            vm.limitPriceProperty().set("1O0");

            assertThat(error(vm, TicketField.QTY)).isEqualTo("\"ten\" is not a number");
            assertThat(error(vm, TicketField.LIMIT)).isEqualTo("\"1O0\" is not a number");
        }

        @Test
        void groupedNumbersAreReadAsTradersTypeThem() {
            OrderTicketViewModel vm = ticket();
            vm.qtyProperty().set("1,000");

            assertThat(error(vm, TicketField.QTY)).isEmpty();
        }

        @Test
        void eachDomainRuleLandsOnItsField() {
            OrderTicketViewModel vm = ticket();
            vm.symbolProperty().set("");
            vm.qtyProperty().set("-5");
            vm.bracketProperty().set(true);
            vm.takeProfitProperty().set("90");
            vm.stopLossProperty().set("95");

            assertThat(error(vm, TicketField.SYMBOL)).isEqualTo("Symbol is required");
            assertThat(error(vm, TicketField.QTY)).isEqualTo("Quantity must be greater than 0");
            assertThat(error(vm, TicketField.TAKE_PROFIT))
                    .isEqualTo("Take-profit price must be above stop-loss price for a buy bracket order");
        }

        @Test
        void aFractionalQuantityOfALimitOrderIsRefusedAtTheQuantity() {
            OrderTicketViewModel vm = ticket();
            vm.qtyProperty().set("0.5");

            assertThat(error(vm, TicketField.QTY))
                    .isEqualTo("Fractional quantity is only allowed for market orders with time in force DAY");
        }

        @Test
        void aMissingNotionalIsReportedAtTheNotionalField() {
            OrderTicketViewModel vm = ticket();
            vm.typeProperty().set(OrderType.MARKET);
            vm.sizingProperty().set(Sizing.NOTIONAL);

            assertThat(error(vm, TicketField.NOTIONAL)).isEqualTo("Either quantity or notional is required");
            assertThat(error(vm, TicketField.QTY)).isEmpty();

            vm.notionalProperty().set("2500");
            assertThat(error(vm, TicketField.NOTIONAL)).isEmpty();
            assertThat(vm.estimatedValueProperty().get()).isEqualTo("$2,500.00");
        }

        @Test
        void textLeftInAFieldTheTypeDoesNotUseIsIgnored() {
            OrderTicketViewModel vm = ticket();
            vm.stopPriceProperty().set("garbage");

            assertThat(error(vm, TicketField.STOP)).isEmpty();
            vm.typeProperty().set(OrderType.STOP_LIMIT);
            assertThat(error(vm, TicketField.STOP)).isEqualTo("\"garbage\" is not a number");
        }

        @Test
        void anAssetThatIsNotTradableIsRefusedAtTheSymbol() {
            services.assets.put("HALT", FakeTicketServices.asset("HALT", false, true));
            OrderTicketViewModel vm = ticket();

            vm.symbolProperty().set("halt");

            assertThat(services.assetLookups).contains("HALT");
            assertThat(error(vm, TicketField.SYMBOL)).isEqualTo("HALT is not tradable");
            assertThat(vm.canSubmitProperty().get()).isFalse();
        }

        @Test
        void anAssetThatIsNotFractionableRefusesAFractionalQuantity() {
            services.assets.put("BRK.A", FakeTicketServices.asset("BRK.A", true, false));
            OrderTicketViewModel vm = ticket();
            vm.typeProperty().set(OrderType.MARKET);
            vm.symbolProperty().set("BRK.A");

            vm.qtyProperty().set("0.5");

            assertThat(error(vm, TicketField.QTY)).isEqualTo("BRK.A does not trade in fractions");
        }

        @Test
        void anUnknownSymbolIsSaidOnceTheBrokerAnswered() {
            OrderTicketViewModel vm = ticket();

            vm.symbolProperty().set("ZZZZ");

            assertThat(error(vm, TicketField.SYMBOL)).isEqualTo("Unknown symbol ZZZZ");
        }
    }

    @Nested
    class QuoteStripAndSymbol {

        @Test
        void typingASymbolWatchesIt() {
            OrderTicketViewModel vm = ticket();

            vm.symbolProperty().set("msft");

            assertThat(services.watched).contains("AAPL", "MSFT");
            assertThat(services.watched).doesNotContain("msft");
        }

        @Test
        void tickShowsLastBidAskAndAge() {
            OrderTicketViewModel vm = ticket();

            vm.tick();

            QuoteStrip strip = vm.quote();
            assertThat(strip.lastProperty().get()).isEqualTo("100.00");
            assertThat(strip.bidProperty().get()).isEqualTo("99.95");
            assertThat(strip.askProperty().get()).isEqualTo("100.05");
            assertThat(strip.ageProperty().get()).isEqualTo("0.8 s");

            clock.advance(Duration.ofSeconds(2));
            vm.tick();
            assertThat(strip.ageProperty().get()).isEqualTo("2.8 s");
        }

        @Test
        void aStaleQuoteSaysSo() {
            OrderTicketViewModel vm = ticket();
            services.quote("AAPL", "100.00", "99.95", "100.05", T0.minusSeconds(40), true);

            vm.tick();

            assertThat(vm.quote().ageProperty().get()).isEqualTo("stale");
            assertThat(vm.quote().staleProperty().get()).isTrue();
        }

        @Test
        void estimatedValueUsesTheLimitElseTheLast() {
            OrderTicketViewModel vm = ticket();
            assertThat(vm.estimatedValueProperty().get()).isEqualTo("$1,005.00");

            vm.typeProperty().set(OrderType.MARKET);
            vm.tick();
            assertThat(vm.estimatedValueProperty().get()).isEqualTo("$1,000.00");
        }

        @Test
        void completionOffersKnownSymbolsStartingWithWhatWasTyped() {
            OrderTicketViewModel vm = ticket();

            assertThat(vm.completions("a")).containsExactly("AAPL", "AMZN");
        }

        @Test
        void theSubmitButtonNamesSideAndSymbol() {
            OrderTicketViewModel vm = ticket();
            assertThat(vm.primaryTextProperty().get()).isEqualTo("Buy AAPL");

            vm.sell();
            assertThat(vm.primaryTextProperty().get()).isEqualTo("Sell AAPL");
            assertThat(vm.sideProperty().get()).isEqualTo(Side.SELL);
        }
    }

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
            DeferredWork work = new DeferredWork();
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
            DeferredWork work = new DeferredWork();
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
