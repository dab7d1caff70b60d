package org.learncal.apispec;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learncal.support.Tokens.ADMIN;
import static org.learncal.support.Tokens.fresh;

/** The admin API against api-spec/openapi.yaml: creating the catalogue, issuing and revoking tokens. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminContractTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ContractValidator contract;
    @Inject
    ContractCalls calls;


    @Test
    void creatingANetworkACityAndAnOrganizerAnswers201WithLocation() {
        String network = fresh("net");
        Exchange created = calls.post(ADMIN, "/api/networks", Map.of("slug", network, "name", "Réseau " + network,
                "website", "https://example.org/" + network));
        contract.assertValidExchange(created);
        assertEquals("/api/networks/" + network, created.responseHeader("Location").orElseThrow());
        assertEquals(List.of(), calls.read(created, 201).get("members"));

        String city = fresh("city");
        Exchange cityCreated = calls.post(ADMIN, "/api/cities", Map.of("slug", city, "name", "Ville " + city,
                "country", "MA", "timeZone", "Africa/Casablanca", "latitude", 32.2359, "longitude", -7.9537,
                "networks", List.of(Map.of("network", network, "joined", 2020))));
        contract.assertValidExchange(cityCreated);
        assertEquals("/api/cities/" + city, cityCreated.responseHeader("Location").orElseThrow());

        String organizer = fresh("org");
        Exchange organizerCreated = calls.post(ADMIN, "/api/organizers", Map.of("slug", organizer,
                "name", "Organisateur " + organizer, "kind", "university", "email", "events@example.org",
                "city", city));
        contract.assertValidExchange(organizerCreated);
        assertEquals(city, calls.read(organizerCreated, 201).get("city"));
    }

    @Test
    void creatingAnExistingSlugAnswers409() {
        String network = Tokens.network(client.toBlocking());
        Exchange again = calls.post(ADMIN, "/api/networks", Map.of("slug", network, "name", "Again"));
        assertEquals(409, again.status(), again.toString());
        contract.assertValidExchange(again);
    }

    @Test
    void anUnknownFieldAnswers400NamingIt() {
        Exchange refused = calls.post(ADMIN, "/api/organizers", Map.of("slug", fresh("org"), "name", "X",
                "kind", "ngo", "colour", "blue"));
        assertEquals(400, refused.status(), refused.toString());
        contract.assertValidResponse(refused);
        assertTrue(refused.body().contains("\"name\":\"colour\""), refused.body());
    }

    @Test
    void withoutATokenTheAdminApiAnswers401WithWwwAuthenticate() {
        Exchange refused = calls.post(null, "/api/networks", Map.of("slug", fresh("net"), "name", "Nobody's"));
        assertEquals(401, refused.status(), refused.toString());
        assertEquals("Bearer realm=\"learncal\"", refused.responseHeader("WWW-Authenticate").orElseThrow());
        contract.assertValidResponse(refused);
    }

    @Test
    void anOrganizerTokenMayNotUseTheAdminApi() {
        Tokens.Publisher publisher = Tokens.publisher(client.toBlocking(), false);
        Exchange refused = calls.post(publisher.organizerToken(), "/api/organizers/" + publisher.organizer()
                + "/tokens", Map.of("name", "self-issued"));
        assertEquals(403, refused.status(), refused.toString());
        contract.assertValidExchange(refused);
    }

    @Test
    void tokensAreIssuedListedWithoutSecretsAndRevoked() {
        Tokens.Publisher publisher = Tokens.publisher(client.toBlocking(), false);
        String tokens = "/api/organizers/" + publisher.organizer() + "/tokens";
        Exchange issued = calls.post(ADMIN, tokens, Map.of("name", "UM6P events desk"));
        contract.assertValidExchange(issued);
        Map<String, Object> token = calls.read(issued, 201);
        assertTrue(((String) token.get("token")).startsWith("lc_"), issued.body());
        assertEquals(tokens + "/" + token.get("id"), issued.responseHeader("Location").orElseThrow());

        Exchange listed = calls.get(ADMIN, tokens);
        contract.assertValidExchange(listed);
        assertEquals(200, listed.status());
        assertFalse(listed.body().contains("\"token\""), listed.body());

        Exchange revoked = calls.delete(ADMIN, tokens + "/" + token.get("id"));
        assertEquals(204, revoked.status(), revoked.toString());
        contract.assertValidExchange(revoked);
        Exchange again = calls.delete(ADMIN, tokens + "/" + token.get("id"));
        assertEquals(404, again.status(), again.toString());
        contract.assertValidExchange(again);
    }

    @Test
    void networkTokensAreIssuedAndListed() {
        String network = Tokens.network(client.toBlocking());
        Exchange issued = calls.post(ADMIN, "/api/networks/" + network + "/tokens", Map.of("name", "Reviewers"));
        contract.assertValidExchange(issued);
        assertEquals("network", calls.read(issued, 201).get("scope"));
        Exchange listed = calls.get(ADMIN, "/api/networks/" + network + "/tokens");
        contract.assertValidExchange(listed);
        assertEquals(200, listed.status());
    }

    @Test
    void tokensOfAnUnknownOrganizerAnswer404() {
        Exchange missing = calls.send(ADMIN, HttpRequest.GET("/api/organizers/" + fresh("nobody") + "/tokens"));
        assertEquals(404, missing.status(), missing.toString());
        contract.assertValidExchange(missing);
    }
}
