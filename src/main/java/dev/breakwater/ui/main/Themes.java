package dev.breakwater.ui.main;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * AtlantaFX's Primer themes, dark by default, plus the console's own stylesheet. That stylesheet also
 * bridges ControlsFX, whose CSS reads Modena's variables that AtlantaFX does not define (mkpaz/atlantafx#8).
 */
public final class Themes {

    static final String CONSOLE_CSS = Themes.class.getResource("breakwater.css").toExternalForm();

    private Themes() {
    }

    /** Switches the whole application; call on the FX thread. */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Adds the console stylesheet to a scene (main window and dialogs). */
    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(CONSOLE_CSS)) {
            scene.getStylesheets().add(CONSOLE_CSS);
        }
    }
}
