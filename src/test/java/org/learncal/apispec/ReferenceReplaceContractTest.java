package org.learncal.apispec;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.learncal.support.Tokens.ADMIN;

/** Changing networks, cities and organizers (PUT) against api-spec/openapi.yaml. */
@MicronautTest(transactional = false)
class ReferenceReplaceContractTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    ContractValidator contract;
    @Inject
    ContractCalls calls;

    private Exchange put(String token, String path, Object body) {
        return calls.send(token, HttpRequest.PUT(path, calls.text(body)).contentType(MediaType.APPLICATION_JSON));
    }

    @Test
    void replacingANetworkACityAndAnOrganizerAnswers200WithTheNewState() {
        String network = Tokens.network(client.toBlocking());
        String city = Tokens.city(client.toBlocking(), network);
        String organizer = Tokens.organizer(client.toBlocking(), city);
        Exchange networkChanged = put(ADMIN, "/api/networks/" + network, Map.of("slug", network, "name", "Renamed",
                "coordinator", organizer));
        contract.assertValidExchange(networkChanged);
        assertEquals(organizer, calls.read(networkChanged, 200).get("coordinator"));
        Exchange cityChanged = put(ADMIN, "/api/cities/" + city, Map.of("slug", city, "name", "Ville",
                "country", "FR", "timeZone", "Europe/Paris", "latitude", 48.85, "longitude", 2.35));
        contract.assertValidExchange(cityChanged);
        assertEquals(List.of(), calls.read(cityChanged, 200).get("networks"));
        Exchange organizerChanged = put(ADMIN, "/api/organizers/" + organizer, Map.of("slug", organizer, "name", "Org",
                "kind", "school"));
        contract.assertValidExchange(organizerChanged);
        assertEquals("school", calls.read(organizerChanged, 200).get("kind"));
    }

    @Test
    void aSlugThatDiffersFromThePathAnswers400() {
        String network = Tokens.network(client.toBlocking());
        Exchange refused = put(ADMIN, "/api/networks/" + network, Map.of("slug", "other", "name", "X"));
        assertEquals(400, refused.status(), refused.toString());
        contract.assertValidExchange(refused);
    }

    @Test
    void replacingAnUnknownCityAnswers404AndAnOrganizerToken403() {
        String nowhere = Tokens.fresh("nowhere");
        Exchange missing = put(ADMIN, "/api/cities/" + nowhere, Map.of("slug", nowhere, "name", "X",
                "country", "MA", "timeZone", "Africa/Casablanca"));
        assertEquals(404, missing.status(), missing.toString());
        contract.assertValidExchange(missing);
        Tokens.Publisher publisher = Tokens.publisher(client.toBlocking(), false);
        Exchange refused = put(publisher.organizerToken(), "/api/organizers/" + publisher.organizer(),
                Map.of("slug", publisher.organizer(), "name", "Self-renamed", "kind", "ngo"));
        assertEquals(403, refused.status(), refused.toString());
        contract.assertValidExchange(refused);
    }
}
