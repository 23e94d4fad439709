package dev.breakwater.ui.blotter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breakwater.domain.OrderStatus;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.ReplaceRequest;
import dev.breakwater.domain.Side;
import dev.breakwater.domain.TimeInForce;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReplaceFormTest {

    @Test
    void prefilledFromTheOrderAndInvalidUntilSomethingChanges() {
        ReplaceForm form = new ReplaceForm(BlotterOrders.limitBuy("a", "AAPL", OrderStatus.NEW, 0, 0));

        assertThat(form.qtyProperty().get()).isEqualTo("10");
        assertThat(form.limitPriceProperty().get()).isEqualTo("60.00");
        assertThat(form.timeInForceProperty().get()).isEqualTo(TimeInForce.DAY);
        assertThat(form.limitEditable()).isTrue();
        assertThat(form.stopEditable()).isFalse();
        assertThat(form.trailEditable()).isFalse();
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.problemsProperty().get()).startsWith("a replace must change at least one");
        assertThat(form.request()).isNull();
    }

    @Test
    void onlyChangedFieldsGoIntoTheRequest() {
        ReplaceForm form = new ReplaceForm(BlotterOrders.limitBuy("a", "AAPL", OrderStatus.NEW, 0, 0));

        form.limitPriceProperty().set("61.25");
        form.timeInForceProperty().set(TimeInForce.GTC);

        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.problemsProperty().get()).isEmpty();
        assertThat(form.request()).isEqualTo(new ReplaceRequest(null, TimeInForce.GTC, new BigDecimal("61.25"), null, null, null));
    }

    @Test
    void wrongInputIsExplained() {
        ReplaceForm form = new ReplaceForm(BlotterOrders.limitBuy("a", "AAPL", OrderStatus.PARTIALLY_FILLED, 0, 0));

        form.limitPriceProperty().set("6o");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.problemsProperty().get()).contains("limit price is not a number: 6o");

        form.limitPriceProperty().set("60.00");
        form.qtyProperty().set("3");
        assertThat(form.problemsProperty().get()).isEqualTo("qty must be more than the 4 already filled");

        form.qtyProperty().set("2.5");
        assertThat(form.problemsProperty().get()).contains("a replace takes whole shares only");

        form.qtyProperty().set("12");
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void aTrailingStopEditsItsTrailOnly() {
        ReplaceForm form = new ReplaceForm(BlotterOrders.order("t", "SPY", Side.SELL, OrderType.TRAILING_STOP,
                OrderStatus.NEW, "0", 0, 0));

        assertThat(form.trailEditable()).isTrue();
        assertThat(form.limitEditable()).isFalse();
        assertThat(form.trailUnit()).isEqualTo("$");
        assertThat(form.trailProperty().get()).isEqualTo("1.50");

        form.trailProperty().set("2");
        form.limitPriceProperty().set("99"); // not editable for this type: ignored

        assertThat(form.request()).isEqualTo(new ReplaceRequest(null, null, null, null, new BigDecimal("2"), null));
    }
}
