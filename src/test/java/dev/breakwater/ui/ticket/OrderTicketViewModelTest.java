package dev.breakwater.ui.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ticket's fields: what the type enables, the reasons at each field, the quote strip. */
class OrderTicketViewModelTest extends TicketFixture {

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
}
