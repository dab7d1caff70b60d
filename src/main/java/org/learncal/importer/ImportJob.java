package org.learncal.importer;

import io.micronaut.core.annotation.Nullable;
import org.learncal.event.Event;
import org.learncal.event.EventFormat;
import org.learncal.reference.City;
import org.learncal.reference.Organizer;
import org.learncal.token.Caller;

import java.util.List;
import java.util.function.Predicate;

/**
 * One import of a calendar into an organizer's events, whoever asks for it (an upload, a source's pull).
 * {@code author} is who the history names; {@code city} (may be null) places floating times; {@code language},
 * {@code topics} and {@code format} are defaults for what the file does not say; {@code publish} publishes new
 * events without review; {@code keep} tells the stored events the file must not change (edits made in LearnCal
 * where they win over the calendar's).
 */
public record ImportJob(Caller author, Organizer organizer, @Nullable City city, String language,
                        List<String> topics, @Nullable EventFormat format, boolean publish, Predicate<Event> keep) {

    public ImportJob {
        topics = List.copyOf(topics);
    }

    /** An upload through POST /api/imports: the caller's own rights decide review, the file always wins. */
    public static ImportJob upload(Caller caller, Organizer organizer, @Nullable City city, String language) {
        return new ImportJob(caller, organizer, city, language, List.of(), null, false, event -> false);
    }
}
