package org.learncal.city;

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
import org.learncal.reference.City;
import org.learncal.token.Authenticator;

import java.net.URI;

/** The admin creates and changes cities, with their network memberships. */
@Controller("/api/cities")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CityAdminController {
    private final Authenticator authenticator;
    private final JsonBody bodies;
    private final CityWrites writes;
    private final CityController reads;

    CityAdminController(Authenticator authenticator, JsonBody bodies, CityWrites writes, CityController reads) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.writes = writes;
        this.reads = reads;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<CityView> create(HttpRequest<?> request, @Nullable @Body byte[] body) {
        authenticator.admin(request);
        City city = writes.create(bodies.read(body, CityRequest.class));
        return HttpResponse.created(reads.show(city.slug()), URI.create("/api/cities/" + city.slug()));
    }

    @Put("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CityView replace(HttpRequest<?> request, String slug, @Nullable @Body byte[] body) {
        authenticator.admin(request);
        writes.replace(slug, bodies.read(body, CityRequest.class));
        return reads.show(slug);
    }
}
