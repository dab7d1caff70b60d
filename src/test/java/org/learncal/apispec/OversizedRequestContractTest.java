package org.learncal.apispec;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requests too large before their body: the answer names the part that was too large, as the spec says. */
@MicronautTest(transactional = false)
class OversizedRequestContractTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ContractValidator contract;

    @Test
    void aTenKibAuthorizationHeaderAnswers431HeadersTooLarge() {
        Exchange refused = Exchange.send(client, HttpRequest.GET("/api/events")
                .header("Authorization", "Bearer " + "x".repeat(10 * 1024)), null);
        assertEquals(431, refused.status(), refused.toString());
        assertProblem(refused, "headers-too-large", "The request headers are too large",
                "The request's header fields are over the server's limit of 8192 bytes in all");
    }

    @Test
    void aTwentyKibUriAnswers414UriTooLong() {
        Exchange refused = Exchange.send(client, HttpRequest.GET("/api/events?q=" + "x".repeat(20 * 1024)), null);
        assertEquals(414, refused.status(), refused.toString());
        assertProblem(refused, "uri-too-long", "The request URI is too long",
                "The request line (method, URI and version) is over the server's limit of 16384 bytes");
    }

    @Test
    void aUriJustUnderTheLimitIsServed() {
        Exchange served = Exchange.send(client, HttpRequest.GET("/api/events?q=" + "x".repeat(190)), null);
        assertEquals(200, served.status(), served.toString());
    }

    private void assertProblem(Exchange refused, String slug, String title, String detail) {
        assertEquals("application/problem+json", refused.contentType());
        assertTrue(refused.body().contains("\"type\":\"https://learncal.org/problems/" + slug + "\""), refused.body());
        assertTrue(refused.body().contains("\"title\":\"" + title + "\""), refused.body());
        assertTrue(refused.body().contains("\"detail\":\"" + detail.replace("'", "'") + "\""), refused.body());
        contract.assertValidResponse(refused);
    }
}
