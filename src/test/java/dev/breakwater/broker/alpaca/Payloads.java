package dev.breakwater.broker.alpaca;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Alpaca-shaped payloads from {@code src/test/resources/alpaca}. */
final class Payloads {

    private Payloads() {
    }

    static String text(String name) {
        try (InputStream in = Payloads.class.getResourceAsStream("/alpaca/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test payload " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String name) {
        try {
            return AlpacaJson.mapper().readTree(text(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code data} object of a stream message payload, as JSON text. */
    static String data(String name) {
        return tree(name).get("data").toString();
    }
}
