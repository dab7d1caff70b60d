package org.learncal.organizer;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.learncal.support.Tokens.ADMIN;
import static org.learncal.support.Tokens.as;

/** The admin changes an organizer; a field left out is cleared, as PUT replaces. */
@MicronautTest(transactional = false)
class OrganizerReplaceTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aReplacedOrganizerHasExactlyTheNewFields() {
        String organizer = Tokens.organizer(client.toBlocking(), "benguerir");
        OrganizerView changed = client.toBlocking().retrieve(as(ADMIN, HttpRequest.PUT("/api/organizers/"
                + organizer, Map.of("name", "Médiathèque", "kind", "city_government",
                "email", "agenda@example.org"))), OrganizerView.class);

        assertEquals(new OrganizerView(organizer, "Médiathèque", "city_government", null, "agenda@example.org", null,
                changed.links()), client.toBlocking().retrieve(HttpRequest.GET("/api/organizers/" + organizer),
                OrganizerView.class));
        assertEquals("https://learncal.test/api/organizers/" + organizer, changed.links().self());
    }

    @Test
    void anUnknownOrganizerAnswers404() {
        HttpClientResponseException missing = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(as(ADMIN, HttpRequest.PUT("/api/organizers/no-such-org",
                        Map.of("name", "X", "kind", "ngo")))));
        assertEquals(HttpStatus.NOT_FOUND, missing.getStatus());
    }
}
