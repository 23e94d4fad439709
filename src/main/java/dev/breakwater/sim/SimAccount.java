package dev.breakwater.sim;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A snapshot of the {@code GET /v2/account} reply. Money fields are rounded to cents and the derived ones
 * are computed from the rounded parts, so a client adding them up gets exactly the totals shown. How the
 * totals are derived is documented on {@link SimExchange#account()}.
 */
public record SimAccount(
        String id,
        String accountNumber,
        String status,
        String cryptoStatus,
        String currency,
        BigDecimal cash,
        BigDecimal portfolioValue,
        BigDecimal equity,
        BigDecimal lastEquity,
        BigDecimal longMarketValue,
        BigDecimal shortMarketValue,
        BigDecimal buyingPower,
        BigDecimal regtBuyingPower,
        BigDecimal daytradingBuyingPower,
        BigDecimal nonMarginableBuyingPower,
        BigDecimal multiplier,
        BigDecimal initialMargin,
        BigDecimal maintenanceMargin,
        BigDecimal lastMaintenanceMargin,
        BigDecimal sma,
        BigDecimal accruedFees,
        BigDecimal pendingTransferIn,
        BigDecimal pendingTransferOut,
        boolean patternDayTrader,
        boolean tradeSuspendedByUser,
        boolean tradingBlocked,
        boolean transfersBlocked,
        boolean accountBlocked,
        boolean shortingEnabled,
        int daytradeCount,
        Instant createdAt,
        LocalDate balanceAsof) {
}
