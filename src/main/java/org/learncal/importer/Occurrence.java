package org.learncal.importer;

import io.micronaut.core.annotation.Nullable;
import net.fortuna.ical4j.model.component.VEvent;

import java.time.temporal.Temporal;

/**
 * One event to import: a whole VEVENT, or one occurrence of a recurring series ({@code recurrence} is then
 * the occurrence's RECURRENCE-ID in UTC, otherwise empty), with the component that describes it (the
 * series, or the override for that occurrence) and its own start and end.
 */
record Occurrence(String uid, String recurrence, VEvent component, Temporal start, @Nullable Temporal end,
                  @Nullable Integer line) {
}
