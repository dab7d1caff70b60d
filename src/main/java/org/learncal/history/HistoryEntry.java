package org.learncal.history;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** One recorded change of an event: when, by which token (by name), what kind, and which fields. */
@Serdeable
public record HistoryEntry(Instant at, String token, String action, List<FieldChange> changes) {
}
