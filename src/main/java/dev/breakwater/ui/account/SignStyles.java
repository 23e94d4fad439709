package dev.breakwater.ui.account;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.ObservableList;

/** Green for a gain, red for a loss, the theme's plain colour for flat: AtlantaFX classes on one node. */
final class SignStyles {

    private static final List<String> ALL = List.of(Styles.SUCCESS, Styles.DANGER);

    private SignStyles() {
    }

    static void apply(ObservableList<String> styleClass, int sign) {
        styleClass.removeAll(ALL);
        if (sign > 0) {
            styleClass.add(Styles.SUCCESS);
        } else if (sign < 0) {
            styleClass.add(Styles.DANGER);
        }
    }
}
