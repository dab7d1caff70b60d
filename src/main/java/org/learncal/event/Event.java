package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import org.learncal.problem.InputErrors;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An educational event. It guards its own invariants and its transitions: every change that a calendar
 * must notice (reschedule, postpone, cancel) bumps {@code sequence} and {@code updatedAt}.
 * An event known only from a report ({@link Report#isReport()}) may lack a join link: unknown, not invented.
 */
public record Event(UUID id, String slug, String title, String description, String language,
                    List<String> spokenLanguages, Schedule schedule, EventFormat format, @Nullable Venue venue,
                    @Nullable String citySlug,
                    @Nullable String joinUrl, @Nullable String registrationUrl,
                    List<String> organizerSlugs, @Nullable String networkSlug, List<String> topicSlugs,
                    List<Audience> audience, Cost cost, @Nullable Boolean recording, List<String> accessibility,
                    EventStatus status, @Nullable String statusReason, int sequence,
                    Instant createdAt, Instant updatedAt, Report report, Translations translations) {

    /** An event without translations, spoken in the language of its text. */
    public Event(UUID id, String slug, String title, String description, String language,
                 Schedule schedule, EventFormat format, @Nullable Venue venue, @Nullable String citySlug,
                 @Nullable String joinUrl, @Nullable String registrationUrl,
                 List<String> organizerSlugs, @Nullable String networkSlug, List<String> topicSlugs,
                 List<Audience> audience, Cost cost, @Nullable Boolean recording, List<String> accessibility,
                 EventStatus status, @Nullable String statusReason, int sequence,
                 Instant createdAt, Instant updatedAt, Report report) {
        this(id, slug, title, description, language, List.of(), schedule, format, venue, citySlug, joinUrl,
                registrationUrl, organizerSlugs, networkSlug, topicSlugs, audience, cost, recording, accessibility,
                status, statusReason, sequence, createdAt, updatedAt, report, Translations.NONE);
    }

    /**
     * {@code spokenLanguages}: the languages spoken at the event (with interpretation, several), first the main
     * one; none given means the language of its text. {@code language} is the language its original text is in.
     */
    public Event {
        spokenLanguages = spokenLanguages == null || spokenLanguages.isEmpty()
                ? (language == null ? List.of() : List.of(language))
                : List.copyOf(spokenLanguages);
        organizerSlugs = List.copyOf(organizerSlugs);
        topicSlugs = List.copyOf(topicSlugs);
        audience = List.copyOf(audience);
        accessibility = List.copyOf(accessibility);
        translations = translations == null ? Translations.NONE : translations;
        InputErrors errors = new InputErrors();
        if (title == null || title.isBlank()) {
            errors.add("title", "must not be blank");
        }
        if (organizerSlugs.isEmpty()) {
            errors.add("organizers", "an event needs at least one organizer");
        }
        checkAttendance(errors, format, joinUrl, venue != null || citySlug != null, report.isReport());
        errors.throwIfAny();
    }

    /**
     * How people attend must be known: online and hybrid events need a join link (unless the event is known only
     * from a report, which may not give it), in-person and hybrid ones a venue or at least a city.
     */
    public static void checkAttendance(InputErrors errors, EventFormat format, @Nullable String joinUrl,
                                       boolean hasPlace, boolean reported) {
        if (format != EventFormat.IN_PERSON && joinUrl == null && !reported) {
            errors.add("joinUrl", "an online or hybrid event needs a join URL");
        }
        if (format != EventFormat.ONLINE && !hasPlace) {
            errors.add("venue", "an event held in person needs a venue or a city");
        }
    }

    public boolean isCancelled() {
        return status == EventStatus.CANCELLED;
    }

    public Event reschedule(Schedule newSchedule, Instant now) {
        return with(newSchedule, EventStatus.SCHEDULED, null, now);
    }

    /**
     * Postponed, with the reason given. A cancelled event cannot be postponed (409); postponing again without a
     * reason, or with the same one, changes nothing.
     */
    public Event postpone(@Nullable String reason, Instant now) {
        if (isCancelled()) {
            throw new ProblemException(ProblemType.CONFLICT, "A cancelled event cannot be postponed");
        }
        if (status == EventStatus.POSTPONED && sameOrNoReason(reason)) {
            return this;
        }
        return with(schedule, EventStatus.POSTPONED, reason, now);
    }

    /**
     * Cancelled, with the reason given; cancelling again without a reason, or with the same one, changes nothing.
     * Events are never deleted: a cancelled one stays, so that calendars learn of it.
     */
    public Event cancel(@Nullable String reason, Instant now) {
        if (isCancelled() && sameOrNoReason(reason)) {
            return this;
        }
        return with(schedule, EventStatus.CANCELLED, reason, now);
    }

    /** Saying again what is so changes nothing; without a reason, the reason already given stands. */
    private boolean sameOrNoReason(@Nullable String reason) {
        return reason == null || reason.equals(statusReason);
    }

    /**
     * This event replaced by the content of {@code proposed} (see {@link #revise}). A full replace sets content,
     * not status: a cancelled event stays cancelled, a postponed one stays postponed unless given a new time.
     */
    public Event replace(Event proposed, Instant now) {
        Event keepingStatus = switch (status) {
            case CANCELLED -> proposed.cancel(statusReason, proposed.updatedAt());
            case POSTPONED -> proposed.schedule().equals(schedule)
                    ? proposed.postpone(statusReason, proposed.updatedAt()) : proposed;
            case SCHEDULED -> proposed;
        };
        return revise(keepingStatus, nextUpdate(now));
    }

    /**
     * This event with the content of {@code proposed}, keeping its own id, slug, creation time and report.
     * Unchanged content gives back this very event. Any change moves {@code updatedAt} (strictly later, so that
     * sequence and updatedAt identify a version); a change a calendar must notice (see {@link #isSignificant})
     * also bumps the sequence, as RFC 5545 asks of SEQUENCE.
     */
    public Event revise(Event proposed, Instant now) {
        Event candidate = proposed.versioned(id, slug, sequence, createdAt, updatedAt, report);
        if (candidate.equals(this)) {
            return this;
        }
        return candidate.versioned(id, slug, isSignificant(candidate) ? sequence + 1 : sequence, createdAt,
                nextUpdate(now), report);
    }

    /** Time, place, how to join, what it is called and says, and whether it happens: what attendees act on. */
    public boolean isSignificant(Event other) {
        return !schedule.equals(other.schedule) || format != other.format
                || !java.util.Objects.equals(venue, other.venue) || !java.util.Objects.equals(citySlug, other.citySlug)
                || !java.util.Objects.equals(joinUrl, other.joinUrl) || !title.equals(other.title)
                || !description.equals(other.description) || status != other.status
                || !java.util.Objects.equals(statusReason, other.statusReason)
                || !spokenLanguages.equals(other.spokenLanguages)
                || !translations.sameTexts(other.translations);
    }

    /** This event with other translations, as a write proposes them; {@link EventWrites} decides what is outdated. */
    public Event withTranslations(Translations newTranslations) {
        return new Event(id, slug, title, description, language, spokenLanguages, schedule, format, venue,
                citySlug, joinUrl, registrationUrl, organizerSlugs, networkSlug, topicSlugs, audience, cost, recording,
                accessibility, status, statusReason, sequence, createdAt, updatedAt, report, newTranslations);
    }

    /** This event spoken in other languages, as a write keeps them. */
    public Event withSpokenLanguages(List<String> languages) {
        return new Event(id, slug, title, description, language, languages, schedule, format, venue, citySlug,
                joinUrl, registrationUrl, organizerSlugs, networkSlug, topicSlugs, audience, cost, recording,
                accessibility, status, statusReason, sequence, createdAt, updatedAt, report, translations);
    }

    /** {@code now}, or just after the last update if the clock has not moved past it. */
    public Instant nextUpdate(Instant now) {
        return now.isAfter(updatedAt) ? now : updatedAt.plusMillis(1);
    }

    private Event versioned(UUID newId, String newSlug, int newSequence, Instant created, Instant updated,
                            Report newReport) {
        return new Event(newId, newSlug, title, description, language, spokenLanguages, schedule, format, venue,
                citySlug, joinUrl, registrationUrl, organizerSlugs, networkSlug, topicSlugs, audience, cost, recording,
                accessibility, status, statusReason, newSequence, created, updated, newReport, translations);
    }

    private Event with(Schedule newSchedule, EventStatus newStatus, @Nullable String reason, Instant now) {
        return new Event(id, slug, title, description, language, spokenLanguages, newSchedule, format, venue,
                citySlug, joinUrl, registrationUrl, organizerSlugs, networkSlug, topicSlugs, audience, cost, recording,
                accessibility, newStatus, reason, sequence + 1, createdAt, now, report, translations);
    }
}
