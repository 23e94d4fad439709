package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.breakwater.broker.MalformedReplyException;
import dev.breakwater.domain.TradeEvent;
import dev.breakwater.domain.TradeUpdate;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TradeUpdateMessagesTest {

    private static final String ORDER = "{\"id\": \"a5be8f5e-fdfa-41f5-a644-7a74fe947a8f\", \"status\": \"new\"}";

    @Test
    void readsATradeUpdateFromATextFrame() {
        StreamMessage message = TradeUpdateMessages.parse(Payloads.text("trade-update-fill-docs-example.json"));

        assertThat(message).isInstanceOf(StreamMessage.Update.class);
        TradeUpdate update = ((StreamMessage.Update) message).update();
        assertThat(update.event()).isEqualTo(TradeEvent.FILL);
        assertThat(update.price()).isEqualTo(new BigDecimal("105.8988475"));
        assertThat(update.order().symbol()).isEqualTo("SOLUSD");
    }

    @Test
    void readsTheSameFromABinaryFrame() {
        String text = Payloads.text("trade-update-partial-fill.json");

        StreamMessage fromBytes = TradeUpdateMessages.parse(text.getBytes(StandardCharsets.UTF_8));

        assertThat(fromBytes).isEqualTo(TradeUpdateMessages.parse(text));
        assertThat(((StreamMessage.Update) fromBytes).update().positionQty()).isEqualTo(new BigDecimal("-10"));
    }

    @Test
    void readsAnUnknownEventAsAnUpdate() {
        StreamMessage message = TradeUpdateMessages.parse(Payloads.text("trade-update-unknown-event.json"));

        TradeUpdate update = ((StreamMessage.Update) message).update();
        assertThat(update.event()).isEqualTo(TradeEvent.UNKNOWN);
        assertThat(update.eventName()).isEqualTo("order_held_for_review");
    }

    @Test
    void readsASuccessfulAuthorization() {
        StreamMessage message = TradeUpdateMessages.parse(
                "{\"stream\":\"authorization\",\"data\":{\"status\":\"authorized\",\"action\":\"authenticate\"}}");

        assertThat(message).isEqualTo(new StreamMessage.Authorization("authorized", "authenticate"));
        assertThat(((StreamMessage.Authorization) message).authorized()).isTrue();
    }

    @Test
    void readsARefusedAuthorization() {
        StreamMessage message = TradeUpdateMessages.parse(
                "{\"stream\":\"authorization\",\"data\":{\"status\":\"unauthorized\",\"action\":\"authenticate\"}}");

        assertThat(((StreamMessage.Authorization) message).authorized()).isFalse();
    }

    @Test
    void readsTheRefusalOfAListenSentBeforeAuthorizing() {
        StreamMessage message = TradeUpdateMessages.parse(
                "{\"stream\":\"authorization\",\"data\":{\"status\":\"unauthorized\",\"action\":\"listen\"}}");

        assertThat(message).isEqualTo(new StreamMessage.Authorization("unauthorized", "listen"));
    }

    @Test
    void readsTheListeningAcknowledgement() {
        StreamMessage message = TradeUpdateMessages.parse(
                "{\"stream\":\"listening\",\"data\":{\"streams\":[\"trade_updates\"]}}");

        assertThat(message).isEqualTo(new StreamMessage.Listening(java.util.List.of("trade_updates")));
    }

    @Test
    void readsAnEmptyListeningAcknowledgement() {
        StreamMessage message = TradeUpdateMessages.parse("{\"stream\":\"listening\",\"data\":{\"streams\":[]}}");

        assertThat(((StreamMessage.Listening) message).streams()).isEmpty();
    }

    @Test
    void reportsAStreamItDoesNotHandleWithoutFailing() {
        StreamMessage message = TradeUpdateMessages.parse("{\"stream\":\"account_updates\",\"data\":{\"x\":1}}");

        assertThat(message).isEqualTo(new StreamMessage.Other("account_updates"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "not json",
        "{\"stream\":\"trade_updates\",\"data\":{\"event\":\"fill\"",
        "[1, 2]",
        "\"trade_updates\"",
        "null",
        "{}",
        "{\"stream\": 7, \"data\": {}}",
        "{\"stream\":\"trade_updates\"}",
        "{\"stream\":\"trade_updates\",\"data\":\"fill\"}",
        "{\"stream\":\"trade_updates\",\"data\":{\"order\":" + ORDER + "}}",
        "{\"stream\":\"trade_updates\",\"data\":{\"event\":\"fill\"}}",
        "{\"stream\":\"trade_updates\",\"data\":{\"event\":\"fill\",\"order\":[]}}",
        "{\"stream\":\"trade_updates\",\"data\":{\"event\":\"fill\",\"order\":" + ORDER + ",\"price\":\"abc\"}}",
        "{\"stream\":\"trade_updates\",\"data\":{\"event\":\"fill\",\"order\":" + ORDER + ",\"timestamp\":\"today\"}}",
        "{\"stream\":\"trade_updates\",\"data\":{\"event\":\"fill\",\"order\":{\"status\":{\"a\":1}}}}",
        "{\"stream\":\"trade_updates\",\"data\":{\"event\":\"fill\",\"order\":{\"legs\":[null]}}}",
        "{\"stream\":\"trade_updates\",\"data\":{\"event\":\"fill\",\"order\":" + ORDER + "}} trailing",
        "{\"stream\":\"authorization\",\"data\":{\"action\":\"authenticate\"}}",
        "{\"stream\":\"listening\",\"data\":{\"streams\":\"trade_updates\"}}",
        "{\"stream\":\"listening\",\"data\":{\"streams\":[1]}}"
    })
    void turnsAnythingUnreadableIntoOurOwnException(String text) {
        MalformedReplyException failure = catchThrowableOfType(MalformedReplyException.class,
                () -> TradeUpdateMessages.parse(text));

        assertThat(failure).as("exception for %s", text).isNotNull();
        assertThat(failure.endpoint()).isNull();
        assertThat(failure.httpStatus()).isZero();
        assertThat(failure.brokerMessage()).isNotBlank();
    }

    @Test
    void keepsJacksonsReasonAsTheCause() {
        MalformedReplyException failure = catchThrowableOfType(MalformedReplyException.class,
                () -> TradeUpdateMessages.parse("{\"stream\":"));

        assertThat(failure.getCause()).isInstanceOf(com.fasterxml.jackson.core.JacksonException.class);
    }

    @Test
    void turnsAnUnreadableBinaryFrameIntoOurOwnException() {
        byte[] frame = {0x01};

        MalformedReplyException failure = catchThrowableOfType(MalformedReplyException.class,
                () -> TradeUpdateMessages.parse(frame));

        assertThat(failure).isNotNull();
    }
}
