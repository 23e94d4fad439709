package dev.breakwater.sim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * Alpaca's key-pair authentication: every REST request must carry {@code APCA-API-KEY-ID} and
 * {@code APCA-API-SECRET-KEY} matching the simulator's one pair. The embedded simulator uses a fixed demo
 * pair, so a fresh install works without keys; the pair guards nothing (loopback only, play money) but
 * lets tests prove the client sends its headers and handles 401.
 */
final class ApiKeyAuth {

    static final String KEY_HEADER = "APCA-API-KEY-ID";
    static final String SECRET_HEADER = "APCA-API-SECRET-KEY";

    private final String keyId;
    private final byte[] secret;

    ApiKeyAuth(String keyId, String secret) {
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.secret = Objects.requireNonNull(secret, "secret").getBytes(StandardCharsets.UTF_8);
        if (keyId.isBlank() || secret.isBlank()) {
            throw new IllegalArgumentException("API key id and secret must not be blank");
        }
    }

    String keyId() {
        return keyId;
    }

    /** Whether the two header values are the pair (missing headers are {@code null} and fail). */
    boolean accepts(String presentedKeyId, String presentedSecret) {
        if (presentedKeyId == null || presentedSecret == null) {
            return false;
        }
        // Constant-time on the secret out of habit; the key id is not secret.
        return keyId.equals(presentedKeyId)
                & MessageDigest.isEqual(secret, presentedSecret.getBytes(StandardCharsets.UTF_8));
    }
}
