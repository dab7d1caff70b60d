package org.learncal.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.learncal.event.Event;
import org.learncal.event.EventFormat;
import org.learncal.event.EventStore;
import org.learncal.event.EventWrites;
import org.learncal.event.Schedule;
import org.learncal.support.TestEvents;
import org.learncal.support.WebResponse;
import org.learncal.token.Caller;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class EventPageTest {
    static final String WEBINAR = "3f1c2a7e-5b8d-4c3e-9a6f-0d2b1e4c7a01";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    EventStore store;
    @Inject
    EventWrites writes;
    @Inject
    ObjectMapper json;

    @Test
    void scriptInTitleIsShownAsText() {
        Event event = TestEvents.online("<script>alert(1)</script>", LocalDateTime.parse("2031-02-03T10:00"),
                "Europe/Paris");
        store.insert(event);

        WebResponse page = WebResponse.get(client, "/events/" + event.id());

        assertEquals(200, page.status());
        assertEquals("<script>alert(1)</script>", page.html().selectFirst("h1").text());
        assertFalse(page.body().contains("<script>alert(1)"));
        assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(page.body().contains("\"name\":\"\\u003cscript>alert(1)\\u003c/script>\""));
    }

    @Test
    void jsonLdOfSeedWebinarDescribesTheAllDayOnlineEvent() throws IOException {
        Map<String, Object> ld = jsonLd(WebResponse.get(client, io.micronaut.http.HttpRequest.GET("/events/"
                + WEBINAR).header("Accept-Language", "fr")).html());
        Map<String, Object> api = json.readValue(
                client.toBlocking().retrieve("/api/events/" + WEBINAR), Argument.mapOf(String.class, Object.class));

        assertEquals("Event", ld.get("@type"));
        assertEquals(api.get("title"), ld.get("name"));
        assertEquals(api.get("description"), ld.get("description"));
        assertEquals("2021-01-22", ld.get("startDate"));
        assertEquals("2021-01-22", ld.get("endDate"));
        assertEquals("https://schema.org/EventScheduled", ld.get("eventStatus"));
        assertEquals("https://schema.org/OnlineEventAttendanceMode", ld.get("eventAttendanceMode"));
        assertEquals(Map.of("@type", "VirtualLocation"), ld.get("location"));
        assertEquals("fr", ld.get("inLanguage"));
        assertFalse(ld.containsKey("isAccessibleForFree"));
        assertEquals("https://learncal.test/events/" + WEBINAR, ld.get("url"));
        assertEquals(((Map<?, ?>) api.get("links")).get("html"), ld.get("url"));
        List<?> organizers = (List<?>) ld.get("organizer");
        assertEquals("Université Mohammed VI Polytechnique", ((Map<?, ?>) organizers.get(0)).get("name"));
    }

    @Test
    void timedEventReadsInItsZoneWithOffsetsInJsonLdAndCalendarLinks() throws IOException {
        Event event = TestEvents.inPerson("Atelier de lecture", LocalDateTime.parse("2030-03-05T15:00"),
                "Europe/Paris");
        store.insert(event);

        Document page = WebResponse.get(client, HttpRequest.GET("/events/" + event.id())
                .header("Accept-Language", "fr")).html();

        assertEquals("mardi 5 mars 2030, 15:00 – 17:00 · Europe/Paris (UTC+01:00)",
                page.selectFirst("#event-time").text());
        assertEquals("2030-03-05T15:00:00+01:00", page.selectFirst("#event-time").attr("datetime"));
        assertEquals("2030-03-05T14:00:00Z", page.selectFirst("[data-reader-zone]").attr("data-start"));
        Map<String, Object> ld = jsonLd(page);
        assertEquals("2030-03-05T15:00:00+01:00", ld.get("startDate"));
        assertEquals("2030-03-05T17:00:00+01:00", ld.get("endDate"));
        assertEquals("https://schema.org/OfflineEventAttendanceMode", ld.get("eventAttendanceMode"));
        assertEquals(Map.of("@type", "Place", "name", "UM6P Campus",
                "address", Map.of("@type", "PostalAddress", "streetAddress", "Lot 660, Hay Moulay Rachid, Benguerir",
                        "addressLocality", "Benguerir", "addressCountry", "MA"),
                "geo", Map.of("@type", "GeoCoordinates", "latitude", 32.2196, "longitude", -7.9363)), ld.get("location"));
        assertEquals(true, ld.get("isAccessibleForFree"));
        assertEquals("https://learncal.test/calendar/events/" + event.id() + ".ics?lang=fr",
                page.selectFirst("#add-ics").attr("href"));
        assertTrue(page.selectFirst("#add-google").attr("href").startsWith(
                "https://calendar.google.com/calendar/render?action=TEMPLATE&text=Atelier%20de%20lecture"
                        + "&dates=20300305T140000Z/20300305T160000Z&details=Description%20of%20Atelier%20de%20lecture"));
        assertTrue(page.selectFirst("#add-outlook").attr("href").contains(
                "&subject=Atelier%20de%20lecture&startdt=2030-03-05T14:00:00Z&enddt=2030-03-05T16:00:00Z&"));
        assertTrue(page.selectFirst("#add-outlook").attr("href").endsWith(
                "&location=UM6P%20Campus%2C%20Lot%20660%2C%20Hay%20Moulay%20Rachid%2C%20Benguerir&allday=false"));
    }

    @Test
    void hybridEventIsBothAPlaceAndAVirtualLocation() throws IOException {
        Event event = TestEvents.event("Forum hybride", Schedule.timed(LocalDateTime.parse("2031-06-01T09:00"),
                LocalDateTime.parse("2031-06-02T17:00"), ZoneId.of("Africa/Casablanca")), EventFormat.HYBRID);
        store.insert(event);

        Document page = WebResponse.get(client, "/events/" + event.id()).html();

        Map<String, Object> ld = jsonLd(page);
        assertEquals("https://schema.org/MixedEventAttendanceMode", ld.get("eventAttendanceMode"));
        List<?> locations = (List<?>) ld.get("location");
        assertEquals("Place", ((Map<?, ?>) locations.get(0)).get("@type"));
        assertEquals(Map.of("@type", "VirtualLocation", "url", "https://meet.example.org/" + event.id()),
                locations.get(1));
        assertEquals("Sunday, June 1, 2031, 9:00 AM – Monday, June 2, 2031, 5:00 PM · Africa/Casablanca (UTC+01:00)",
                page.selectFirst("#event-time").text());
        assertEquals("https://meet.example.org/" + event.id(), page.selectFirst("a.button.primary").attr("href"));
    }

    @Test
    void allDayEventReadsAsDatesWithoutHour() {
        Document page = WebResponse.get(client, "/events/" + WEBINAR).html();

        assertEquals("Friday, January 22, 2021", page.selectFirst("#event-time").text());
        assertEquals("2021-01-22", page.selectFirst("#event-time").attr("datetime"));
        assertTrue(page.select("[data-reader-zone]").isEmpty());
        assertTrue(page.selectFirst("#add-google").attr("href").contains("&dates=20210122/20210123&"));
        assertTrue(page.selectFirst("#add-outlook").attr("href").contains("&startdt=2021-01-22&enddt=2021-01-23&"));
        assertTrue(page.selectFirst("#add-outlook").attr("href").endsWith("&allday=true"));
    }

    @Test
    void cancelledEventShowsBannerWithReason() throws IOException {
        Event event = TestEvents.online("Webinaire annulé", LocalDateTime.parse("2031-04-01T10:00"), "Africa/Casablanca");
        store.insert(event);
        writes.replace(Caller.ADMIN, event,
                event.cancel("Intervenant indisponible", Instant.parse("2026-02-01T10:00:00Z")), "cancelled");

        Document page = WebResponse.get(client, "/events/" + event.id()).html();

        assertEquals("This event is cancelled. Reason: Intervenant indisponible",
                page.selectFirst("#status-banner").text());
        assertEquals("https://schema.org/EventCancelled", jsonLd(page).get("eventStatus"));
    }

    @Test
    void postponedEventShowsBanner() throws IOException {
        Event event = TestEvents.online("Atelier reporté", LocalDateTime.parse("2031-04-02T10:00"), "Africa/Casablanca");
        store.insert(event);
        writes.replace(Caller.ADMIN, event, event.postpone(null, Instant.parse("2026-02-01T10:00:00Z")), "postponed");

        Document page = WebResponse.get(client, HttpRequest.GET("/events/" + event.id())
                .header("Accept-Language", "fr")).html();

        assertEquals("Cet événement est reporté.", page.selectFirst("#status-banner").text());
        assertEquals("https://schema.org/EventPostponed", jsonLd(page).get("eventStatus"));
    }

    @Test
    void unknownEventIsAnHtmlNotFoundPage() {
        WebResponse page = WebResponse.get(client, "/events/00000000-0000-0000-0000-000000000000");
        WebResponse notAnId = WebResponse.get(client, "/events/not-an-id");

        assertEquals(404, page.status());
        assertEquals("Page not found", page.html().selectFirst("h1").text());
        assertEquals(404, notAnId.status());
        assertEquals("text/html", notAnId.contentType().split(";")[0]);
    }

    private Map<String, Object> jsonLd(Document page) throws IOException {
        return json.readValue(page.selectFirst("script[type=application/ld+json]").data(),
                Argument.mapOf(String.class, Object.class));
    }
}
