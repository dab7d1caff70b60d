package org.learncal.organizer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.transaction.annotation.Transactional;
import org.learncal.body.JsonBody;
import org.learncal.catalog.CatalogVersion;
import org.learncal.link.LinkFactory;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;
import org.learncal.reference.CityStore;
import org.learncal.reference.Organizer;
import org.learncal.reference.OrganizerStore;
import org.learncal.token.Authenticator;

import java.net.URI;

/** The admin creates organizers. */
@Controller("/api/organizers")
@ExecuteOn(TaskExecutors.BLOCKING)
public class OrganizerAdminController {
    private final Authenticator authenticator;
    private final JsonBody bodies;
    private final OrganizerStore organizers;
    private final CityStore cities;
    private final CatalogVersion version;
    private final LinkFactory links;

    OrganizerAdminController(Authenticator authenticator, JsonBody bodies, OrganizerStore organizers,
                             CityStore cities, CatalogVersion version, LinkFactory links) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.organizers = organizers;
        this.cities = cities;
        this.version = version;
        this.links = links;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public HttpResponse<OrganizerView> create(HttpRequest<?> request, @Nullable @Body byte[] body) {
        authenticator.admin(request);
        Organizer organizer = bodies.read(body, OrganizerRequest.class).toOrganizer(cities::existsById);
        if (organizers.existsById(organizer.slug())) {
            throw new ProblemException(ProblemType.CONFLICT, "An organizer '" + organizer.slug()
                    + "' exists already");
        }
        organizers.save(organizer);
        version.bump();
        return HttpResponse.created(OrganizerView.of(organizer, links), URI.create("/api/organizers/"
                + organizer.slug()));
    }
}
