package org.learncal.city;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.learncal.support.Tokens.ADMIN;
import static org.learncal.support.Tokens.as;

/** The admin changes a city: its fields, and its memberships replaced by those given. */
@MicronautTest(transactional = false)
class CityReplaceTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aReplacedCityHasTheNewZoneCoordinatesAndOnlyTheMembershipsGiven() {
        String left = Tokens.network(client.toBlocking());
        String joined = Tokens.network(client.toBlocking());
        String city = Tokens.city(client.toBlocking(), left);
        client.toBlocking().exchange(as(ADMIN, HttpRequest.PUT("/api/cities/" + city, Map.of("name", "Tétouan",
                "country", "MA", "timeZone", "Africa/Casablanca", "latitude", 35.5785, "longitude", -5.3684,
                "networks", List.of(Map.of("network", joined, "joined", 2023))))));

        CityView shown = client.toBlocking().retrieve(HttpRequest.GET("/api/cities/" + city), CityView.class);
        assertEquals(List.of("Tétouan", "Africa/Casablanca", "35.5785", "-5.3684"), List.of(shown.name(),
                shown.timeZone(), shown.latitude().toString(), shown.longitude().toString()));
        assertEquals(List.of(new CityView.NetworkMembership(joined, "Network " + joined, 2023)), shown.networks());
    }

    @Test
    void aBadReplacementNamesEveryFieldAndChangesNothing() {
        String network = Tokens.network(client.toBlocking());
        String city = Tokens.city(client.toBlocking(), network);
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(as(ADMIN, HttpRequest.PUT("/api/cities/" + city, Map.of(
                        "name", "X", "country", "XX", "timeZone", "Mars/Olympus",
                        "networks", List.of(Map.of("network", "no-such")))))));
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        List<?> names = ((List<Map<?, ?>>) refused.getResponse().getBody(Map.class).orElseThrow().get("errors"))
                .stream().map(error -> error.get("name")).toList();
        assertEquals(List.of("country", "timeZone", "networks"), names);
        CityView kept = client.toBlocking().retrieve(HttpRequest.GET("/api/cities/" + city), CityView.class);
        assertEquals("City " + city, kept.name());
        assertEquals(List.of(network), kept.networks().stream().map(CityView.NetworkMembership::slug).toList());
    }
}
