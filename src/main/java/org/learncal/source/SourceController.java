package org.learncal.source;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.learncal.body.JsonBody;
import org.learncal.problem.Ids;
import org.learncal.token.Authenticator;
import org.learncal.token.Caller;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Sources: register an external calendar for an organizer, see how pulling it goes, pause, resume, edit, pull
 * now, confirm a run the circuit breaker held, and stop pulling (DELETE: the source's events stay as they are,
 * no longer mirrored: nothing is cancelled, and the organizer edits them like any other).
 */
@Controller("/api/sources")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SourceController {
    private final Authenticator authenticator;
    private final JsonBody bodies;
    private final Sources sources;

    SourceController(Authenticator authenticator, JsonBody bodies, Sources sources) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.sources = sources;
    }

    @Post
    public HttpResponse<SourceView> create(HttpRequest<?> request, @Nullable @Body byte[] body) {
        Caller caller = authenticator.writer(request);
        SourceView created = sources.create(caller, bodies.read(body, SourceRequest.class));
        return HttpResponse.created(created, URI.create("/api/sources/" + created.id()));
    }

    @Get
    public List<SourceView> list(HttpRequest<?> request) {
        return sources.list(authenticator.caller(request));
    }

    @Get("/{id}")
    public SourceView show(HttpRequest<?> request, @PathVariable String id) {
        return sources.show(authenticator.caller(request), parse(id));
    }

    @Patch("/{id}")
    public SourceView edit(HttpRequest<?> request, @PathVariable String id, @Nullable @Body byte[] body) {
        return sources.edit(authenticator.writer(request), parse(id), () -> bodies.read(body, SourceRequest.class));
    }

    @Post("/{id}/refresh")
    public SourceView refresh(HttpRequest<?> request, @PathVariable String id) {
        return sources.refresh(authenticator.writer(request), parse(id));
    }

    @Post("/{id}/confirm")
    public SourceView confirm(HttpRequest<?> request, @PathVariable String id) {
        return sources.confirm(authenticator.writer(request), parse(id));
    }

    @Delete("/{id}")
    public HttpResponse<Void> delete(HttpRequest<?> request, @PathVariable String id) {
        sources.delete(authenticator.writer(request), parse(id));
        return HttpResponse.noContent();
    }

    private static UUID parse(String id) {
        return Ids.parse(id, "source");
    }
}
