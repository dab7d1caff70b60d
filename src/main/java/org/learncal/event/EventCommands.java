package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;
import org.learncal.reference.Vocabulary;
import org.learncal.review.Review;
import org.learncal.token.Caller;
import org.learncal.token.Permissions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * What a publisher or reviewer asks of events, checked the same way whoever asks (the JSON API, the console):
 * the request's validation, the caller's permission and the version the caller read, then {@link EventWrites}.
 */
@Singleton
public class EventCommands {
    private final Permissions permissions;
    private final Vocabulary vocabulary;
    private final EventStore store;
    private final EventAccess access;
    private final EventWrites writes;
    private final Clock clock;

    EventCommands(Permissions permissions, Vocabulary vocabulary, EventStore store, EventAccess access,
                  EventWrites writes, Clock clock) {
        this.permissions = permissions;
        this.vocabulary = vocabulary;
        this.store = store;
        this.access = access;
        this.writes = writes;
        this.clock = clock;
    }

    public EventWrites.Written create(Caller caller, EventRequest input) {
        UUID id = UUID.randomUUID();
        String slug = Slugs.of(input.title() == null ? "" : input.title(), id);
        Event event = input.toEvent(id, store.slugTaken(slug) ? "event-" + id : slug, now(), vocabulary);
        permissions.requireWrite(caller, event.organizerSlugs());
        return writes.create(caller, event);
    }

    /** Throws the 400 that creating this event would answer, naming every problem; nothing is written. */
    public void validate(EventRequest input) {
        input.toEvent(UUID.randomUUID(), "validation", now(), vocabulary);
    }

    /** Replaces the content of event {@code id}; {@code ifMatch} (when given) must name its current version. */
    public EventWrites.Written replace(Caller caller, String id, @Nullable String ifMatch, EventRequest input) {
        Event stored = check(caller, id, ifMatch);
        Event given = input.toEvent(stored.id(), stored.slug(), now(), vocabulary);
        // a write that leaves translations out keeps the stored ones; {} removes them
        Event translated = input.translations() == null ? given.withTranslations(stored.translations()) : given;
        // so do spoken languages, unless they only followed the text's language, as they then still do
        boolean keepSpoken = input.spokenLanguages() == null
                && !stored.spokenLanguages().equals(List.of(stored.language()));
        Event proposed = keepSpoken ? translated.withSpokenLanguages(stored.spokenLanguages()) : translated;
        permissions.requireWrite(caller, proposed.organizerSlugs());
        return writes.replace(caller, stored, stored.replace(proposed, now()), "updated");
    }

    public EventWrites.Written cancel(Caller caller, String id, @Nullable String ifMatch, @Nullable String reason) {
        Event stored = check(caller, id, ifMatch);
        return writes.replace(caller, stored, stored.cancel(reason, stored.nextUpdate(now())), "cancelled");
    }

    public EventWrites.Written postpone(Caller caller, String id, @Nullable String ifMatch, @Nullable String reason) {
        Event stored = check(caller, id, ifMatch);
        return writes.replace(caller, stored, stored.postpone(reason, stored.nextUpdate(now())), "postponed");
    }

    /** The stored event, if the caller may review it. */
    public Event reviewable(Caller caller, String id) {
        return access.reviewable(caller, id);
    }

    public EventWrites.Written approve(Caller caller, Event event) {
        return writes.review(caller, event, Review::approve, "approved");
    }

    public EventWrites.Written reject(Caller caller, Event event, String reason) {
        return writes.review(caller, event, review -> review.reject(reason), "rejected");
    }

    /** The stored event, if the caller may write it and {@code ifMatch} (when given) names its current version. */
    public Event check(Caller caller, String id, @Nullable String ifMatch) {
        Event stored = access.writable(caller, id);
        if (!ETags.matches(ifMatch, stored)) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match " + ifMatch
                    + " does not match the current version " + ETags.of(stored) + "; read the event again");
        }
        return stored;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
