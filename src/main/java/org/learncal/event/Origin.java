package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * The external calendar an event is mirrored from: the source's id and URL, the event's UID there, and when
 * the source was last fetched successfully (null: not yet).
 */
@Serdeable
public record Origin(UUID id, String url, String uid, @Nullable Instant lastFetched) {
}
