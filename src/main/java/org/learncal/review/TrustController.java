package org.learncal.review;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;
import org.learncal.reference.NetworkOrganizers;
import org.learncal.reference.NetworkStore;
import org.learncal.reference.OrganizerStore;
import org.learncal.token.Authenticator;
import org.learncal.token.Caller;
import org.learncal.token.Permissions;
import org.learncal.token.Scope;

import java.util.List;

/** Which organizers a network trusts to publish without review; set by that network or the admin. */
@Controller("/api/networks/{network}/trusted")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TrustController {
    private final Authenticator authenticator;
    private final NetworkOrganizers networkOrganizers;
    private final TrustStore trust;
    private final NetworkStore networks;
    private final OrganizerStore organizers;

    TrustController(Authenticator authenticator, NetworkOrganizers networkOrganizers, TrustStore trust,
                    NetworkStore networks, OrganizerStore organizers) {
        this.authenticator = authenticator;
        this.networkOrganizers = networkOrganizers;
        this.trust = trust;
        this.networks = networks;
        this.organizers = organizers;
    }

    @Get
    public List<String> list(HttpRequest<?> request, @PathVariable String network) {
        ownNetwork(authenticator.caller(request), network);
        return trust.trusted(network);
    }

    @Put("/{organizer}")
    public HttpResponse<Void> trust(HttpRequest<?> request, @PathVariable String network,
                                    @PathVariable String organizer) {
        ownNetwork(authenticator.writer(request), network);
        if (!organizers.existsById(organizer)) {
            throw ProblemException.notFound("organizer", organizer);
        }
        if (networkOrganizers.among(network, List.of(organizer)).isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "Organizer '" + organizer
                    + "' is not based in a member city of network '" + network + "'");
        }
        return trust.trust(network, organizer) ? HttpResponse.status(HttpStatus.CREATED) : HttpResponse.noContent();
    }

    @Delete("/{organizer}")
    public HttpResponse<Void> distrust(HttpRequest<?> request, @PathVariable String network,
                                       @PathVariable String organizer) {
        ownNetwork(authenticator.writer(request), network);
        if (!trust.distrust(network, organizer)) {
            throw ProblemException.notFound("trusted organizer", organizer);
        }
        return HttpResponse.noContent();
    }

    private void ownNetwork(Caller caller, String network) {
        if (!caller.isAdmin() && !(caller.scope() == Scope.NETWORK && network.equals(caller.slug()))) {
            throw Permissions.forbidden(caller, "manage the trusted organizers of network " + network);
        }
        if (!networks.existsById(network)) {
            throw ProblemException.notFound("network", network);
        }
    }
}
