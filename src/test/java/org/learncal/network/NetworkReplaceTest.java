package org.learncal.network;

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

/** The admin changes a network; its slug stays, its members stay. */
@MicronautTest(transactional = false)
class NetworkReplaceTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aReplacedNetworkShowsEveryNewFieldAndKeepsItsMembers() {
        String network = Tokens.network(client.toBlocking());
        String city = Tokens.city(client.toBlocking(), network);
        client.toBlocking().exchange(as(ADMIN, HttpRequest.PUT("/api/networks/" + network, Map.of("slug", network,
                "name", "Réseau renommé", "website", "https://example.org/reseau", "coordinator", "uil"))));

        NetworkView shown = client.toBlocking().retrieve(HttpRequest.GET("/api/networks/" + network),
                NetworkView.class);
        assertEquals(List.of("Réseau renommé", "", "https://example.org/reseau", "uil"), List.of(shown.name(),
                shown.description(), shown.website(), shown.coordinator()));
        assertEquals(List.of(city), shown.members().stream().map(NetworkView.Member::slug).toList());
    }

    @Test
    void theSlugCannotChange() {
        String network = Tokens.network(client.toBlocking());
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(as(ADMIN, HttpRequest.PUT("/api/networks/" + network,
                        Map.of("slug", "renamed", "name", "X")))));
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        assertEquals(List.of(Map.of("name", "slug", "reason", "is '" + network
                        + "' and cannot change (events and feeds name it); create a new one instead")),
                refused.getResponse().getBody(Map.class).orElseThrow().get("errors"));
    }
}
