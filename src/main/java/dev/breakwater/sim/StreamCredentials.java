package dev.breakwater.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/** The simulated account's API key pair, as the stream checks it. */
record StreamCredentials(String keyId, String secretKey) {

    StreamCredentials {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(secretKey, "secretKey");
    }

    boolean accept(StreamRequest.Authenticate attempt) {
        return same(keyId, attempt.keyId()) && same(secretKey, attempt.secretKey());
    }

    /** Constant-time, as a server comparing secrets should be. */
    private static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "StreamCredentials[keyId=" + keyId + ", secretKey=***]";
    }
}
