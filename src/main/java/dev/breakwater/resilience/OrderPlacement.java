package dev.breakwater.resilience;

import static dev.breakwater.broker.Endpoint.GET_ORDER_BY_CLIENT_ID;
import static dev.breakwater.broker.Endpoint.PLACE_ORDER;

import dev.breakwater.broker.Broker;
import dev.breakwater.broker.BrokerException;
import dev.breakwater.broker.DuplicateClientOrderIdException;
import dev.breakwater.broker.NotFoundException;
import dev.breakwater.domain.Order;
import dev.breakwater.domain.OrderRequest;
import io.github.resilience4j.retry.Retry;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places an order without ever blindly sending it twice.
 *
 * <ol>
 *   <li>Attempt 1 sends the POST.</li>
 *   <li>After a retryable failure (timeout, cut connection, 5xx, unreadable reply, 429) it waits the
 *       backoff and then looks the order up by its client_order_id. Found: that is the answer. 404: the
 *       POST is sent again with the <em>same</em> client_order_id.</li>
 *   <li>A duplicate client_order_id (422) on any POST means the order exists: it is fetched and
 *       returned. If the fetch cannot see it yet, the next attempt looks again.</li>
 *   <li>A user error (400, 401, 403, 422) is thrown as it is, after the one POST.</li>
 *   <li>Once any POST may have taken effect, placement ends only with the order or with
 *       {@link OrderOutcomeUnknownException}; it never guesses "not placed" from then on, not even when a
 *       later resend gets a user error (the first POST may have used the buying power).</li>
 *   <li>Before that, a refusal on this side (breaker open, no rate-limit permit, interrupt) gives
 *       {@link OrderNotSentException}, and running out of attempts gives {@link RetriesExhaustedException}
 *       (all 429s, say), both with {@code mayHaveTakenEffect() == false}.</li>
 * </ol>
 *
 * <p>An attempt is "look up if needed, then POST if needed"; {@code breakwater.retry.attempts} and the
 * {@code place_order} Retry count these attempts. The lookups go through the reads breaker (a failing
 * order channel need not mean failing reads) and the reads latency timer, but they are part of the
 * placement, not separate {@code get_order_by_client_id} calls in the retry metrics.
 */
final class OrderPlacement {

    private static final Logger LOG = LoggerFactory.getLogger(OrderPlacement.class);

    private final Broker delegate;
    private final AttemptGuard guard;
    private final Retry retry;
    private final CallMetrics metrics;
    private final RetryPause pause;
    private final HealthEventLog events;
    private final Clock clock;

    OrderPlacement(Broker delegate, AttemptGuard guard, Retry retry, CallMetrics metrics, RetryPause pause,
                   HealthEventLog events, Clock clock) {
        this.delegate = delegate;
        this.guard = guard;
        this.retry = retry;
        this.metrics = metrics;
        this.pause = pause;
        this.events = events;
        this.clock = clock;
    }

    Order place(OrderRequest request) {
        String clientOrderId = request.clientOrderId();
        if (clientOrderId == null || clientOrderId.isBlank()) {
            // Without an id of our own a resend could not be told apart from a second order.
            throw new IllegalArgumentException("an order is only sent with a client_order_id");
        }
        return new Run(request).place();
    }

    /** The state of one placement: whether any POST so far may have created the order. */
    private final class Run {

        private final OrderRequest request;
        private final String clientOrderId;
        private final Retry.AsyncContext<Order> context = retry.asyncContext();
        private boolean mayExist;

        Run(OrderRequest request) {
            this.request = request;
            this.clientOrderId = request.clientOrderId();
        }

        Order place() {
            for (int attempt = 1; ; attempt++) {
                metrics.countAttempt(PLACE_ORDER, attempt);
                try {
                    Order order = attempt == 1 ? post() : lookUpThenPost();
                    context.onComplete();
                    return order;
                } catch (AttemptRejectedException rejected) {
                    context.onError(rejected.getCause());
                    throw mayExist
                            ? unknown(attempt, rejected.getCause())
                            : new OrderNotSentException(clientOrderId, rejected.reason(), attempt, rejected.getCause());
                } catch (RuntimeException failure) {
                    long waitMillis = context.onError(failure);
                    if (waitMillis < 0) {
                        throw finalFailure(attempt, failure);
                    }
                    try {
                        pause.before(PLACE_ORDER, attempt + 1, waitMillis, failure);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw mayExist
                                ? unknown(attempt, failure)
                                : new OrderNotSentException(clientOrderId, RejectionReason.INTERRUPTED, attempt + 1, e);
                    }
                }
            }
        }

        private Order lookUpThenPost() throws AttemptRejectedException {
            Optional<Order> existing = lookUp();
            if (existing.isPresent()) {
                LOG.info("order {} found by client_order_id after an unclear attempt", clientOrderId);
                return existing.get();
            }
            return post();
        }

        private Order post() throws AttemptRejectedException {
            try {
                return guard.run(PLACE_ORDER, () -> delegate.placeOrder(request));
            } catch (DuplicateClientOrderIdException duplicate) {
                mayExist = true;
                LOG.info("order {} already exists at the broker; fetching it", clientOrderId);
                return lookUp().orElseThrow(() -> duplicate);
            } catch (RuntimeException failure) {
                mayExist |= FailureClassifier.mayHaveTakenEffect(failure);
                throw failure;
            }
        }

        /** The order with our client_order_id, or empty on 404; any other failure propagates. */
        private Optional<Order> lookUp() throws AttemptRejectedException {
            try {
                return Optional.of(guard.run(GET_ORDER_BY_CLIENT_ID, () -> delegate.getOrderByClientOrderId(clientOrderId)));
            } catch (NotFoundException notFound) {
                return Optional.empty();
            }
        }

        private RuntimeException finalFailure(int attempts, RuntimeException failure) {
            if (mayExist) {
                return unknown(attempts, failure);
            }
            if (attempts > 1 && failure instanceof BrokerException brokerFailure && isRetryable(failure)) {
                events.publish(new HealthEvent.RetriesExhausted(clock.instant(), PLACE_ORDER, attempts, false,
                        RetryPause.describe(failure)));
                return new RetriesExhaustedException(PLACE_ORDER, attempts, brokerFailure, false);
            }
            return failure;
        }

        private boolean isRetryable(Throwable failure) {
            return retry.getRetryConfig().getExceptionPredicate().test(failure);
        }

        private OrderOutcomeUnknownException unknown(int attempts, Throwable failure) {
            LOG.warn("order {}: outcome unknown after {} attempts ({})", clientOrderId, attempts,
                    RetryPause.describe(failure));
            events.publish(new HealthEvent.RetriesExhausted(clock.instant(), PLACE_ORDER, attempts, true,
                    RetryPause.describe(failure)));
            return new OrderOutcomeUnknownException(clientOrderId, attempts, failure);
        }
    }
}
