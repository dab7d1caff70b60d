package org.learncal.token;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.db.Sql;
import org.learncal.support.EventBodies;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learncal.support.Tokens.as;

@MicronautTest
class TokenScopeTest {
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    private HttpClientResponseException refused(HttpRequest<?> request) {
        return assertThrows(HttpClientResponseException.class, () -> client().exchange(request, Map.class));
    }

    private static void assertProblem(HttpClientResponseException e, HttpStatus status, String type) {
        assertEquals(status, e.getStatus());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        assertEquals("https://learncal.org/problems/" + type,
                e.getResponse().getBody(Map.class).orElseThrow().get("type"));
    }

    @Test
    void organizerTokenWritesOnlyItsOwnOrganizersEvents() {
        Tokens.Publisher mine = Tokens.publisher(client(), true);
        Tokens.Publisher theirs = Tokens.publisher(client(), true);
        HttpResponse<Map> created = client().exchange(as(mine.organizerToken(), HttpRequest.POST("/api/events",
                EventBodies.online(mine.organizer(), "Mine"))), Map.class);
        assertEquals(HttpStatus.CREATED, created.getStatus());

        HttpClientResponseException foreign = refused(as(mine.organizerToken(), HttpRequest.POST("/api/events",
                EventBodies.online(theirs.organizer(), "Not mine"))));
        assertProblem(foreign, HttpStatus.FORBIDDEN, "forbidden");

        String id = (String) created.body().get("id");
        HttpClientResponseException cancelByOther = refused(as(theirs.organizerToken(),
                HttpRequest.POST("/api/events/" + id + "/cancel", Map.of("reason", "hijack"))));
        assertProblem(cancelByOther, HttpStatus.FORBIDDEN, "forbidden");
    }

    @Test
    void networkTokenWritesEventsOfOrganizersInItsMemberCitiesOnly() {
        Tokens.Publisher publisher = Tokens.publisher(client(), false);
        Tokens.Publisher other = Tokens.publisher(client(), false);
        HttpResponse<Map> created = client().exchange(as(publisher.networkToken(), HttpRequest.POST("/api/events",
                EventBodies.online(publisher.organizer(), "By the network"))), Map.class);
        assertEquals(HttpStatus.CREATED, created.getStatus());
        assertEquals("approved", created.header("LearnCal-Review"));

        assertProblem(refused(as(publisher.networkToken(), HttpRequest.POST("/api/events",
                EventBodies.online(other.organizer(), "Outside the network")))), HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(refused(as(publisher.networkToken(), HttpRequest.POST("/api/events",
                EventBodies.online("um6p", "Seeded organizer elsewhere")))), HttpStatus.FORBIDDEN, "forbidden");
    }

    @Test
    void missingMalformedUnknownAndRevokedTokensAre401WithChallenge() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        Map<String, Object> body = EventBodies.online(publisher.organizer(), "Unauthenticated");
        List<HttpRequest<?>> requests = List.of(
                HttpRequest.POST("/api/events", body),
                HttpRequest.POST("/api/events", body).header("Authorization", "Basic dXNlcjpwYXNz"),
                HttpRequest.POST("/api/events", body).bearerAuth("lc_not-a-token"),
                HttpRequest.POST("/api/events", body).header("Authorization", "Bearer "));
        for (HttpRequest<?> request : requests) {
            HttpClientResponseException e = refused(request);
            assertProblem(e, HttpStatus.UNAUTHORIZED, "unauthorized");
            assertTrue(e.getResponse().header("WWW-Authenticate").startsWith("Bearer"));
        }

        Map<?, ?> issued = client().retrieve(as(Tokens.ADMIN, HttpRequest.POST("/api/organizers/"
                + publisher.organizer() + "/tokens", Map.of("name", "temporary"))), Map.class);
        client().exchange(as(Tokens.ADMIN, HttpRequest.DELETE("/api/organizers/" + publisher.organizer()
                + "/tokens/" + issued.get("id"))));
        assertProblem(refused(as((String) issued.get("token"), HttpRequest.POST("/api/events", body))),
                HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    @Test
    void adminEndpointsRefuseOtherTokens() {
        Tokens.Publisher publisher = Tokens.publisher(client(), false);
        Map<String, Object> network = Map.of("slug", Tokens.fresh("net"), "name", "Sneaky");
        assertProblem(refused(as(publisher.networkToken(), HttpRequest.POST("/api/networks", network))),
                HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(refused(as(publisher.organizerToken(), HttpRequest.POST("/api/organizers/"
                + publisher.organizer() + "/tokens", Map.of("name", "more")))), HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(refused(HttpRequest.POST("/api/networks", network)), HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    @Test
    void tokensAreListedWithoutSecretsAndStoredOnlyAsHashes() {
        Tokens.Publisher publisher = Tokens.publisher(client(), false);
        client().exchange(as(publisher.organizerToken(), HttpRequest.POST("/api/events",
                EventBodies.online(publisher.organizer(), "Uses the token"))));

        List<Map> listed = client().retrieve(as(Tokens.ADMIN, HttpRequest.GET("/api/organizers/"
                + publisher.organizer() + "/tokens")), io.micronaut.core.type.Argument.listOf(Map.class));
        assertEquals(1, listed.size());
        assertEquals(publisher.organizer() + " desk", listed.get(0).get("name"));
        assertEquals("organizer", listed.get(0).get("scope"));
        assertFalse(listed.get(0).containsKey("token"));
        assertTrue(listed.get(0).get("lastUsed") != null);

        String secret = publisher.organizerToken();
        assertTrue(secret.startsWith("lc_") && secret.length() == 3 + 43);
        List<String> rows = sql.query("SELECT * FROM api_token WHERE scope_slug = ?",
                List.of(publisher.organizer()), row -> {
                    StringBuilder all = new StringBuilder();
                    for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                        all.append(row.getString(column)).append('|');
                    }
                    return all.toString();
                });
        assertEquals(1, rows.size());
        assertFalse(rows.get(0).contains(secret));
        assertFalse(rows.get(0).contains(secret.substring(3)));
        assertTrue(rows.get(0).contains(org.learncal.token.Secrets.hash(secret)));
    }
}
