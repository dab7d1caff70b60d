package org.learncal.token;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import static org.learncal.support.Tokens.as;

/** The operator sets up networks, cities and organizers, and manages network tokens. */
@MicronautTest
class AdminCreationTest {
    @Inject
    @Client("/")
    HttpClient http;

    private Map<?, ?> problem(HttpRequest<?> request, HttpStatus status) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(request, Map.class));
        assertEquals(status, e.getStatus());
        return e.getResponse().getBody(Map.class).orElseThrow();
    }

    private static List<?> names(Map<?, ?> problem) {
        return ((List<Map<?, ?>>) problem.get("errors")).stream().map(error -> error.get("name")).toList();
    }

    @Test
    void createdReferenceDataIsPublicAtOnceAndDuplicatesConflict() {
        String network = Tokens.network(http.toBlocking());
        String city = Tokens.city(http.toBlocking(), network);
        String organizer = Tokens.organizer(http.toBlocking(), city);
        Map<?, ?> shown = http.toBlocking().retrieve("/api/cities/" + city, Map.class);
        assertEquals(network, ((Map<?, ?>) ((List<?>) shown.get("networks")).get(0)).get("slug"));
        assertEquals(city, http.toBlocking().retrieve("/api/organizers/" + organizer, Map.class).get("city"));
        Map<?, ?> conflict = problem(as(Tokens.ADMIN, HttpRequest.POST("/api/networks",
                Map.of("slug", network, "name", "Again"))), HttpStatus.CONFLICT);
        assertEquals("https://learncal.org/problems/conflict", conflict.get("type"));
    }

    @Test
    void badReferenceDataNamesEveryField() {
        assertEquals(List.of("slug", "name", "website"), names(problem(as(Tokens.ADMIN, HttpRequest.POST(
                "/api/networks", Map.of("slug", "Not A Slug", "name", " ", "website", "ftp://x"))),
                HttpStatus.BAD_REQUEST)));
        assertEquals(List.of("country", "timeZone", "networks"), names(problem(as(Tokens.ADMIN, HttpRequest.POST(
                "/api/cities", Map.of("slug", Tokens.fresh("city"), "name", "X", "country", "XX",
                        "timeZone", "Nowhere", "networks", List.of(Map.of("network", "no-such"))))),
                HttpStatus.BAD_REQUEST)));
        assertEquals(List.of("kind", "email", "city"), names(problem(as(Tokens.ADMIN, HttpRequest.POST(
                "/api/organizers", Map.of("slug", Tokens.fresh("org"), "name", "X", "kind", "guild",
                        "email", "nope", "city", "atlantis"))), HttpStatus.BAD_REQUEST)));
    }

    @Test
    void networkTokensAreListedAndRevoked() {
        String network = Tokens.network(http.toBlocking());
        HttpResponse<Map> issued = http.toBlocking().exchange(as(Tokens.ADMIN, HttpRequest.POST("/api/networks/"
                + network + "/tokens", Map.of("name", "Reviewers"))), Map.class);
        assertEquals(HttpStatus.CREATED, issued.getStatus());
        assertEquals("/api/networks/" + network + "/tokens/" + issued.body().get("id"), issued.header("Location"));
        List<Map> listed = http.toBlocking().retrieve(as(Tokens.ADMIN, HttpRequest.GET("/api/networks/" + network
                + "/tokens")), Argument.listOf(Map.class));
        assertEquals(List.of("Reviewers|network|" + network), listed.stream()
                .map(token -> token.get("name") + "|" + token.get("scope") + "|" + token.get("slug")).toList());
        http.toBlocking().exchange(as(Tokens.ADMIN, HttpRequest.DELETE("/api/networks/" + network + "/tokens/"
                + issued.body().get("id"))));
        assertEquals(List.of(), http.toBlocking().retrieve(as(Tokens.ADMIN, HttpRequest.GET("/api/networks/"
                + network + "/tokens")), Argument.listOf(Map.class)));
        problem(as(Tokens.ADMIN, HttpRequest.DELETE("/api/networks/" + network + "/tokens/" + issued.body().get("id"))),
                HttpStatus.NOT_FOUND);
        problem(as(Tokens.ADMIN, HttpRequest.POST("/api/networks/no-such-network/tokens", Map.of("name", "x"))),
                HttpStatus.NOT_FOUND);
    }
}
