package org.learncal.event;

import java.time.Instant;
import java.util.UUID;

/**
 * Where the next page of a search starts: after the event at {@code lastStart}/{@code lastId}, for the search
 * whose filters hash to {@code fingerprint}, keeping the {@code from} instant of the first page so that
 * "not ended yet" means the same on every page.
 */
public record Cursor(Instant from, Instant lastStart, UUID lastId, long fingerprint) {
}
