package dev.breakwater.app;

import dev.breakwater.ui.main.MainView;
import dev.breakwater.ui.main.MainViewModel;
import dev.breakwater.ui.main.Themes;
import javafx.scene.Scene;

/**
 * What the console's window holds before anything is known about the broker: the main view in its styled
 * scene. Nothing in it depends on the command line, so {@link Main} has it built on the FX thread while
 * the main thread still parses the command line; {@link ConsoleWindow} puts it on the stage.
 */
final class ConsoleFrame {

    final MainViewModel model = new MainViewModel();
    final MainView main;
    final Scene scene;

    /** Call on the FX thread. */
    ConsoleFrame() {
        // Before the first control exists: a control's class sets up Modena when no stylesheet is set yet,
        // and loading Modena only to replace it costs a noticeable part of start-up.
        Themes.apply(model.darkThemeProperty().get());
        model.darkThemeProperty().addListener((obs, was, dark) -> Themes.apply(dark));
        main = MainView.create(model);
        scene = new Scene(main.root(), 1440, 900);
        Themes.style(scene);
    }
}
