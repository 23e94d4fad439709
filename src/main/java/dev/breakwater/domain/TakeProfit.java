package dev.breakwater.domain;

import java.math.BigDecimal;

/** The take-profit leg of a bracket or OCO/OTO order. */
public record TakeProfit(BigDecimal limitPrice) {
}
