package dev.breakwater.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.Styles;
import dev.breakwater.domain.Account;
import dev.breakwater.domain.Position;
import dev.breakwater.domain.PositionSide;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real FXML account screen, plus a separate summary strip as the shell's top bar would hold it. */
@ExtendWith(ApplicationExtension.class)
class AccountViewFxTest {

    private final SimpleObjectProperty<Account> account = new SimpleObjectProperty<>();
    private final ObservableList<Position> positions = FXCollections.observableArrayList();
    private AccountView view;
    private AccountSummaryView topBar;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        account.set(AccountViewModelTest.account("101000", "100000", false, false));
        positions.setAll(position("AAPL", "250.5", "0.05"), position("KO", "-40", "-0.02"));
        AccountViewModel vm = new AccountViewModel(account, positions);
        view = AccountView.create(vm);
        topBar = AccountSummaryView.create(vm);
        stage.setScene(new Scene(new VBox(topBar.root(), view.root()), 1200, 400));
        stage.show();
    }

    static Position position(String symbol, String unrealizedPl, String changeToday) {
        return new Position("asset-" + symbol, symbol, "NASDAQ", "us_equity", new BigDecimal("100"), BigDecimal.TEN,
                BigDecimal.TEN, PositionSide.LONG, new BigDecimal("1000"), new BigDecimal("1000"),
                new BigDecimal(unrealizedPl), new BigDecimal(unrealizedPl).divide(new BigDecimal("1000")),
                BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal("99"), new BigDecimal(changeToday));
    }

    private TableCell<?, ?> cell(FxRobot robot, String column, String symbol) throws Exception {
        TableView<?> table = robot.from(view.root()).lookup("#positionsTable").queryAs(TableView.class);
        return WaitForAsyncUtils.asyncFx(() -> {
            int index = table.getItems().stream().map(item -> ((Position) item).symbol()).toList().indexOf(symbol);
            return table.lookupAll(".table-cell").stream()
                    .map(node -> (TableCell<?, ?>) node)
                    .filter(cell -> cell.getTableColumn() != null
                            && ("positionsTable-" + column).equals(cell.getTableColumn().getId())
                            && cell.getIndex() == index)
                    .findFirst().orElseThrow();
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void profitAndLossCellsAreGreenOrRedAndFollowAReplacedPosition(FxRobot robot) throws Exception {
        TableCell<?, ?> aapl = cell(robot, "unrealizedPl", "AAPL");
        TableCell<?, ?> ko = cell(robot, "unrealizedPl", "KO");
        assertThat(aapl.getText()).isEqualTo("+250.50");
        assertThat(aapl.getStyleClass()).contains(Styles.SUCCESS).doesNotContain(Styles.DANGER);
        assertThat(ko.getText()).isEqualTo("-40.00");
        assertThat(ko.getStyleClass()).contains(Styles.DANGER).doesNotContain(Styles.SUCCESS);
        assertThat(cell(robot, "changeToday", "KO").getText()).isEqualTo("-2.00%");
        assertThat(cell(robot, "unrealizedPlpc", "AAPL").getStyleClass()).contains(Styles.SUCCESS);

        WaitForAsyncUtils.asyncFx(() -> positions.set(0, position("AAPL", "-12", "-0.01"))).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        TableCell<?, ?> after = cell(robot, "unrealizedPl", "AAPL");
        assertThat(after.getText()).isEqualTo("-12.00");
        assertThat(after.getStyleClass()).contains(Styles.DANGER).doesNotContain(Styles.SUCCESS);
    }

    @Test
    void summaryShowsBalancesAndColoursTheDaysPl(FxRobot robot) throws Exception {
        Label dayPl = robot.from(view.root()).lookup("#dayPlValue").queryAs(Label.class);
        assertThat(robot.from(view.root()).lookup("#equityValue").queryAs(Label.class).getText()).isEqualTo("101,000.00");
        assertThat(dayPl.getText()).isEqualTo("+1,000.00 (+1.00%)");
        assertThat(dayPl.getStyleClass()).contains(Styles.SUCCESS);
        Node warning = robot.from(view.root()).lookup("#accountWarning").query();
        assertThat(warning.isVisible()).isFalse();

        WaitForAsyncUtils.asyncFx(() -> account.set(AccountViewModelTest.account("99000", "100000", true, false)))
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dayPl.getText()).isEqualTo("-1,000.00 (-1.00%)");
        assertThat(dayPl.getStyleClass()).contains(Styles.DANGER).doesNotContain(Styles.SUCCESS);
        assertThat(warning.isVisible()).isTrue();
        Label topBarPl = robot.from(topBar.root()).lookup("#dayPlValue").queryAs(Label.class);
        assertThat(topBarPl.getText()).isEqualTo("-1,000.00 (-1.00%)");
        assertThat(topBarPl.getStyleClass()).contains(Styles.DANGER);
    }
}
