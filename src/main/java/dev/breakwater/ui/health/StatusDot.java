package dev.breakwater.ui.health;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One dot of the top bar's health strip: a short name, a colour and a tooltip with the detail. */
public final class StatusDot {

    private final String id;
    private final String name;
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(this, "tone", Tone.MUTED);
    private final ReadOnlyStringWrapper tooltip = new ReadOnlyStringWrapper(this, "tooltip", "");

    StatusDot(String id, String name) {
        this.id = id;
        this.name = name;
    }

    void show(Tone value, String detail) {
        tone.set(value);
        tooltip.set(detail);
    }

    /** Stable key for fx:ids: {@code orders}, {@code reads}, {@code stream}, {@code live}. */
    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tooltipProperty() {
        return tooltip.getReadOnlyProperty();
    }
}
