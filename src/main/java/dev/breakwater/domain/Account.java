package dev.breakwater.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The trading account's balances, buying power and flags, as {@code GET /v2/account} reports them. */
public record Account(
        String id,
        String accountNumber,
        String status,
        String currency,
        BigDecimal cash,
        BigDecimal portfolioValue,
        BigDecimal equity,
        BigDecimal lastEquity,
        BigDecimal longMarketValue,
        BigDecimal shortMarketValue,
        BigDecimal buyingPower,
        BigDecimal nonMarginableBuyingPower,
        BigDecimal daytradingBuyingPower,
        BigDecimal regtBuyingPower,
        BigDecimal multiplier,
        BigDecimal initialMargin,
        BigDecimal maintenanceMargin,
        BigDecimal lastMaintenanceMargin,
        BigDecimal sma,
        BigDecimal accruedFees,
        boolean patternDayTrader,
        boolean tradingBlocked,
        boolean transfersBlocked,
        boolean accountBlocked,
        boolean tradeSuspendedByUser,
        boolean shortingEnabled,
        int daytradeCount,
        OffsetDateTime createdAt) {
}
