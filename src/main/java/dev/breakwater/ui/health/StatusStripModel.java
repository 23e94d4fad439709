package dev.breakwater.ui.health;

import dev.breakwater.broker.EndpointGroup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The compact health strip for the window's top bar: one dot per breaker (orders, reads, stream) and one
 * for the live trade stream, so order- and data-channel trouble are told apart at a glance.
 */
public final class StatusStripModel {

    private final Map<EndpointGroup, StatusDot> breakerDots = new EnumMap<>(EndpointGroup.class);
    private final StatusDot live = new StatusDot("live", "Live");
    private final List<StatusDot> dots;

    StatusStripModel() {
        List<StatusDot> all = new ArrayList<>();
        for (EndpointGroup group : EndpointGroup.values()) {
            StatusDot dot = new StatusDot(group.breakerName(), HealthFormat.title(group));
            breakerDots.put(group, dot);
            all.add(dot);
        }
        all.add(live);
        dots = Collections.unmodifiableList(all);
    }

    void showBreaker(BreakerTileModel tile) {
        Tone tone = tile.stateToneProperty().get();
        breakerDots.get(tile.group()).show(tone == Tone.FORCED ? Tone.DANGER : tone,
                tile.title() + " breaker " + tile.stateTextProperty().get()
                        + (tile.stateSinceTextProperty().get().isEmpty() ? "" : " " + tile.stateSinceTextProperty().get())
                        + "\nfailures " + tile.failureRateTextProperty().get()
                        + ", slow " + tile.slowCallRateTextProperty().get()
                        + "\np99 " + tile.p99Property().get());
    }

    void showStream(StreamModel stream) {
        if (stream.stateProperty().get() == null) {
            live.show(Tone.MUTED, "Trade stream not started");
            return;
        }
        String attempt = stream.attemptTextProperty().get();
        String next = stream.nextTryTextProperty().get();
        live.show(stream.toneProperty().get(), "Trade stream " + stream.stateTextProperty().get()
                + (attempt.isEmpty() ? "" : ", " + attempt) + (next.isEmpty() ? "" : ", " + next)
                + "\nlast message " + stream.lastMessageAgeTextProperty().get()
                + (stream.staleProperty().get() ? " (stale)" : ""));
    }

    /** Orders, Reads, Stream (breakers), then Live (the trade stream's connection). */
    public List<StatusDot> dots() {
        return dots;
    }

    public StatusDot breaker(EndpointGroup group) {
        return breakerDots.get(group);
    }

    public StatusDot live() {
        return live;
    }
}
