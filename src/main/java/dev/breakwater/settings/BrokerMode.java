package dev.breakwater.settings;

/** Which broker the console trades with. */
public enum BrokerMode {
    /** The embedded simulated broker on loopback: no keys, no money. */
    SIM,
    /** Alpaca's paper-trading API. */
    PAPER,
    /** Alpaca's live API: real money, confirmed by typing the account number. */
    LIVE
}
