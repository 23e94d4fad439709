package dev.breakwater.domain;

import java.math.BigDecimal;

/** The stop-loss leg of a bracket or OCO/OTO order; a limit price makes it a stop-limit leg. */
public record StopLoss(BigDecimal stopPrice, BigDecimal limitPrice) {
}
