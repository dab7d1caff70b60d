package org.learncal.problem;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** On localhost, a request from a foreign Origin is refused with a problem (a page in the console) saying why. */
@MicronautTest
class CrossOriginRefusalTest {
    private static final String SEED_EVENT = "3f1c2a7e-5b8d-4c3e-9a6f-0d2b1e4c7a01";

    @Inject
    EmbeddedServer server;

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURI() + path))
                .header("Origin", "https://attacker.example").header("Accept", accept)
                .header("Accept-Language", "fr").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theApiNamesTheRefusedOrigin() throws Exception {
        HttpResponse<String> response = get("/api/events/" + SEED_EVENT + "/history", "application/json");

        assertEquals(403, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("{\"type\":\"https://learncal.org/problems/forbidden\",\"title\":\"Not allowed\",\"status\":403,"
                + "\"detail\":\"A request from the origin 'https://attacker.example' to this server, which is reached "
                + "on localhost, is refused: only pages of localhost may send requests to it. Send it from this "
                + "site's own pages, or without an Origin header.\"}", response.body());
    }

    @Test
    void theConsoleSaysSoOnAPageInTheReadersLanguage() throws Exception {
        HttpResponse<String> response = get("/manage/sign-in", "text/html");

        assertEquals(403, response.statusCode());
        assertEquals("Ce formulaire a été envoyé depuis un autre site : il est refusé.",
                Jsoup.parse(response.body()).getElementById("refusal").text());
    }
}
