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
import org.learncal.token.Authenticator;
import org.learncal.token.Caller;

import java.net.URI;

/** The write side of the events API: create, replace, cancel, postpone; for bearers of a fitting token. */
@Controller("/api/events")
@ExecuteOn(TaskExecutors.BLOCKING)
public class EventWriteController {
    private final Authenticator authenticator;
    private final JsonBody bodies;
    private final EventCommands commands;
    private final EventDetailsLoader details;
    private final LinkFactory links;

    EventWriteController(Authenticator authenticator, JsonBody bodies, EventCommands commands,
                         EventDetailsLoader details, LinkFactory links) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.commands = commands;
        this.details = details;
        this.links = links;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<EventView> create(HttpRequest<?> request, @Nullable @Body byte[] body) {
        Caller caller = authenticator.writer(request);
        EventWrites.Written written = commands.create(caller, bodies.read(body, EventRequest.class));
        return respond(HttpResponse.created(view(written.event()), URI.create("/api/events/" + written.event().id())),
                written);
    }

    @Put("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<EventView> replace(HttpRequest<?> request, @PathVariable String id,
                                           @Nullable @Body byte[] body) {
        Caller caller = authenticator.writer(request);
        // the stored event is checked first: a 404 or 403 says more than a 400 about the body
        commands.check(caller, id, ifMatch(request));
        return ok(commands.replace(caller, id, ifMatch(request), bodies.read(body, EventRequest.class)));
    }

    @Post("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<EventView> cancel(HttpRequest<?> request, @PathVariable String id,
                                          @Nullable @Body byte[] body) {
        Caller caller = authenticator.writer(request);
        commands.check(caller, id, ifMatch(request));
        return ok(commands.cancel(caller, id, ifMatch(request), reason(body)));
    }

    @Delete("/{id}")
    public HttpResponse<Void> delete(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = authenticator.writer(request);
        EventWrites.Written cancelled = commands.cancel(caller, id, ifMatch(request), null);
        return HttpResponse.<Void>noContent().header(HttpHeaders.ETAG, cancelled.etag());
    }

    @Post("/{id}/postpone")
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<EventView> postpone(HttpRequest<?> request, @PathVariable String id,
                                            @Nullable @Body byte[] body) {
        Caller caller = authenticator.writer(request);
        commands.check(caller, id, ifMatch(request));
        return ok(commands.postpone(caller, id, ifMatch(request), reason(body)));
    }

    private static @Nullable String ifMatch(HttpRequest<?> request) {
        return request.getHeaders().get(HttpHeaders.IF_MATCH);
    }

    /** The optional reason of a cancellation or postponement. */
    private @Nullable String reason(@Nullable byte[] body) {
        if (body == null || body.length == 0) {
            return new ReasonRequest(null).checked(false);
        }
        return bodies.read(body, ReasonRequest.class).checked(false);
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
