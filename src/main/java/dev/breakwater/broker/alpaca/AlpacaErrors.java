package dev.breakwater.broker.alpaca;

import com.fasterxml.jackson.databind.JsonNode;
import dev.breakwater.broker.BadRequestException;
import dev.breakwater.broker.BrokerException;
import dev.breakwater.broker.DuplicateClientOrderIdException;
import dev.breakwater.broker.Endpoint;
import dev.breakwater.broker.ForbiddenException;
import dev.breakwater.broker.MalformedReplyException;
import dev.breakwater.broker.NotFoundException;
import dev.breakwater.broker.RateLimitStatus;
import dev.breakwater.broker.RateLimitedException;
import dev.breakwater.broker.ServerErrorException;
import dev.breakwater.broker.UnauthorizedException;
import dev.breakwater.broker.UnprocessableException;
import java.util.Locale;

/** Turns a non-2xx reply into the typed {@link BrokerException} the port promises. */
final class AlpacaErrors {

    /** Alpaca's duplicate message; matched on the text because the numeric code varies (40010001, 42210000). */
    static final String DUPLICATE_CLIENT_ORDER_ID = "client_order_id must be unique";

    private static final int MAX_MESSAGE_LENGTH = 500;

    private AlpacaErrors() {
    }

    /** Alpaca's error body, read defensively: either part may be missing. */
    record ErrorBody(Integer code, String message) {
        static final ErrorBody NONE = new ErrorBody(null, null);
    }

    /**
     * The exception for a reply with a non-2xx {@code status}.
     *
     * @param rateLimit the reply's rate-limit headers, or null
     * @param secret    redacted from the broker's message should a server ever echo it
     */
    static BrokerException map(Endpoint endpoint, int status, byte[] body, RateLimitStatus rateLimit, String secret) {
        ErrorBody error = parse(body);
        Integer code = error.code();
        String message = truncate(redact(error.message(), secret));
        if (status == 401) {
            return new UnauthorizedException(endpoint, status, code, message);
        }
        if (status == 403) {
            return new ForbiddenException(endpoint, status, code, message);
        }
        if (status == 404) {
            return new NotFoundException(endpoint, status, code, message);
        }
        if (status == 422) {
            if (message != null && message.toLowerCase(Locale.ROOT).contains(DUPLICATE_CLIENT_ORDER_ID)) {
                return new DuplicateClientOrderIdException(endpoint, code, message);
            }
            return new UnprocessableException(endpoint, status, code, message);
        }
        if (status == 429) {
            return new RateLimitedException(endpoint, code, message, rateLimit);
        }
        if (status >= 500 && status <= 599) {
            return new ServerErrorException(endpoint, status, code, message);
        }
        if (status >= 400 && status <= 499) {
            return new BadRequestException(endpoint, status, code, message);
        }
        // 1xx/3xx: redirects are not followed (they would carry the keys to another host). The request
        // may well have been acted on, so the outcome is unknown.
        return new MalformedReplyException(endpoint, status, "unexpected HTTP status " + status, null);
    }

    /** {@code {code, message}} with extra keys ignored, {@code error} accepted for {@code message}; anything else is NONE. */
    static ErrorBody parse(byte[] body) {
        if (body == null || body.length == 0) {
            return ErrorBody.NONE;
        }
        JsonNode node;
        try {
            node = AlpacaJson.mapper().readTree(body);
        } catch (Exception e) {
            return ErrorBody.NONE; // an HTML page from a proxy, a truncated body: no message
        }
        if (node == null || !node.isObject()) {
            return ErrorBody.NONE;
        }
        return new ErrorBody(code(node.get("code")), message(node));
    }

    private static Integer code(JsonNode code) {
        if (code == null) {
            return null;
        }
        if (code.isIntegralNumber() && code.canConvertToInt()) {
            return code.intValue();
        }
        if (code.isTextual()) {
            try {
                return Integer.valueOf(code.textValue().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String message(JsonNode node) {
        for (String key : new String[] {"message", "error"}) {
            JsonNode value = node.get(key);
            if (value != null && value.isValueNode() && !value.isNull()) {
                return value.asText();
            }
        }
        return null;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_MESSAGE_LENGTH ? text : text.substring(0, MAX_MESSAGE_LENGTH) + "…";
    }

    static String redact(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty() || !text.contains(secret)) {
            return text;
        }
        return text.replace(secret, "****");
    }
}
