package org.learncal.manage;

import org.learncal.token.Caller;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** A signed-in console user: who they act as, and the CSRF token every form of theirs must carry. */
public record ConsoleSession(String idHash, String csrf, Caller caller, Instant lastSeen) {
    static final String ATTRIBUTE = "learncal.console.session";

    /** Whether a submitted form's token is this session's, compared in constant time. */
    boolean acceptsCsrf(String submitted) {
        return submitted != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.US_ASCII),
                submitted.getBytes(StandardCharsets.US_ASCII));
    }
}
