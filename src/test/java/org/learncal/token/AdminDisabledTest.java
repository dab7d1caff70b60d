package org.learncal.token;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Without LEARNCAL_ADMIN_TOKEN, admin endpoints say they are switched off, whatever token is sent. */
@MicronautTest
@Property(name = "learncal.admin.token", value = "")
class AdminDisabledTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void adminEndpointsAnswer403SayingTheAdminTokenIsUnset() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.POST("/api/networks", Map.of("slug", "x", "name", "X"))
                        .bearerAuth("test-admin-token"), Map.class));
        assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
        Map<?, ?> problem = e.getResponse().getBody(Map.class).orElseThrow();
        assertEquals("https://learncal.org/problems/forbidden", problem.get("type"));
        assertEquals("Admin endpoints are disabled: LEARNCAL_ADMIN_TOKEN is not set on this server",
                problem.get("detail"));
    }
}
