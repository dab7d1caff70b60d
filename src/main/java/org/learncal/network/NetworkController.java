package org.learncal.network;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.learncal.link.LinkFactory;
import org.learncal.problem.ProblemException;
import org.learncal.reference.CityStore;
import org.learncal.reference.MembershipStore;
import org.learncal.reference.Network;
import org.learncal.reference.NetworkStore;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Learning-city networks and their member cities. */
@Controller("/api/networks")
@ExecuteOn(TaskExecutors.BLOCKING)
public class NetworkController {
    private final NetworkStore networks;
    private final MembershipStore memberships;
    private final CityStore cities;
    private final LinkFactory links;

    NetworkController(NetworkStore networks, MembershipStore memberships, CityStore cities,
                      LinkFactory links) {
        this.networks = networks;
        this.memberships = memberships;
        this.cities = cities;
        this.links = links;
    }

    @Get
    public List<NetworkView> list() {
        return networks.findAllOrderByName().stream().map(network -> view(network, null)).toList();
    }

    @Get("/{slug}")
    public NetworkView show(String slug) {
        Network network = networks.findById(slug).orElseThrow(() -> ProblemException.notFound("network", slug));
        Map<String, Integer> joined = new HashMap<>();
        memberships.findByKeyNetworkSlug(slug).forEach(m -> joined.put(m.key().citySlug(), m.joinedYear()));
        List<NetworkView.Member> members = joined.isEmpty() ? List.of() : cities.findBySlugIn(joined.keySet())
                .stream().map(city -> new NetworkView.Member(city.slug(), city.name(), city.country(),
                        joined.get(city.slug())))
                .sorted(Comparator.comparing(NetworkView.Member::name)).toList();
        return view(network, members);
    }

    private NetworkView view(Network network, List<NetworkView.Member> members) {
        return new NetworkView(network.slug(), network.name(), network.description(), network.website(),
                network.coordinatorSlug(), members, links.network(network.slug()));
    }
}
