/**
 * The order ticket screen: {@link dev.breakwater.ui.ticket.OrderTicketViewModel} (inputs, per-field
 * reasons, quote strip, and the submit flow of {@link dev.breakwater.ui.ticket.TicketState}) and its thin
 * FXML view {@link dev.breakwater.ui.ticket.TicketView}.
 *
 * <p>May depend on: JavaFX beans and collections (the view model), JavaFX controls, ControlsFX and
 * AtlantaFX (the view only), {@code dev.breakwater.domain} for every order rule
 * ({@link dev.breakwater.domain.OrderValidator}, {@link dev.breakwater.domain.AssetRules},
 * {@link dev.breakwater.domain.Precautions}), and the value types of {@code orders}, {@code journal} and
 * {@code quotes} that {@link dev.breakwater.ui.ticket.TicketServices} speaks in.
 *
 * <p>Must not: restate an order rule (ask the domain), mint a client_order_id (only
 * {@link dev.breakwater.ui.ticket.TicketServices#open} does), call a blocking service method off
 * {@link dev.breakwater.ui.BackgroundWork}, or import {@code sim}, {@code broker.alpaca}, OkHttp or H2.
 */
package dev.breakwater.ui.ticket;
