package org.learncal.city;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cities with their zone, position and network memberships. */
@MicronautTest(transactional = false)
class CityApiTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void cityShowsItsZoneAndEveryNetworkItBelongsTo() {
        CityView chefchaouen = client.toBlocking().retrieve(HttpRequest.GET("/api/cities/chefchaouen"), CityView.class);
        assertEquals("MA", chefchaouen.country());
        assertEquals("Africa/Casablanca", chefchaouen.timeZone());
        assertEquals(List.of(
                new CityView.NetworkMembership("gnlc", "UNESCO Global Network of Learning Cities", 2020),
                new CityView.NetworkMembership("fr-villes-apprenantes",
                        "Villes apprenantes francophones (réseau d'exemple)", 2024)), chefchaouen.networks());
        assertEquals("https://learncal.test/calendar/cities/chefchaouen.ics", chefchaouen.links().ics());
    }

    @Test
    void citiesAreListedByName() {
        List<CityView> cities = client.toBlocking().retrieve(HttpRequest.GET("/api/cities"),
                Argument.listOf(CityView.class));
        List<String> names = cities.stream().map(CityView::name).toList();
        assertEquals(names.stream().sorted().toList(), names);
        CityView benguerir = cities.stream().filter(c -> c.slug().equals("benguerir")).findFirst().orElseThrow();
        assertEquals(List.of(new CityView.NetworkMembership("gnlc", "UNESCO Global Network of Learning Cities", 2020)),
                benguerir.networks());
    }
}
