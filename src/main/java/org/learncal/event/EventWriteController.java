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
    private final EventAccess access;
    private final EventWrites writes;
    private final EventDetailsLoader details;
    private final LinkFactory links;
    private final Clock clock;

    EventWriteController(Authenticator authenticator, Permissions permissions, JsonBody bodies, Vocabulary vocabulary,
                         EventStore store, EventAccess access, EventWrites writes, EventDetailsLoader details,
                         LinkFactory links, Clock clock) {
        this.authenticator = authenticator;
        this.permissions = permissions;
        this.bodies = bodies;
        this.vocabulary = vocabulary;
        this.store = store;
        this.access = access;
        this.writes = writes;
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
        EventWrites.Written written = writes.create(caller, event);
        return respond(HttpResponse.created(view(event), URI.create("/api/events/" + id)), written);
    }

    @Put("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<EventView> replace(HttpRequest<?> request, @PathVariable String id,
                                           @Nullable @Body byte[] body) {
        Caller caller = authenticator.writer(request);
        Event stored = writable(request, caller, id);
        EventRequest input = bodies.read(body, EventRequest.class);
        Event given = input.toEvent(stored.id(), stored.slug(), now(), vocabulary);
        Event proposed = input.translations() == null ? given.withTranslations(stored.translations()) : given;
        permissions.requireWrite(caller, proposed.organizerSlugs());
        return ok(writes.replace(caller, stored, stored.replace(proposed, now()), "updated"));
    }

    @Post("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<EventView> cancel(HttpRequest<?> request, @PathVariable String id,
                                          @Nullable @Body byte[] body) {
        Caller caller = authenticator.writer(request);
        Event stored = writable(request, caller, id);
        return ok(cancel(stored, caller, reason(body)));
    }

    @Delete("/{id}")
    public HttpResponse<Void> delete(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = authenticator.writer(request);
        EventWrites.Written cancelled = cancel(writable(request, caller, id), caller, null);
        return HttpResponse.<Void>noContent().header(HttpHeaders.ETAG, cancelled.etag());
    }

    @Post("/{id}/postpone")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<EventView> postpone(HttpRequest<?> request, @PathVariable String id,
                                            @Nullable @Body byte[] body) {
        Caller caller = authenticator.writer(request);
        Event stored = writable(request, caller, id);
        Event postponed = stored.postpone(reason(body), stored.nextUpdate(now()));
        return ok(writes.replace(caller, stored, postponed, "postponed"));
    }

    private EventWrites.Written cancel(Event stored, Caller caller, @Nullable String reason) {
        return writes.replace(caller, stored, stored.cancel(reason, stored.nextUpdate(now())), "cancelled");
    }

    /** The stored event, if the caller may write it and If-Match (when given) names its current version. */
    private Event writable(HttpRequest<?> request, Caller caller, String id) {
        Event stored = access.writable(caller, id);
        String ifMatch = request.getHeaders().get(HttpHeaders.IF_MATCH);
        if (!ETags.matches(ifMatch, stored)) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match " + ifMatch
                    + " does not match the current version " + ETags.of(stored) + "; read the event again");
        }
        return stored;
    }

    /** The optional reason of a cancellation or postponement. */
    private @Nullable String reason(@Nullable byte[] body) {
        if (body == null || body.length == 0) {
            return new ReasonRequest(null).checked(false);
        }
        return bodies.read(body, ReasonRequest.class).checked(false);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private HttpResponse<EventView> ok(EventWrites.Written written) {
        return respond(HttpResponse.ok(view(written.event())), written);
    }

    private HttpResponse<EventView> respond(MutableHttpResponse<EventView> response, EventWrites.Written written) {
        return response.header(HttpHeaders.ETAG, written.etag()).header("LearnCal-Review", written.review().wire());
    }

    private EventView view(Event event) {
        return EventView.of(details.load(event), links);
    }
}
