package org.learncal.manage;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A network and the admin write events in the console for the organizers the API lets them act for. */
@MicronautTest(transactional = false)
class ActingForEventsTest {
    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient api;

    Tokens.Publisher publisher;
    ConsoleClient network;

    @BeforeEach
    void signIn() {
        publisher = Tokens.publisher(api.toBlocking(), false);
        network = new ConsoleClient(server.getURI());
        network.signIn(publisher.networkToken());
    }

    private static List<String> options(Document page, String select) {
        return page.select("#" + select + " option").stream().map(Element::val).toList();
    }

    @Test
    void aNetworkChoosesAmongTheOrganizersOfItsMemberCities() {
        Document list = network.get("/manage/events").html();

        assertEquals(List.of("", publisher.organizer()), options(list, "organizer"));
        assertEquals(List.of(), list.select("section[id^=state-]").eachAttr("id"));
        Document form = network.get("/manage/events/new?organizer=" + publisher.organizer()).html();
        assertEquals(List.of("", publisher.organizer()), options(form, "organizers"));
        assertEquals(publisher.organizer(), form.selectFirst("#organizers option[selected]").val());
        assertEquals("Africa/Casablanca", form.getElementById("timeZone").val());
    }

    @Test
    void aNetworkCreatesAnEventForAMemberOrganizerAndFindsItInItsList() {
        ConsoleClient.Answer created = network.submit("/manage/events/new", "/manage/events",
                EventFormTest.allDayFrench(publisher));

        assertEquals(303, created.status(), created.html().select(".field-error").text());
        String page = created.header("Location").orElseThrow().replaceAll("\\?.*", "");
        Document edit = network.get(page).html();
        assertEquals(publisher.organizer(), edit.selectFirst("#organizers option[selected]").val());
        Document list = network.get("/manage/events?organizer=" + publisher.organizer()).html();
        assertEquals(List.of(page.substring(page.lastIndexOf('/') + 1)),
                list.select(".console-events li").eachAttr("data-id"));
    }

    @Test
    void aNetworkCannotWriteForAnOrganizerOutsideItsCitiesAndIsToldBesideTheField() {
        List<String> fields = EventFormTest.allDayFrench(publisher);
        fields.set(fields.indexOf(publisher.organizer()), "um6p");

        ConsoleClient.Answer refused = network.submit("/manage/events/new", "/manage/events", fields);

        assertEquals(400, refused.status());
        assertEquals("The token '" + publisher.network() + " reviewers' (network " + publisher.network()
                + ") may not write events of organizers um6p", refused.html().getElementById("organizers-error").text());
        assertEquals("Journée internationale de l'éducation", refused.html().getElementById("title").val());
    }

    @Test
    void theAdminEditsAnyOrganizersEvent() {
        ConsoleClient organizer = new ConsoleClient(server.getURI());
        organizer.signIn(publisher.organizerToken());
        String page = organizer.submit("/manage/events/new", "/manage/events", EventFormTest.allDayFrench(publisher))
                .header("Location").orElseThrow().replaceAll("\\?.*", "");
        ConsoleClient admin = new ConsoleClient(server.getURI());
        admin.signIn(Tokens.ADMIN);
        List<String> fields = EventFormTest.allDayFrench(publisher);
        fields.set(fields.indexOf("title") + 1, "Journée de l'éducation (corrigée)");
        fields.addAll(List.of("etag", admin.get(page).html().selectFirst("input[name=etag]").val()));

        ConsoleClient.Answer saved = admin.submit(page, page, fields);

        assertEquals(303, saved.status(), saved.html().select(".field-error, #stale").text());
        assertEquals("Journée de l'éducation (corrigée)", organizer.get(page).html().getElementById("title").val());
        assertTrue(options(admin.get("/manage/events").html(), "organizer").containsAll(List.of("um6p",
                publisher.organizer())));
    }
}
