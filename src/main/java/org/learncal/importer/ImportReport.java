package org.learncal.importer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** What an import did with each component: created, updated, unchanged, cancelled, or rejected and why. */
@Serdeable
public record ImportReport(List<Item> created, List<Item> updated, List<Item> unchanged, List<Item> cancelled,
                           List<Rejection> rejected) {

    /** One imported event: its UID, the occurrence (RECURRENCE-ID in UTC, empty for a single event), its id. */
    @Serdeable
    public record Item(String uid, String recurrence, @Nullable UUID id) {
    }

    /** A component that was not imported, with the line where it begins when known. */
    @Serdeable
    public record Rejection(@Nullable String uid, @Nullable Integer line, String reason) {
    }
}
