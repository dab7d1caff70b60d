package org.learncal.city;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.learncal.link.LinkFactory;
import org.learncal.problem.ProblemException;
import org.learncal.reference.City;
import org.learncal.reference.CityStore;
import org.learncal.reference.Membership;
import org.learncal.reference.MembershipStore;
import org.learncal.reference.Network;
import org.learncal.reference.NetworkStore;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Cities and the networks they belong to. */
@Controller("/api/cities")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CityController {
    private final CityStore cities;
    private final MembershipStore memberships;
    private final NetworkStore networks;
    private final LinkFactory links;

    CityController(CityStore cities, MembershipStore memberships, NetworkStore networks,
                   LinkFactory links) {
        this.cities = cities;
        this.memberships = memberships;
        this.networks = networks;
        this.links = links;
    }

    @Get
    public List<CityView> list() {
        Map<String, List<Membership>> byCity = memberships.findAll().stream()
                .collect(Collectors.groupingBy(membership -> membership.key().citySlug()));
        Map<String, Network> networkMap = networkMap();
        return cities.findAllOrderByName().stream()
                .map(city -> view(city, byCity.getOrDefault(city.slug(), List.of()), networkMap)).toList();
    }

    @Get("/{slug}")
    public CityView show(String slug) {
        City city = cities.findById(slug).orElseThrow(() -> ProblemException.notFound("city", slug));
        return view(city, memberships.findByKeyCitySlug(slug), networkMap());
    }

    private Map<String, Network> networkMap() {
        return StreamSupport.stream(networks.findAll().spliterator(), false)
                .collect(Collectors.toMap(Network::slug, Function.identity()));
    }

    private CityView view(City city, List<Membership> cityMemberships, Map<String, Network> networkMap) {
        List<CityView.NetworkMembership> views = cityMemberships.stream()
                .map(m -> new CityView.NetworkMembership(m.key().networkSlug(),
                        networkMap.get(m.key().networkSlug()).name(), m.joinedYear()))
                .sorted(Comparator.comparing(CityView.NetworkMembership::name)).toList();
        return new CityView(city.slug(), city.name(), city.country(), city.timeZone(), city.latitude(),
                city.longitude(), views, links.city(city.slug()));
    }
}
