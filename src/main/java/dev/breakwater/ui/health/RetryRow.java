package dev.breakwater.ui.health;

import dev.breakwater.broker.Endpoint;
import dev.breakwater.resilience.HealthSnapshot;
import java.util.Map;
import java.util.SortedMap;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.ObservableList;

/**
 * One REST endpoint's line in the retry table: attempts by number (1, 2, 3, 4 and later together) and
 * the four outcome kinds of its logical calls. Updated in place on each tick, so a sorted table keeps
 * its selection.
 */
public final class RetryRow {

    private final Endpoint endpoint;
    private final ReadOnlyLongWrapper firstAttempts = new ReadOnlyLongWrapper(this, "firstAttempts");
    private final ReadOnlyLongWrapper secondAttempts = new ReadOnlyLongWrapper(this, "secondAttempts");
    private final ReadOnlyLongWrapper thirdAttempts = new ReadOnlyLongWrapper(this, "thirdAttempts");
    private final ReadOnlyLongWrapper laterAttempts = new ReadOnlyLongWrapper(this, "laterAttempts");
    private final ReadOnlyLongWrapper successfulWithoutRetry = new ReadOnlyLongWrapper(this, "successfulWithoutRetry");
    private final ReadOnlyLongWrapper successfulWithRetry = new ReadOnlyLongWrapper(this, "successfulWithRetry");
    private final ReadOnlyLongWrapper failedWithRetry = new ReadOnlyLongWrapper(this, "failedWithRetry");
    private final ReadOnlyLongWrapper failedWithoutRetry = new ReadOnlyLongWrapper(this, "failedWithoutRetry");

    RetryRow(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    void update(HealthSnapshot.Retries retries) {
        SortedMap<Integer, Long> attempts = retries.attemptsByNumber();
        firstAttempts.set(attempts.getOrDefault(1, 0L));
        secondAttempts.set(attempts.getOrDefault(2, 0L));
        thirdAttempts.set(attempts.getOrDefault(3, 0L));
        laterAttempts.set(attempts.tailMap(4).values().stream().mapToLong(Long::longValue).sum());
        successfulWithoutRetry.set(retries.successfulWithoutRetry());
        successfulWithRetry.set(retries.successfulWithRetry());
        failedWithRetry.set(retries.failedWithRetry());
        failedWithoutRetry.set(retries.failedWithoutRetry());
    }

    /** Whether the endpoint has anything to show: a call finished or an attempt was made. */
    static boolean hasCalls(HealthSnapshot.Retries retries) {
        return retries.calls() > 0 || retries.attemptsByNumber().values().stream().anyMatch(count -> count > 0);
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    /** The metric tag, e.g. {@code place_order}. */
    public String name() {
        return endpoint.tag();
    }

    public String groupName() {
        return endpoint.group().breakerName();
    }

    public ReadOnlyLongProperty firstAttemptsProperty() {
        return firstAttempts.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty secondAttemptsProperty() {
        return secondAttempts.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty thirdAttemptsProperty() {
        return thirdAttempts.getReadOnlyProperty();
    }

    /** Attempts number 4 and later, together. */
    public ReadOnlyLongProperty laterAttemptsProperty() {
        return laterAttempts.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty successfulWithoutRetryProperty() {
        return successfulWithoutRetry.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty successfulWithRetryProperty() {
        return successfulWithRetry.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty failedWithRetryProperty() {
        return failedWithRetry.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty failedWithoutRetryProperty() {
        return failedWithoutRetry.getReadOnlyProperty();
    }

    /** The rows for {@code retries}, in endpoint order, reusing {@code rows}' objects (see the class comment). */
    static void sync(ObservableList<RetryRow> rows, Map<Endpoint, HealthSnapshot.Retries> retries) {
        int index = 0;
        for (Endpoint endpoint : Endpoint.values()) {
            HealthSnapshot.Retries record = retries.get(endpoint);
            if (record == null || !hasCalls(record)) {
                continue;
            }
            RetryRow row = index < rows.size() && rows.get(index).endpoint == endpoint ? rows.get(index) : null;
            if (row == null) {
                row = new RetryRow(endpoint);
                rows.add(index, row);
            }
            row.update(record);
            index++;
        }
    }
}
