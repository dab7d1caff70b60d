package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.learncal.body.JsonBody;
import org.learncal.link.LinkFactory;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;
import org.learncal.reference.Vocabulary;
import org.learncal.review.TrustStore;
import org.learncal.token.Authenticator;
import org.learncal.token.Caller;
import org.learncal.token.Permissions;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The write side of the events API: create, replace, cancel, postpone; for bearers of a fitting token. */
@Controller("/api/events")
@ExecuteOn(TaskExecutors.BLOCKING)
public class EventWriteController {
    private final Authenticator authenticator;
    private final Permissions permissions;
    private final JsonBody bodies;
    private final Vocabulary vocabulary;
    private final EventStore store;
    private final EventWrites writes;
    private final TrustStore reviews;
    private final EventDetailsLoader details;
    private final LinkFactory links;
    private final Clock clock;

    EventWriteController(Authenticator authenticator, Permissions permissions, JsonBody bodies, Vocabulary vocabulary,
                         EventStore store, EventWrites writes, TrustStore reviews, EventDetailsLoader details,
                         LinkFactory links, Clock clock) {
        this.authenticator = authenticator;
        this.permissions = permissions;
        this.bodies = bodies;
        this.vocabulary = vocabulary;
        this.store = store;
        this.writes = writes;
        this.reviews = reviews;
        this.details = details;
        this.links = links;
        this.clock = clock;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<EventView> create(HttpRequest<?> request, @Nullable @Body byte[] body) {
        Caller caller = authenticator.writer(request);
        EventRequest input = bodies.read(body, EventRequest.class);
        UUID id = UUID.randomUUID();
        String slug = Slugs.of(input.title() == null ? "" : input.title(), id);
        Event event = input.toEvent(id, store.slugTaken(slug) ? "event-" + id : slug, now(), vocabulary);
        permissions.requireWrite(caller, event.organizerSlugs());
        writes.create(event, reviews.initial(caller), caller.name());
        return respond(HttpResponse.created(view(event), URI.create("/api/events/" + id)), event);
    }

    @Put("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<EventView> replace(HttpRequest<?> request, @PathVariable String id,
                                           @Nullable @Body byte[] body) {
        Caller caller = authenticator.writer(request);
        Event stored = writable(request, caller, id);
        Event proposed = bodies.read(body, EventRequest.class).toEvent(stored.id(), stored.slug(), now(), vocabulary);
        permissions.requireWrite(caller, proposed.organizerSlugs());
        Event revised = stored.revise(keepStatus(stored, proposed), stored.nextUpdate(now()));
        return ok(writes.replace(stored, revised, caller.name(), "updated"));
    }

    @Post("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<EventView> cancel(HttpRequest<?> request, @PathVariable String id,
                                          @Nullable @Body byte[] body) {
        Caller caller = authenticator.writer(request);
        Event stored = writable(request, caller, id);
        return ok(cancel(stored, caller, reason(body, false)));
    }

    @Delete("/{id}")
    public HttpResponse<Void> delete(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = authenticator.writer(request);
        Event cancelled = cancel(writable(request, caller, id), caller, null);
        return HttpResponse.<Void>noContent().header(HttpHeaders.ETAG, ETags.of(cancelled));
    }

    @Post("/{id}/postpone")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<EventView> postpone(HttpRequest<?> request, @PathVariable String id,
                                            @Nullable @Body byte[] body) {
        Caller caller = authenticator.writer(request);
        Event stored = writable(request, caller, id);
        String reason = reason(body, false);
        if (stored.isCancelled()) {
            throw new ProblemException(ProblemType.CONFLICT, "A cancelled event cannot be postponed");
        }
        if (stored.status() == EventStatus.POSTPONED && sameOrNoReason(stored, reason)) {
            return ok(stored);
        }
        return ok(writes.replace(stored, stored.postpone(reason, stored.nextUpdate(now())), caller.name(),
                "postponed"));
    }

    /** Events are never deleted: cancelling keeps them, so that calendars learn of it. */
    private Event cancel(Event stored, Caller caller, @Nullable String reason) {
        if (stored.isCancelled() && sameOrNoReason(stored, reason)) {
            return stored;
        }
        return writes.replace(stored, stored.cancel(reason, stored.nextUpdate(now())), caller.name(), "cancelled");
    }

    /** Saying again what is so changes nothing; without a reason, the reason already given stands. */
    private static boolean sameOrNoReason(Event stored, @Nullable String reason) {
        return reason == null || reason.equals(stored.statusReason());
    }

    /** The stored event, if the caller may write it and If-Match (when given) names its current version. */
    private Event writable(HttpRequest<?> request, Caller caller, String id) {
        Event stored = store.findAny(EventController.parseId(id))
                .orElseThrow(() -> ProblemException.notFound("event", id));
        permissions.requireWrite(caller, stored.organizerSlugs());
        String ifMatch = request.getHeaders().get(HttpHeaders.IF_MATCH);
        if (!ETags.matches(ifMatch, stored)) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match " + ifMatch
                    + " does not match the current version " + ETags.of(stored) + "; read the event again");
        }
        return stored;
    }

    /** A full replace sets content, not status: a postponed event given a new time is rescheduled. */
    private static Event keepStatus(Event stored, Event proposed) {
        return switch (stored.status()) {
            case CANCELLED -> proposed.cancel(stored.statusReason(), proposed.updatedAt());
            case POSTPONED -> proposed.schedule().equals(stored.schedule())
                    ? proposed.postpone(stored.statusReason(), proposed.updatedAt()) : proposed;
            case SCHEDULED -> proposed;
        };
    }

    private @Nullable String reason(@Nullable byte[] body, boolean required) {
        if (body == null || body.length == 0) {
            return new ReasonRequest(null).checked(required);
        }
        return bodies.read(body, ReasonRequest.class).checked(required);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private HttpResponse<EventView> ok(Event event) {
        return respond(HttpResponse.ok(view(event)), event);
    }

    private HttpResponse<EventView> respond(MutableHttpResponse<EventView> response, Event event) {
        return response.header(HttpHeaders.ETAG, ETags.of(event))
                .header("LearnCal-Review", reviews.of(event.id()).wire());
    }

    private EventView view(Event event) {
        return EventView.of(details.load(event), links);
    }
}
