package org.learncal.organizer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.learncal.body.JsonBody;
import org.learncal.link.LinkFactory;
import org.learncal.reference.Organizer;
import org.learncal.token.Authenticator;

import java.net.URI;

/** The admin creates and changes organizers. */
@Controller("/api/organizers")
@ExecuteOn(TaskExecutors.BLOCKING)
public class OrganizerAdminController {
    private final Authenticator authenticator;
    private final JsonBody bodies;
    private final OrganizerWrites writes;
    private final LinkFactory links;

    OrganizerAdminController(Authenticator authenticator, JsonBody bodies, OrganizerWrites writes,
                             LinkFactory links) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.writes = writes;
        this.links = links;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<OrganizerView> create(HttpRequest<?> request, @Nullable @Body byte[] body) {
        authenticator.admin(request);
        Organizer organizer = writes.create(bodies.read(body, OrganizerRequest.class));
        return HttpResponse.created(OrganizerView.of(organizer, links), URI.create("/api/organizers/"
                + organizer.slug()));
    }

    @Put("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrganizerView replace(HttpRequest<?> request, String slug, @Nullable @Body byte[] body) {
        authenticator.admin(request);
        return OrganizerView.of(writes.replace(slug, bodies.read(body, OrganizerRequest.class)), links);
    }
}
