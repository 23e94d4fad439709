package dev.breakwater.ui.main;

import dev.breakwater.ui.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.NotificationPane;

/**
 * The working area of the main window: the ticket on the left, the blotter above the lower tabs, and the
 * order-channel banner over them. The start-up overlay hides it until trading starts, so {@link MainView}
 * builds it only then and the window shows sooner.
 */
final class MainWorkspace {

    @FXML private NotificationPane banner;
    @FXML private StackPane ticketSlot;
    @FXML private StackPane blotterSlot;
    @FXML private TabPane lowerTabs;

    private MainWorkspace() {
    }

    static MainWorkspace create() {
        MainWorkspace workspace = new MainWorkspace();
        Fxml.load(workspace);
        return workspace;
    }

    NotificationPane root() {
        return banner;
    }

    void setTicket(Node ticket) {
        ticketSlot.getChildren().setAll(ticket);
    }

    void setBlotter(Node blotter) {
        blotterSlot.getChildren().setAll(blotter);
    }

    Tab addTab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        lowerTabs.getTabs().add(tab);
        return tab;
    }

    void selectTab(String id) {
        lowerTabs.getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst()
                .ifPresent(tab -> lowerTabs.getSelectionModel().select(tab));
    }

    TabPane lowerTabs() {
        return lowerTabs;
    }

    NotificationPane banner() {
        return banner;
    }
}
