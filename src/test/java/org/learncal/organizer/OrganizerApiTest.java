package org.learncal.organizer;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.link.Links;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Organizers, their kind written in snake case. */
@MicronautTest(transactional = false)
class OrganizerApiTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void organizerShowsKindCityAndLinks() {
        OrganizerView uil = client.toBlocking().retrieve(HttpRequest.GET("/api/organizers/uil"), OrganizerView.class);
        assertEquals(new OrganizerView("uil", "UNESCO Institute for Lifelong Learning", "unesco_institute",
                "https://www.uil.unesco.org", null, "hamburg", new Links("https://learncal.test/api/organizers/uil",
                "https://learncal.test/organizers/uil", "https://learncal.test/calendar/organizers/uil.ics",
                "webcal://learncal.test/calendar/organizers/uil.ics", null)), uil);
    }

    @Test
    void organizersListIncludesTheSeedHost() {
        List<OrganizerView> organizers = client.toBlocking().retrieve(HttpRequest.GET("/api/organizers"),
                Argument.listOf(OrganizerView.class));
        assertTrue(organizers.stream().anyMatch(o -> o.slug().equals("um6p")
                && o.name().equals("Université Mohammed VI Polytechnique") && o.kind().equals("university")));
    }
}
