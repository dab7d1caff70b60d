package org.learncal.city;

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
import org.learncal.reference.City;
import org.learncal.reference.CityStore;
import org.learncal.reference.Membership;
import org.learncal.reference.MembershipStore;
import org.learncal.reference.NetworkStore;
import org.learncal.token.Authenticator;

import java.net.URI;
import java.util.List;

/** The admin creates cities, with their network memberships. */
@Controller("/api/cities")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CityAdminController {
    private final Authenticator authenticator;
    private final JsonBody bodies;
    private final CityStore cities;
    private final MembershipStore memberships;
    private final NetworkStore networks;
    private final CatalogVersion version;
    private final LinkFactory links;

    CityAdminController(Authenticator authenticator, JsonBody bodies, CityStore cities,
                        MembershipStore memberships, NetworkStore networks, CatalogVersion version,
                        LinkFactory links) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.cities = cities;
        this.memberships = memberships;
        this.networks = networks;
        this.version = version;
        this.links = links;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public HttpResponse<CityView> create(HttpRequest<?> request, @Nullable @Body byte[] body) {
        authenticator.admin(request);
        CityRequest input = bodies.read(body, CityRequest.class);
        City city = input.toCity(networks::existsById);
        if (cities.existsById(city.slug())) {
            throw new ProblemException(ProblemType.CONFLICT, "A city '" + city.slug() + "' exists already");
        }
        cities.save(city);
        List<CityView.NetworkMembership> views = input.memberships().stream().distinct().map(m -> {
            memberships.save(new Membership(city.slug(), m.network(), m.joined()));
            return new CityView.NetworkMembership(m.network(), networks.findById(m.network()).orElseThrow().name(),
                    m.joined());
        }).toList();
        version.bump();
        return HttpResponse.created(new CityView(city.slug(), city.name(), city.country(), city.timeZone(),
                city.latitude(), city.longitude(), views, links.city(city.slug())),
                URI.create("/api/cities/" + city.slug()));
    }
}
