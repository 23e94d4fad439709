package dev.breakwater.quotes;

import java.util.List;

/**
 * Told after a poll tick which watched symbols changed: new prices or quote time, or a flip between fresh
 * and stale. Called on the service's scheduler thread, never while the service holds its lock; a screen
 * hands the views over to its own thread.
 */
@FunctionalInterface
public interface QuoteListener {

    /** The views that changed in this tick, in symbol order; never empty. */
    void onQuotes(List<QuoteView> changed);
}
