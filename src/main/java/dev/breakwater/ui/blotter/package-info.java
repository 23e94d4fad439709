/**
 * The orders blotter: Working / Filled / All tabs over the live rows, a filter, cancel, replace,
 * cancel-all and CSV export.
 *
 * <p>{@link dev.breakwater.ui.blotter.BlotterViewModel} (with {@link
 * dev.breakwater.ui.blotter.ReplaceForm}, {@link dev.breakwater.ui.blotter.BlotterCsv} and {@link
 * dev.breakwater.ui.blotter.Formats}) uses {@code javafx.beans} and {@code javafx.collections} only, so it
 * is tested without the toolkit; {@link dev.breakwater.ui.blotter.BlotterView}, {@code OrderTable},
 * {@code ShownTableSkin}, {@code StatusStyles} and {@link dev.breakwater.ui.blotter.ReplaceDialog} are the
 * controls.
 *
 * <p>May depend on: {@code dev.breakwater.ui} ({@code OrderRow}, {@code BackgroundWork}), {@code domain},
 * the {@code broker} port, JavaFX and AtlantaFX. Must not: call the broker or write files except through
 * {@code BackgroundWork}, copy or rebuild the feed's rows (views filter and sort them in place), or import
 * {@code sim}, {@code broker.alpaca}, OkHttp or H2.
 */
package dev.breakwater.ui.blotter;
