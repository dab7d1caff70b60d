package org.learncal.support;

import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plain JDK HTTP calls to a service a test started itself (not the injected one), as the admin of
 * application-test.yml; answers of every status come back as they are.
 */
public final class WebCalls {
    private static final String ADMIN = "Bearer test-admin-token";

    private final URI base;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public WebCalls(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    /** GET with headers given as name, value, name, value... */
    public HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.GET().build());
    }

    /** POSTs a valid online event of the seed organizer um6p as the admin. */
    public HttpResponse<byte[]> postEvent(String title) {
        try {
            byte[] body = json.writeValueAsBytes(EventBodies.online("um6p", title));
            return send(HttpRequest.newBuilder(base.resolve("/api/events")).timeout(Duration.ofSeconds(30))
                    .header("Authorization", ADMIN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Polls {@code path} until it answers 200 (the pool reconnects on its own), for at most 60 s (a loaded CI
     * machine takes far longer than a quiet one; a recovery that works ends the wait at once). The pauses are
     * longer than the 0.5 s for which Hikari lends an idle connection without checking it: H2's client does not
     * report a cut connection in a way Hikari recognises (PostgreSQL's SQLSTATE 08 it does), so only that check
     * evicts it.
     */
    public HttpResponse<byte[]> awaitOk(String path) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        HttpResponse<byte[]> response = get(path);
        while (response.statusCode() != 200 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(600);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            response = get(path);
        }
        HttpResponse<byte[]> last = response;
        assertEquals(200, last.statusCode(), () -> path + " did not recover: " + new String(last.body()));
        return last;
    }

    /** A 503 problem+json of type unavailable, with Retry-After. */
    public static void assertUnavailable(HttpResponse<byte[]> response) {
        String body = new String(response.body());
        assertEquals(503, response.statusCode(), body);
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(body.contains("\"type\":\"https://learncal.org/problems/unavailable\""), body);
        assertEquals("5", response.headers().firstValue("Retry-After").orElseThrow());
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
