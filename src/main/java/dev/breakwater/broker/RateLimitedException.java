package dev.breakwater.broker;

/** HTTP 429: over the broker's rate limit. The request was not processed; the headers say when to retry. */
public class RateLimitedException extends BrokerException {

    private static final long serialVersionUID = 1L;

    private final RateLimitStatus rateLimit;

    public RateLimitedException(Endpoint endpoint, Integer code, String brokerMessage, RateLimitStatus rateLimit) {
        super(endpoint, 429, code, brokerMessage, false, null);
        this.rateLimit = rateLimit;
    }

    /** The rate-limit headers of the 429 reply, or null when it had none. */
    public RateLimitStatus rateLimit() {
        return rateLimit;
    }
}
