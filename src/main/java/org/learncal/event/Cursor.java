package org.learncal.event;

import java.time.Instant;
import java.util.UUID;

/**
 * Where the next page of a search starts: after the event at {@code lastKey}/{@code lastStart}/{@code lastId}
 * ({@code lastKey} is the rank or distance of sorted searches, 0 for those by start), for the search
 * whose filters hash to {@code fingerprint}, keeping the {@code from} instant of the first page so that
 * "not ended yet" means the same on every page.
 */
public record Cursor(Instant from, double lastKey, Instant lastStart, UUID lastId, long fingerprint) {
}
