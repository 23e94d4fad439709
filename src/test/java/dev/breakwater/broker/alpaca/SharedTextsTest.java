package dev.breakwater.broker.alpaca;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SharedTextsTest {

    private final SharedTexts texts = new SharedTexts();

    @Test
    void aRepeatedTextIsTheSameInstance() {
        byte[] frame = "..\"AAPL\"..\"AAPL\"".getBytes(StandardCharsets.US_ASCII);

        String first = texts.text(frame, 3, 7);
        String second = texts.text(frame, 11, 15);

        assertThat(first).isEqualTo("AAPL").isSameAs(second);
    }

    @Test
    void everyTextIsItsOwnBytesEvenWhenSlotsCollide() {
        // far more texts than slots: colliding ones replace each other, and none is taken for another
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 20_000; i++) {
                String expected = "SYM" + i;
                byte[] bytes = ("[" + expected + "]").getBytes(StandardCharsets.US_ASCII);
                assertThat(texts.text(bytes, 1, bytes.length - 1)).isEqualTo(expected);
            }
        }
        assertThat(texts.text(new byte[0], 0, 0)).isEmpty();
    }
}
