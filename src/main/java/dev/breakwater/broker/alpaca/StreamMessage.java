package dev.breakwater.broker.alpaca;

import dev.breakwater.domain.TradeUpdate;
import java.util.List;
import java.util.Objects;

/**
 * One message received on Alpaca's trading stream ({@code /stream}), told apart by its {@code stream}
 * name. Parsed by {@link TradeUpdateMessages}.
 */
public sealed interface StreamMessage
        permits StreamMessage.Authorization, StreamMessage.Listening, StreamMessage.Update, StreamMessage.Other {

    /**
     * The reply to {@code authenticate}, and also to a {@code listen} sent before authorizing, which is why
     * {@code action} is kept.
     */
    record Authorization(String status, String action) implements StreamMessage {

        public Authorization {
            Objects.requireNonNull(status, "status");
        }

        public boolean authorized() {
            return "authorized".equals(status);
        }
    }

    /**
     * The acknowledgement of {@code listen}: the streams now subscribed. A requested stream that is
     * missing here is not available, so the list is the truth, not the request.
     */
    record Listening(List<String> streams) implements StreamMessage {

        public Listening {
            streams = List.copyOf(streams);
        }
    }

    /** A {@code trade_updates} event. */
    record Update(TradeUpdate update) implements StreamMessage {

        public Update {
            Objects.requireNonNull(update, "update");
        }
    }

    /**
     * A well-formed message of a stream this version does not handle; kept so the caller can log it
     * instead of treating it as an error.
     */
    record Other(String stream) implements StreamMessage {

        public Other {
            Objects.requireNonNull(stream, "stream");
        }
    }
}
