package dev.breakwater.ui.ticket;

/** How the ticket sizes the order: a number of shares, or a dollar amount (Alpaca's notional). */
public enum Sizing {
    SHARES,
    NOTIONAL
}
