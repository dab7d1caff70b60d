package org.learncal.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Makes token secrets and their hashes. A secret is {@code lc_} and 32 random bytes in base64url. */
final class Secrets {
    static final String PREFIX = "lc_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String hash(String secret) {
        return HexFormat.of().formatHex(sha256(secret));
    }

    /** Compares two hashes in time independent of where they differ. */
    static boolean sameHash(String hexA, String hexB) {
        return MessageDigest.isEqual(hexA.getBytes(StandardCharsets.US_ASCII), hexB.getBytes(StandardCharsets.US_ASCII));
    }
}
