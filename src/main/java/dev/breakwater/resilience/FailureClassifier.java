package dev.breakwater.resilience;

import dev.breakwater.broker.BrokerException;
import dev.breakwater.broker.DuplicateClientOrderIdException;
import dev.breakwater.broker.MalformedReplyException;
import dev.breakwater.broker.RateLimitedException;
import dev.breakwater.broker.ServerErrorException;
import dev.breakwater.broker.TransportException;
import java.util.Set;

/**
 * What a failure means for the resilience layer: is another attempt worth it, does it say the broker is
 * unwell, could the request have taken effect. Kept in one place so the retry predicates, the breaker
 * predicates and the placement logic cannot drift apart.
 */
final class FailureClassifier {

    private final Set<Integer> retryableServerStatuses;

    FailureClassifier(Set<Integer> retryableServerStatuses) {
        this.retryableServerStatuses = Set.copyOf(retryableServerStatuses);
    }

    /**
     * Another attempt may succeed: no usable reply, an unreadable reply, 429, or one of the configured
     * 5xx. User errors (400, 401, 403, 404, 422) would fail the same way again.
     */
    boolean isRetryable(Throwable failure) {
        return failure instanceof TransportException
                || failure instanceof MalformedReplyException
                || failure instanceof RateLimitedException
                || failure instanceof ServerErrorException serverError
                        && retryableServerStatuses.contains(serverError.httpStatus());
    }

    /**
     * For placement a duplicate client_order_id is retryable too: it means "the order exists, go and
     * fetch it", and when the fetch does not see it yet the next attempt looks again.
     */
    boolean isRetryablePlacement(Throwable failure) {
        return isRetryable(failure) || failure instanceof DuplicateClientOrderIdException;
    }

    /**
     * The failure says something about the broker's (or the network's) health, so a breaker records it:
     * transport failures, unreadable replies and every 5xx. Everything else is ignored by the breakers:
     * user errors, 401 (a credentials problem, not an outage) and 429 (we were too fast; the retry waits
     * for the reset).
     */
    static boolean isBrokerFailure(Throwable failure) {
        return failure instanceof TransportException
                || failure instanceof MalformedReplyException
                || failure instanceof ServerErrorException;
    }

    /**
     * Whether the request behind this failure may have been acted on. A failure that is not a
     * {@link BrokerException} (a bug in the client, say) proves nothing, so it counts as "may have".
     */
    static boolean mayHaveTakenEffect(Throwable failure) {
        return !(failure instanceof BrokerException brokerFailure) || brokerFailure.mayHaveTakenEffect();
    }
}
