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
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;
import org.learncal.token.Authenticator;
import org.learncal.token.Caller;

import java.net.URI;
import java.time.Clock;
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
    private final SourceStore store;
    private final SourceAccess access;
    private final SourcePoller poller;
    private final Clock clock;

    SourceController(Authenticator authenticator, JsonBody bodies, SourceStore store, SourceAccess access,
                     SourcePoller poller, Clock clock) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.store = store;
        this.access = access;
        this.poller = poller;
        this.clock = clock;
    }

    @Post
    public HttpResponse<SourceView> create(HttpRequest<?> request, @Nullable @Body byte[] body) {
        Caller caller = authenticator.writer(request);
        Source source = access.newSource(caller, bodies.read(body, SourceRequest.class), clock.instant());
        store.insert(source, Health.first(source.createdAt()));
        return HttpResponse.created(view(source.id()), URI.create("/api/sources/" + source.id()));
    }

    @Get
    public List<SourceView> list(HttpRequest<?> request) {
        Caller caller = authenticator.caller(request);
        return store.list().stream().filter(stored -> access.mayManage(caller, stored.source()))
                .map(access::view).toList();
    }

    @Get("/{id}")
    public SourceView show(HttpRequest<?> request, @PathVariable String id) {
        return access.view(access.managed(authenticator.caller(request), parse(id)));
    }

    @Patch("/{id}")
    public SourceView edit(HttpRequest<?> request, @PathVariable String id, @Nullable @Body byte[] body) {
        SourceStore.Stored stored = access.managed(authenticator.writer(request), parse(id));
        access.edit(authenticator.writer(request), stored, bodies.read(body, SourceRequest.class));
        return view(stored.source().id());
    }

    @Post("/{id}/refresh")
    public SourceView refresh(HttpRequest<?> request, @PathVariable String id) {
        SourceStore.Stored stored = access.managed(authenticator.writer(request), parse(id));
        if (stored.source().state() != Source.State.ACTIVE) {
            throw new ProblemException(ProblemType.CONFLICT, "Source " + id + " is "
                    + stored.source().state().name().toLowerCase(java.util.Locale.ROOT)
                    + (stored.source().state() == Source.State.HELD ? "; confirm it (POST .../confirm)"
                    : "; resume it first (PATCH with state active)"));
        }
        pull(stored.source().id());
        return view(stored.source().id());
    }

    @Post("/{id}/confirm")
    public SourceView confirm(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = authenticator.writer(request);
        SourceStore.Stored stored = access.managed(caller, parse(id));
        access.confirm(caller, stored);
        pull(stored.source().id());
        return view(stored.source().id());
    }

    @Delete("/{id}")
    public HttpResponse<Void> delete(HttpRequest<?> request, @PathVariable String id) {
        SourceStore.Stored stored = access.managed(authenticator.writer(request), parse(id));
        store.update(stored.source().withState(Source.State.DELETED, "deleted"), clock.instant(), false);
        return HttpResponse.noContent();
    }

    private void pull(UUID id) {
        if (!poller.pullNow(id)) {
            throw new ProblemException(ProblemType.CONFLICT, "Source " + id + " is being pulled right now; "
                    + "read it again in a moment");
        }
    }

    private SourceView view(UUID id) {
        return access.view(store.find(id).orElseThrow());
    }

    private static UUID parse(String id) {
        return Ids.parse(id, "source");
    }
}
