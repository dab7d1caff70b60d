package org.learncal.manage;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The organizer's event form: the API's rules beside each field, nothing typed lost, all-day and city zone. */
@MicronautTest(transactional = false)
class EventFormTest {
    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient api;

    Tokens.Publisher publisher;
    ConsoleClient console;

    @BeforeEach
    void signIn() {
        publisher = Tokens.publisher(api.toBlocking(), false);
        console = new ConsoleClient(server.getURI());
        console.signIn(publisher.organizerToken());
    }

    static List<String> allDayFrench(Tokens.Publisher publisher) {
        String organizer = publisher.organizer();
        return new ArrayList<>(List.of("title", "Journée internationale de l'éducation", "language", "fr",
                "allDay", "on", "startDate", "2031-01-24", "endDate", "2031-01-24", "timeZone", "",
                "format", "online", "city", publisher.city(), "joinUrl", "https://meet.example.org/edu", "organizers", organizer,
                "topics", "literacy", "audience", "teachers", "audience", "parents", "free", "true",
                "accessibility", "captions, sign language"));
    }

    @Test
    void newFormOffersTheOrganizersCityAndItsZone() {
        Document form = console.get("/manage/events/new").html();

        assertEquals("Africa/Casablanca", form.getElementById("timeZone").val());
        assertEquals(publisher.city(), form.selectFirst("#city option[selected]").val());
        assertEquals(publisher.organizer(), form.getElementById("organizers").val());
    }

    @Test
    void allDayEventTakesTheCitysZoneAndAwaitsReview() {
        ConsoleClient.Answer created = console.submit("/manage/events/new", "/manage/events",
                allDayFrench(publisher));

        assertEquals(303, created.status(), created.html().select("#error-summary, .field-error").text());
        Document page = console.get(created.header("Location").orElseThrow()).html();
        assertEquals("The event was saved.", page.getElementById("saved").text());
        assertEquals("Awaiting review", page.getElementById("event-state").text());
        assertEquals("Africa/Casablanca", page.getElementById("timeZone").val());
        assertEquals("2031-01-24", page.getElementById("startDate").val());
        assertTrue(page.getElementById("allDay").hasAttr("checked"));
        assertTrue(page.getElementById("audience-parents").hasAttr("checked"));
        assertEquals("captions, sign language", page.getElementById("accessibility").val());
    }

    @Test
    void errorsStandBesideTheirFieldsInTheApisWordsAndTypedValuesStay() {
        List<String> fields = allDayFrench(publisher);
        fields.set(fields.indexOf("2031-01-24") + 2, "2031-01-20");
        fields.addAll(List.of("registrationUrl", "not a link", "description", "Ce que j'ai écrit"));

        ConsoleClient.Answer answer = console.submit("/manage/events/new", "/manage/events", fields);

        assertEquals(400, answer.status());
        Document page = answer.html();
        assertEquals("must not be before startDate", page.getElementById("endDate-error").text());
        assertEquals("true", page.getElementById("endDate").attr("aria-invalid"));
        assertEquals("must be an absolute http or https URL of at most 2000 characters",
                page.getElementById("registrationUrl-error").text());
        assertEquals("Ce que j'ai écrit", page.getElementById("description").text());
        assertEquals("Journée internationale de l'éducation", page.getElementById("title").val());
        assertEquals(2, page.select("#error-summary li").size());
    }

    @Test
    void unreadableLatitudeIsNamedTogetherWithTheApisOwnErrors() {
        List<String> fields = allDayFrench(publisher);
        fields.set(fields.indexOf("online"), "in_person");
        fields.addAll(List.of("venue.name", "Médiathèque", "venue.latitude", "north"));
        fields.set(fields.indexOf("title") + 1, "");

        Document page = console.submit("/manage/events/new", "/manage/events", fields).html();

        assertEquals("'north' is not a number such as 32.23", page.getElementById("venue-latitude-error").text());
        assertEquals("is required and must not be blank", page.getElementById("title-error").text());
        assertEquals("Médiathèque", page.getElementById("venue-name").val());
    }
}
