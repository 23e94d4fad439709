package dev.breakwater.domain;

/** One reason an order request is refused, with the request field it belongs to (snake_case, as Alpaca names it). */
public record Violation(String field, String message) {
}
