package dev.breakwater.broker.alpaca;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The two messages a client sends on Alpaca's trading stream: the documented {@code authenticate} form, and {@code listen}. */
final class StreamRequests {

    private StreamRequests() {
    }

    /** {@code {"action":"authenticate","data":{"key_id":…,"secret_key":…}}}: never logged, it holds the secret. */
    static String authenticate(AlpacaConfig config) {
        ObjectNode message = AlpacaJson.mapper().createObjectNode();
        message.put("action", "authenticate");
        ObjectNode data = message.putObject("data");
        data.put("key_id", config.keyId());
        data.put("secret_key", config.secretKey());
        return message.toString();
    }

    /** {@code {"action":"listen","data":{"streams":[…]}}}; the list replaces the subscribed set. */
    static String listen(String stream) {
        ObjectNode message = AlpacaJson.mapper().createObjectNode();
        message.put("action", "listen");
        message.putObject("data").putArray("streams").add(stream);
        return message.toString();
    }
}
