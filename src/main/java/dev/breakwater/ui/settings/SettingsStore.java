package dev.breakwater.ui.settings;

import dev.breakwater.settings.ConsoleSettings;
import java.io.IOException;

/** Where saved settings go (the app: {@code SettingsFile.save(file, settings)}). Blocking: called in the background. */
@FunctionalInterface
public interface SettingsStore {

    void save(ConsoleSettings settings) throws IOException;
}
