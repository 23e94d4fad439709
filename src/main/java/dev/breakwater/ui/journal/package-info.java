/**
 * The journal screen: order intents and their states, UNKNOWN ones highlighted with "Resolve now", and the
 * audit trail as CSV. {@link dev.breakwater.ui.journal.JournalViewModel} reads through the
 * {@link dev.breakwater.ui.journal.JournalBrowser} port, always in the background; the app adapts the
 * journal and the reconciler to it.
 *
 * <p>May depend on: JavaFX, AtlantaFX, {@code dev.breakwater.ui}, the journal's and orders' value types
 * ({@code Intent}, {@code IntentState}, {@code JournalEvent}, {@code ReconcileReport}) and
 * {@code dev.breakwater.domain}. Must not open the journal or call the reconciler itself, nor import H2.
 */
package dev.breakwater.ui.journal;
