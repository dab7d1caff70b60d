package org.learncal.importer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * What an import did with each component: created, updated, unchanged, cancelled, or rejected and why; and
 * how the zone of each TZID in the file was resolved.
 */
@Serdeable
public record ImportReport(List<Item> created, List<Item> updated, List<Item> unchanged, List<Item> cancelled,
                           List<Rejection> rejected, List<Zone> zones) {

    /** One imported event: its UID, the occurrence (RECURRENCE-ID in UTC, empty for a single event), its id. */
    @Serdeable
    public record Item(String uid, String recurrence, @Nullable UUID id) {
    }

    /**
     * How a TZID (null: the times without one) was resolved: {@code resolution} is one of iana, windows,
     * vtimezone-match, vtimezone-rules (then {@code zone} is null: each event keeps the UTC offset the
     * VTIMEZONE gives at its start), x-wr-timezone, organizer-city or utc.
     */
    @Serdeable
    public record Zone(@Nullable String tzid, @Nullable String zone, String resolution) {
    }

    /** A component that was not imported, with the line where it begins when known. */
    @Serdeable
    public record Rejection(@Nullable String uid, @Nullable Integer line, String reason) {
    }
}
