package org.learncal.source;

import jakarta.inject.Singleton;
import org.learncal.event.EventStore;
import org.learncal.link.PublicUrlConfiguration;
import org.learncal.problem.InputErrors;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;
import org.learncal.reference.Vocabulary;
import org.learncal.review.TrustStore;
import org.learncal.token.Caller;
import org.learncal.token.Permissions;
import org.learncal.token.Scope;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Who may do what with sources, and the checked changes: the admin manages every source, a network those of
 * organizers in its member cities, an organizer its own. Publishing without review ({@code trust: publish}) is
 * for networks and the admin, or for an organizer a network already trusts; confirming a held run is for
 * networks and the admin (the moderators).
 */
@Singleton
class SourceAccess {
    private final Permissions permissions;
    private final TrustStore trust;
    private final Vocabulary vocabulary;
    private final SourceStore store;
    private final SourceEventStore links;
    private final EventStore events;
    private final String base;
    private final Clock clock;

    SourceAccess(Permissions permissions, TrustStore trust, Vocabulary vocabulary, SourceStore store,
                 SourceEventStore links, EventStore events, PublicUrlConfiguration publicUrl, Clock clock) {
        this.clock = clock;
        this.permissions = permissions;
        this.trust = trust;
        this.vocabulary = vocabulary;
        this.store = store;
        this.links = links;
        this.events = events;
        this.base = publicUrl.base();
    }

    Source newSource(Caller caller, SourceRequest request, Instant now) {
        InputErrors errors = new InputErrors();
        if (request.url() == null) {
            errors.add("url", "is required: the address of the calendar (http, https or webcal)");
        }
        if (request.organizer() == null) {
            errors.add("organizer", "is required: the organizer whose calendar this is");
        } else if (!vocabulary.isOrganizer(request.organizer())) {
            errors.add("organizer", "'" + request.organizer() + "' is not a known organizer (see /api/organizers)");
        }
        if (request.state() != null) {
            errors.add("state", "is set by PATCH, not when a source is registered");
        }
        Source defaults = new Source(UUID.randomUUID(), URI.create("https://invalid.invalid/"),
                request.organizer() == null ? "" : request.organizer(), "und", List.of(), null, Source.Trust.REVIEW,
                Source.Authority.SOURCE, Duration.ofHours(1), Source.State.ACTIVE, null, caller.name(),
                now.truncatedTo(ChronoUnit.MILLIS));
        Source source = request.applyTo(defaults, errors, vocabulary::isTopic);
        errors.throwIfAny();
        permissions.requireWrite(caller, List.of(source.organizer()));
        requireTrust(caller, source);
        return source;
    }

    void edit(Caller caller, SourceStore.Stored stored, SourceRequest request) {
        InputErrors errors = new InputErrors();
        if (request.organizer() != null && !request.organizer().equals(stored.source().organizer())) {
            errors.add("organizer", "cannot change; register a new source for another organizer");
        }
        Source edited = request.applyTo(stored.source(), errors, vocabulary::isTopic);
        Source.State state = request.state() == null ? edited.state()
                : SourceRequest.wire(errors, "state", Source.State.class, request.state());
        if (request.state() != null && state != Source.State.ACTIVE && state != Source.State.PAUSED) {
            errors.add("state", "may be set to active (resume) or paused, not '" + request.state() + "'");
        }
        errors.throwIfAny();
        requireTrust(caller, edited);
        boolean resume = state == Source.State.ACTIVE && edited.state() != Source.State.ACTIVE;
        Source next = state == edited.state() ? edited
                : edited.withState(state, state == Source.State.PAUSED ? "paused by " + caller.name() : null);
        store.update(next, resume || !next.url().equals(stored.source().url()) ? clock.instant()
                : stored.health().nextAttempt(), resume);
    }

    void confirm(Caller caller, SourceStore.Stored stored) {
        permissions.requireReview(caller, List.of(stored.source().organizer()));
        if (stored.source().state() != Source.State.HELD) {
            throw new ProblemException(ProblemType.CONFLICT, "Source " + stored.source().id()
                    + " is not held; there is nothing to confirm");
        }
        store.update(stored.source().withState(Source.State.ACTIVE, null), clock.instant(), false);
        store.confirm(stored.source().id(), true);
    }

    boolean mayManage(Caller caller, Source source) {
        return permissions.mayWrite(caller, List.of(source.organizer()));
    }

    SourceStore.Stored managed(Caller caller, UUID id) {
        SourceStore.Stored stored = store.find(id).orElseThrow(() -> ProblemException.notFound("source",
                id.toString()));
        if (!mayManage(caller, stored.source())) {
            throw Permissions.forbidden(caller, "manage the sources of organizer " + stored.source().organizer());
        }
        return stored;
    }

    SourceView view(SourceStore.Stored stored) {
        List<UUID> ids = links.of(stored.source().id()).stream().map(SourceEventStore.Link::eventId).toList();
        return SourceView.of(stored, events.countLive(ids, null, null), base);
    }

    private void requireTrust(Caller caller, Source source) {
        if (source.trust() == Source.Trust.PUBLISH && caller.scope() == Scope.ORGANIZER
                && !trust.isTrusted(source.organizer())) {
            throw Permissions.forbidden(caller, "publish a calendar's events without review (trust: publish) "
                    + "until a network trusts organizer " + source.organizer());
        }
    }
}
