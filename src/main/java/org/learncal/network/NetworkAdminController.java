package org.learncal.network;

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
import org.learncal.reference.Network;
import org.learncal.reference.NetworkStore;
import org.learncal.reference.OrganizerStore;
import org.learncal.token.Authenticator;

import java.net.URI;
import java.util.List;

/** The admin creates networks. */
@Controller("/api/networks")
@ExecuteOn(TaskExecutors.BLOCKING)
public class NetworkAdminController {
    private final Authenticator authenticator;
    private final JsonBody bodies;
    private final NetworkStore networks;
    private final OrganizerStore organizers;
    private final CatalogVersion version;
    private final LinkFactory links;

    NetworkAdminController(Authenticator authenticator, JsonBody bodies, NetworkStore networks,
                           OrganizerStore organizers, CatalogVersion version, LinkFactory links) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.networks = networks;
        this.organizers = organizers;
        this.version = version;
        this.links = links;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public HttpResponse<NetworkView> create(HttpRequest<?> request, @Nullable @Body byte[] body) {
        authenticator.admin(request);
        NetworkRequest input = bodies.read(body, NetworkRequest.class);
        Network network = input.toNetwork(input.coordinator() == null || organizers.existsById(input.coordinator()));
        if (networks.existsById(network.slug())) {
            throw new ProblemException(ProblemType.CONFLICT, "A network '" + network.slug() + "' exists already");
        }
        networks.save(network);
        version.bump();
        return HttpResponse.created(new NetworkView(network.slug(), network.name(), network.description(),
                network.website(), network.coordinatorSlug(), List.of(), links.network(network.slug())),
                URI.create("/api/networks/" + network.slug()));
    }
}
