package dev.breakwater.sim;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An Alpaca error reply: the HTTP status, Alpaca's numeric {@code code} and {@code message}, plus any
 * extra body fields Alpaca sends with some errors (a 403 for buying power carries {@code buying_power}
 * and {@code cost_basis}). {@link SimWire#error(SimRejection)} writes the body.
 *
 * <p>Thrown as control flow by parsing and by {@link SimExchange}; no stack trace is captured because a
 * rejection is an expected answer, not a fault.
 */
public final class SimRejection extends RuntimeException {

    /** Alpaca's code for failed validation (422) and for a malformed body's cousin. */
    public static final int CODE_INVALID = 40010001;
    /** Alpaca's code for a body that is not valid JSON or not an object (400). */
    public static final int CODE_MALFORMED = 40010000;
    /** Alpaca's code for insufficient buying power or shares (403). */
    public static final int CODE_FORBIDDEN = 40310000;
    /** Alpaca's code for an unknown order (404). */
    public static final int CODE_NOT_FOUND = 40410000;
    /** Alpaca's code for an order in the wrong state for the request (422). */
    public static final int CODE_WRONG_STATE = 42210000;

    private final int httpStatus;
    private final int code;
    private final Map<String, String> details;

    /**
     * A rejection with extra body fields.
     *
     * @param details extra fields for the error body, written as strings after {@code code} and
     *                {@code message}; copied
     */
    public SimRejection(int httpStatus, int code, String message, Map<String, String> details) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.code = code;
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** A rejection whose body is just {@code code} and {@code message}. */
    public SimRejection(int httpStatus, int code, String message) {
        this(httpStatus, code, message, Map.of());
    }

    /** The HTTP status the server must answer with. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Alpaca's numeric error code for the body. */
    public int code() {
        return code;
    }

    /** Extra body fields (possibly empty), in the order they are written. */
    public Map<String, String> details() {
        return details;
    }

    /** 422: a request parameter is missing or invalid; the message names the field. */
    public static SimRejection invalid(String message) {
        return new SimRejection(422, CODE_INVALID, message);
    }

    /** 400: the body is not a JSON object (Alpaca says nothing about which field). */
    public static SimRejection malformedBody() {
        return new SimRejection(400, CODE_MALFORMED, "request body format is invalid");
    }

    /** 422: the client_order_id was used before by this account (at any time, in any state). */
    public static SimRejection duplicateClientOrderId() {
        return new SimRejection(422, CODE_INVALID, "client_order_id must be unique");
    }

    /** 422: the symbol is not a tradable asset. */
    public static SimRejection assetNotFound(String symbol) {
        return new SimRejection(422, CODE_INVALID, "asset " + symbol + " not found");
    }

    /** 422: the asset exists but cannot be traded (inactive or halted). */
    public static SimRejection notTradable(String symbol) {
        return new SimRejection(422, CODE_WRONG_STATE, "asset " + symbol + " is not tradable");
    }

    /** 422: a fractional or notional order for an asset that is not fractionable. */
    public static SimRejection notFractionable(String symbol) {
        return new SimRejection(422, CODE_WRONG_STATE, "asset " + symbol + " is not fractionable");
    }

    /** 404 of the assets endpoint. */
    public static SimRejection assetNotListed() {
        return new SimRejection(404, CODE_NOT_FOUND, "asset not found");
    }

    /** 404 of the market data endpoints. */
    public static SimRejection symbolNotFound() {
        return new SimRejection(404, CODE_NOT_FOUND, "symbol not found");
    }

    /** 422 of the market data endpoints for a symbol that cannot be one. */
    public static SimRejection invalidSymbol(String symbol) {
        return new SimRejection(422, CODE_WRONG_STATE, "invalid symbol: " + symbol);
    }

    /** 403: the order would cost more than the buying power left. */
    public static SimRejection insufficientBuyingPower(BigDecimal buyingPower, BigDecimal cost) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("buying_power", buyingPower.toPlainString());
        details.put("cost_basis", cost.toPlainString());
        return new SimRejection(403, CODE_FORBIDDEN, "insufficient buying power", details);
    }

    /** 403: a sell asks for more shares than are available and the rest cannot be sold short. */
    public static SimRejection insufficientQty(String symbol, BigDecimal requested, BigDecimal available) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("symbol", symbol);
        details.put("requested_qty", requested.toPlainString());
        details.put("available_qty", available.toPlainString());
        return new SimRejection(403, CODE_FORBIDDEN, "insufficient qty available for order (requested: "
                + requested.toPlainString() + ", available: " + available.toPlainString() + ")", details);
    }

    /** 422: cancel of an order that is filled, canceled, expired, replaced or rejected. */
    public static SimRejection notCancelable() {
        return new SimRejection(422, CODE_WRONG_STATE, "order is not cancelable");
    }

    /** 422: replace of an order that is no longer open (the simulator's wording; Alpaca's is undocumented). */
    public static SimRejection notReplaceable() {
        return new SimRejection(422, CODE_WRONG_STATE, "order is not replaceable");
    }

    /**
     * 403: a replace that changes no order parameter. Body as observed from Alpaca in
     * alpacahq/alpaca-trade-api-js#123.
     */
    public static SimRejection parametersNotChanged() {
        return new SimRejection(403, CODE_FORBIDDEN, "order parameters are not changed");
    }

    /** 404: no order with that id (or client_order_id) exists for this account. */
    public static SimRejection orderNotFound() {
        return new SimRejection(404, CODE_NOT_FOUND, "order not found");
    }
}
