package dev.breakwater.ui.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isDisabled;
import static org.testfx.matcher.base.NodeMatchers.isEnabled;
import static org.testfx.matcher.base.NodeMatchers.isInvisible;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.Styles;
import dev.breakwater.domain.OrderType;
import dev.breakwater.domain.TimeInForce;
import dev.breakwater.orders.Ticket;
import dev.breakwater.testing.MutableClock;
import dev.breakwater.ui.SameThreadWork;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.validation.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.TextInputControlMatchers;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TicketViewFxTest {

    private static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");

    private final FakeTicketServices services = new FakeTicketServices();
    private OrderTicketViewModel vm;
    private TicketView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        services.quote("AAPL", "100.00", "99.95", "100.05", T0.minusMillis(800), false);
        vm = new OrderTicketViewModel(services, new SameThreadWork(), new MutableClock(T0));
        view = TicketView.create(vm);
        stage.setScene(new Scene(view.root(), 340, 820));
        stage.show();
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
    }

    /** Types the start of a symbol and picks {@code symbol} from the completion popup, as a trader does. */
    private static void pickSymbol(FxRobot robot, String typed, String symbol) throws TimeoutException {
        robot.clickOn("#symbolField").write(typed);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup(".list-cell").match(hasText(symbol)).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".list-cell").match(hasText(symbol)).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void chooseType(FxRobot robot, String label) {
        robot.clickOn("#typeCombo").clickOn(label);
    }

    @Test
    void priceFieldsFollowTheOrderType(FxRobot robot) {
        verifyThat("#limitField", isEnabled());
        verifyThat("#stopField", isDisabled());
        verifyThat("#trailPriceField", isDisabled());
        verifyThat("#extendedHoursCheck", isEnabled());

        chooseType(robot, "Stop limit");
        verifyThat("#limitField", isEnabled());
        verifyThat("#stopField", isEnabled());
        verifyThat("#extendedHoursCheck", isDisabled());

        chooseType(robot, "Trailing stop");
        verifyThat("#limitField", isDisabled());
        verifyThat("#stopField", isDisabled());
        verifyThat("#trailPriceField", isEnabled());
        verifyThat("#trailPercentField", isEnabled());
        verifyThat("#bracketPane", isDisabled());

        chooseType(robot, "Market");
        verifyThat("#limitField", isDisabled());
        verifyThat("#trailPriceField", isDisabled());
        verifyThat("#bracketPane", isEnabled());
    }

    @Test
    void theTimeInForceComboOffersOnlyValidChoicesAndKeepsAValidOne(FxRobot robot) {
        robot.clickOn("#tifCombo").clickOn("GTC");

        chooseType(robot, "Trailing stop");

        ComboBox<TimeInForce> tif = robot.lookup("#tifCombo").queryComboBox();
        assertThat(tif.getItems()).containsExactly(TimeInForce.DAY, TimeInForce.GTC);
        assertThat(tif.getValue()).isEqualTo(TimeInForce.GTC);
        assertThat(vm.timeInForceProperty().get()).isEqualTo(TimeInForce.GTC);
    }

    @Test
    void invalidInputShowsTheReasonAtTheField(FxRobot robot) {
        verifyThat("#limitError", hasText("Limit price is required for limit orders"));
        verifyThat("#qtyError", isInvisible());

        replaceText(robot, "#qtyField", "ten");

        verifyThat("#qtyError", isVisible());
        verifyThat("#qtyError", hasText("\"ten\" is not a number"));
        TextField qty = robot.lookup("#qtyField").queryAs(TextField.class);
        assertThat(view.validation().getHighestMessage(qty)).map(ValidationMessage::getText)
                .contains("\"ten\" is not a number");
        verifyThat("#submitButton", isDisabled());

        replaceText(robot, "#qtyField", "10");
        verifyThat("#qtyError", isInvisible());
        assertThat(view.validation().getHighestMessage(qty)).isEmpty();
    }

    @Test
    void submitThroughReviewReachesTheService(FxRobot robot) throws TimeoutException {
        pickSymbol(robot, "AA", "AAPL");
        replaceText(robot, "#qtyField", "10");
        replaceText(robot, "#limitField", "100.5");
        verifyThat("#submitButton", hasText("Buy AAPL"));
        verifyThat("#estimatedValueLabel", hasText("$1,005.00"));
        verifyThat("#statePane", isInvisible());

        robot.clickOn("#submitButton");

        verifyThat("#statePane", isVisible());
        verifyThat("#clientOrderIdLabel", hasText("client_order_id bw-test-1"));
        assertThat(robot.lookup("#stateMessage").queryAs(Label.class).getText()).startsWith("Buy 10 AAPL · Limit 100.50");
        verifyThat("#submitButton", hasText("Confirm Buy AAPL"));
        verifyThat("#backButton", isVisible());
        verifyThat("#qtyField", isDisabled());
        assertThat(services.submitted).isEmpty();

        robot.clickOn("#submitButton");

        assertThat(services.submitted).singleElement().extracting(Ticket::clientOrderId).isEqualTo("bw-test-1");
        assertThat(services.submitted.get(0).request().type()).isEqualTo(OrderType.LIMIT);
        verifyThat("#stateMessage", hasText("Accepted — order order-1 (new)"));
        verifyThat("#submitButton", hasText("Submit again"));

        robot.clickOn("#submitButton");
        verifyThat("#stateMessage", hasText("Already placed — order order-1 (new)"));
        assertThat(services.opened).hasSize(1);

        robot.clickOn("#newTicketButton");
        verifyThat("#qtyField", isEnabled());
        verifyThat("#statePane", isInvisible());
    }

    @Test
    void theSymbolFieldCompletesFromKnownSymbols(FxRobot robot) throws TimeoutException {
        pickSymbol(robot, "a", "AMZN");

        verifyThat("#symbolField", TextInputControlMatchers.hasText("AMZN"));
        assertThat(vm.symbolProperty().get()).isEqualTo("AMZN");
        assertThat(services.watched).contains("AMZN");
    }

    @Test
    void theSubmitButtonFollowsTheSide(FxRobot robot) throws TimeoutException {
        pickSymbol(robot, "K", "KO");

        robot.clickOn("#sellToggle");

        Button submit = robot.lookup("#submitButton").queryButton();
        verifyThat("#submitButton", hasText("Sell KO"));
        assertThat(submit.getStyleClass()).contains(Styles.DANGER).doesNotContain(Styles.SUCCESS);

        robot.clickOn("#buyToggle");
        verifyThat("#submitButton", hasText("Buy KO"));
        assertThat(submit.getStyleClass()).contains(Styles.SUCCESS);
    }

    @Test
    void theQuoteStripShowsTheQuoteAfterATick(FxRobot robot) throws TimeoutException {
        pickSymbol(robot, "AA", "AAPL");
        robot.interact(vm::tick);

        verifyThat("#lastLabel", hasText("100.00"));
        verifyThat("#bidLabel", hasText("99.95"));
        verifyThat("#askLabel", hasText("100.05"));
        verifyThat("#ageLabel", hasText("0.8 s"));
    }
}
