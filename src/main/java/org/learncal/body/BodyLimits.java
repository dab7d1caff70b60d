package org.learncal.body;

import io.micronaut.core.annotation.Nullable;

/**
 * Per-type body limits, checked on the received bytes so they hold for chunked bodies too; the server's
 * own max-request-size (6MB) caps what is buffered before this runs.
 */
public final class BodyLimits {
    public static final int ICALENDAR_BYTES = 5 * 1024 * 1024;

    private BodyLimits() {
    }

    public static void check(@Nullable byte[] body, int maxBytes, String kind) {
        if (body != null && body.length > maxBytes) {
            throw JsonBody.tooLarge(kind, maxBytes);
        }
    }
}
