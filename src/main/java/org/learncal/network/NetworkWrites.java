package org.learncal.network;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.catalog.CatalogVersion;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;
import org.learncal.reference.Network;
import org.learncal.reference.NetworkStore;
import org.learncal.reference.OrganizerStore;

/** The one path by which networks are created and changed, for the API and the console alike. */
@Singleton
public class NetworkWrites {
    private final NetworkStore networks;
    private final OrganizerStore organizers;
    private final CatalogVersion version;

    NetworkWrites(NetworkStore networks, OrganizerStore organizers, CatalogVersion version) {
        this.networks = networks;
        this.organizers = organizers;
        this.version = version;
    }

    /** A new network; 400 naming each bad field, 409 when its slug is taken. */
    @Transactional
    public Network create(NetworkRequest input) {
        Network network = valid(input);
        if (networks.existsById(network.slug())) {
            throw new ProblemException(ProblemType.CONFLICT, "A network '" + network.slug() + "' exists already");
        }
        networks.save(network);
        version.bump();
        return network;
    }

    /** Replaces every field of the network {@code slug} (which cannot change); 404 when there is none. */
    @Transactional
    public Network replace(String slug, NetworkRequest input) {
        if (!networks.existsById(slug)) {
            throw ProblemException.notFound("network", slug);
        }
        Network network = valid(input.withSlug(slug));
        networks.update(network);
        version.bump();
        return network;
    }

    private Network valid(NetworkRequest input) {
        return input.toNetwork(input.coordinator() == null || organizers.existsById(input.coordinator()));
    }
}
