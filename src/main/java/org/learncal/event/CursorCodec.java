package org.learncal.event;

import jakarta.inject.Singleton;
import org.learncal.problem.ProblemException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/** Writes cursors as opaque signed tokens, so that a forged, truncated or foreign cursor is refused. */
@Singleton
public class CursorCodec {
    private static final int PAYLOAD = 1 + 8 + 8 + 12 + 16 + 8;
    private static final int MAC = 16;
    private static final byte VERSION = 1;

    private final SecretKeySpec key;

    public CursorCodec(CursorConfiguration configuration) {
        this.key = new SecretKeySpec(configuration.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String encode(Cursor cursor) {
        ByteBuffer buffer = ByteBuffer.allocate(PAYLOAD + MAC);
        buffer.put(VERSION).putLong(cursor.from().toEpochMilli()).putDouble(cursor.lastKey())
                .putLong(cursor.lastStart().getEpochSecond()).putInt(cursor.lastStart().getNano())
                .putLong(cursor.lastId().getMostSignificantBits()).putLong(cursor.lastId().getLeastSignificantBits())
                .putLong(cursor.fingerprint());
        buffer.put(mac(Arrays.copyOf(buffer.array(), PAYLOAD)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    /** Decodes a cursor, or answers 400 when it was not made by us for this very search. */
    public Cursor decode(String token, long expectedFingerprint) {
        byte[] bytes = bytes(token);
        byte[] payload = Arrays.copyOf(bytes, PAYLOAD);
        byte[] mac = Arrays.copyOfRange(bytes, PAYLOAD, bytes.length);
        if (bytes[0] != VERSION || !MessageDigest.isEqual(mac, mac(payload))) {
            throw invalid("is not a cursor this service issued");
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload, 1, PAYLOAD - 1);
        Cursor cursor = new Cursor(Instant.ofEpochMilli(buffer.getLong()), buffer.getDouble(),
                Instant.ofEpochSecond(buffer.getLong(), buffer.getInt()),
                new UUID(buffer.getLong(), buffer.getLong()), buffer.getLong());
        if (cursor.fingerprint() != expectedFingerprint) {
            throw invalid("belongs to a search with other filters");
        }
        return cursor;
    }

    private static byte[] bytes(String token) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(token);
            if (bytes.length == PAYLOAD + MAC) {
                return bytes;
            }
        } catch (IllegalArgumentException notBase64) {
            // answered below like any other damaged cursor
        }
        throw invalid("is damaged or truncated");
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return Arrays.copyOf(hmac.doFinal(payload), MAC);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static ProblemException invalid(String why) {
        return ProblemException.invalid("cursor", why + "; start again from the first page");
    }
}
