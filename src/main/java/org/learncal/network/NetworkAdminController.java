package org.learncal.network;

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
import org.learncal.reference.Network;
import org.learncal.token.Authenticator;

import java.net.URI;

/** The admin creates and changes networks. */
@Controller("/api/networks")
@ExecuteOn(TaskExecutors.BLOCKING)
public class NetworkAdminController {
    private final Authenticator authenticator;
    private final JsonBody bodies;
    private final NetworkWrites writes;
    private final NetworkController reads;

    NetworkAdminController(Authenticator authenticator, JsonBody bodies, NetworkWrites writes,
                           NetworkController reads) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.writes = writes;
        this.reads = reads;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    public HttpResponse<NetworkView> create(HttpRequest<?> request, @Nullable @Body byte[] body) {
        authenticator.admin(request);
        Network network = writes.create(bodies.read(body, NetworkRequest.class));
        return HttpResponse.created(reads.show(network.slug()), URI.create("/api/networks/" + network.slug()));
    }

    @Put("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    public NetworkView replace(HttpRequest<?> request, String slug, @Nullable @Body byte[] body) {
        authenticator.admin(request);
        writes.replace(slug, bodies.read(body, NetworkRequest.class));
        return reads.show(slug);
    }
}
