package dev.breakwater.ui.health;

import dev.breakwater.broker.RateLimitStatus;
import dev.breakwater.resilience.HealthSnapshot;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Rate-limit headroom: the broker's quota as its last reply announced it, and our own limiter's permits.
 * Headroom is a share from 0 to 1 for a progress bar (never negative: ProgressBar reads a negative value
 * as "indeterminate").
 */
public final class RateLimitModel {

    /** {@code RateLimitSettings.perMinute(0)} hands out this many permits: the local limit is off. */
    private static final int LOCAL_LIMIT_OFF = Integer.MAX_VALUE / 2;

    private final ZoneId zone;
    private final ReadOnlyBooleanWrapper brokerKnown = new ReadOnlyBooleanWrapper(this, "brokerKnown");
    private final ReadOnlyStringWrapper brokerText = new ReadOnlyStringWrapper(this, "brokerText", "broker quota not seen yet");
    private final ReadOnlyDoubleWrapper brokerHeadroom = new ReadOnlyDoubleWrapper(this, "brokerHeadroom");
    private final ReadOnlyStringWrapper brokerPercent = new ReadOnlyStringWrapper(this, "brokerPercent", HealthFormat.NOT_AVAILABLE);
    private final ReadOnlyObjectWrapper<Tone> brokerTone = new ReadOnlyObjectWrapper<>(this, "brokerTone", Tone.MUTED);
    private final ReadOnlyStringWrapper localText = new ReadOnlyStringWrapper(this, "localText", "");
    private final ReadOnlyDoubleWrapper localHeadroom = new ReadOnlyDoubleWrapper(this, "localHeadroom");
    private final ReadOnlyStringWrapper localPercent = new ReadOnlyStringWrapper(this, "localPercent", HealthFormat.NOT_AVAILABLE);
    private final ReadOnlyObjectWrapper<Tone> localTone = new ReadOnlyObjectWrapper<>(this, "localTone", Tone.MUTED);

    RateLimitModel(ZoneId zone) {
        this.zone = zone;
    }

    void update(HealthSnapshot.RateLimit limit) {
        if (limit == null) {
            return;
        }
        showBroker(limit.broker() == null ? Optional.empty() : limit.broker());
        showLocal(limit.localAvailablePermissions(), limit.localPermitsPerPeriod(), limit.localPeriod());
    }

    private void showBroker(Optional<RateLimitStatus> broker) {
        brokerKnown.set(broker.isPresent() && broker.get().limit() > 0);
        if (!brokerKnown.get()) {
            brokerText.set("broker quota not seen yet");
            brokerHeadroom.set(0);
            brokerPercent.set(HealthFormat.NOT_AVAILABLE);
            brokerTone.set(Tone.MUTED);
            return;
        }
        RateLimitStatus status = broker.get();
        double share = clamp((double) status.remaining() / status.limit());
        brokerHeadroom.set(share);
        brokerPercent.set(Math.round(share * 100) + " %");
        brokerTone.set(Tone.ofHeadroom(share));
        brokerText.set(status.remaining() + " of " + status.limit() + " left"
                + (status.reset() == null ? "" : ", resets " + HealthFormat.time(status.reset(), zone)));
    }

    private void showLocal(int available, int perPeriod, Duration period) {
        if (perPeriod >= LOCAL_LIMIT_OFF || perPeriod <= 0) {
            localText.set("local limit off");
            localHeadroom.set(1);
            localPercent.set("100 %");
            localTone.set(Tone.MUTED);
            return;
        }
        double share = clamp((double) available / perPeriod);
        localHeadroom.set(share);
        localPercent.set(Math.round(share * 100) + " %");
        localTone.set(Tone.ofHeadroom(share));
        String every = period == null ? "" : " per " + HealthFormat.span(period);
        // Negative while calls have reserved permits of the coming periods: they are queued, not refused.
        localText.set(Math.max(0, available) + " of " + perPeriod + " permits" + every
                + (available < 0 ? " (" + -available + " calls waiting)" : ""));
    }

    private static double clamp(double share) {
        return Math.max(0, Math.min(1, share));
    }

    /** False until a broker reply carried {@code X-RateLimit-*} headers. */
    public ReadOnlyBooleanProperty brokerKnownProperty() {
        return brokerKnown.getReadOnlyProperty();
    }

    /** "183 of 200 left, resets 14:03:05". */
    public ReadOnlyStringProperty brokerTextProperty() {
        return brokerText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty brokerHeadroomProperty() {
        return brokerHeadroom.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty brokerPercentProperty() {
        return brokerPercent.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> brokerToneProperty() {
        return brokerTone.getReadOnlyProperty();
    }

    /** "27 of 30 permits per 10 s". */
    public ReadOnlyStringProperty localTextProperty() {
        return localText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty localHeadroomProperty() {
        return localHeadroom.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty localPercentProperty() {
        return localPercent.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> localToneProperty() {
        return localTone.getReadOnlyProperty();
    }
}
