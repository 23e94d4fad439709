package dev.breakwater.ui.journal;

import static dev.breakwater.ui.journal.FakeJournalBrowser.intent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.Styles;
import dev.breakwater.journal.Intent;
import dev.breakwater.journal.IntentState;
import dev.breakwater.ui.SameThreadWork;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class JournalViewFxTest {

    private final FakeJournalBrowser browser = new FakeJournalBrowser();
    private JournalViewModel vm;

    private final Intent accepted = intent("bw-accepted", IntentState.ACCEPTED, 1);
    private final Intent unknown = intent("bw-unknown", IntentState.UNKNOWN, 2);
    private final Intent sending = intent("bw-sending", IntentState.SENDING, 3);

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        browser.put(sending, unknown, accepted);
        vm = new JournalViewModel(browser, new SameThreadWork());
        vm.refresh();
        stage.setScene(new Scene(JournalView.create(vm).root(), 1200, 500));
        stage.show();
    }

    private Set<String> rowClasses(FxRobot robot, String clientOrderId) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".table-row-cell").queryAll().stream()
                .map(node -> (TableRow<?>) node)
                .filter(row -> row.getItem() instanceof Intent intent && intent.clientOrderId().equals(clientOrderId))
                .findFirst().map(Node::getStyleClass).map(Set::copyOf).orElse(Set.of()))
                .get(5, TimeUnit.SECONDS);
    }

    @Test
    void unknownRowsAreRedSendingAmberAndResolveNowIsProminent(FxRobot robot) throws Exception {
        assertThat(rowClasses(robot, "bw-unknown")).contains(JournalView.UNKNOWN_ROW, Styles.DANGER);
        assertThat(rowClasses(robot, "bw-sending")).contains(JournalView.SENDING_ROW, Styles.WARNING);
        assertThat(rowClasses(robot, "bw-accepted")).isNotEmpty()
                .doesNotContain(JournalView.UNKNOWN_ROW, JournalView.SENDING_ROW, Styles.DANGER, Styles.WARNING);
        assertThat(robot.lookup("#resolveNow").queryButton().getStyleClass()).contains(Styles.DANGER);
        verifyThat("#attention", hasText("1 unknown, 1 sending"));
        verifyThat("#journalLocation", hasText("Journal: /tmp/journal (test)"));
    }

    @Test
    void resolveNowCallsTheBrowserAndTheRowsFollow(FxRobot robot) throws Exception {
        browser.resolvesTo = IntentState.ACCEPTED;

        robot.clickOn("#resolveNow");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(browser.resolveCalls).hasValue(1);
        verifyThat("#journalMessage", hasText("Reconciled: 2 accepted, 1 not sent, 0 adopted, 0 still open"));
        assertThat(rowClasses(robot, "bw-unknown")).doesNotContain(JournalView.UNKNOWN_ROW, Styles.DANGER);
        assertThat(robot.lookup("#resolveNow").queryButton().getStyleClass()).doesNotContain(Styles.DANGER);
    }

    @Test
    void theFilterNarrowsTheTable(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> vm.filterProperty().set(JournalFilter.of(IntentState.UNKNOWN)))
                .get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        Set<String> shown = WaitForAsyncUtils.asyncFx(() -> robot.lookup(".table-row-cell").queryAll().stream()
                .map(node -> ((TableRow<?>) node).getItem()).filter(Intent.class::isInstance)
                .map(item -> ((Intent) item).clientOrderId()).collect(Collectors.toSet())).get(5, TimeUnit.SECONDS);
        assertThat(shown).containsExactly("bw-unknown");
    }
}
