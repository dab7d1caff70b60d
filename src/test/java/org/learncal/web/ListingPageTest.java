package org.learncal.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.learncal.support.WebResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ListingPageTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void networkPageHasSubscribeBoxForItsFeed() {
        Document page = WebResponse.get(client, "/networks/gnlc").html();

        assertEquals("UNESCO Global Network of Learning Cities", page.selectFirst("h1").text());
        assertEquals("webcal://learncal.test/calendar/networks/gnlc.ics?lang=en",
                page.getElementById("subscribe-webcal").attr("href"));
        assertEquals("https://learncal.test/calendar/networks/gnlc.ics?lang=en", page.getElementById("feed-url").val());
        assertEquals("https://calendar.google.com/calendar/render?cid="
                        + "webcal%3A%2F%2Flearncal.test%2Fcalendar%2Fnetworks%2Fgnlc.ics%3Flang%3Den",
                page.getElementById("subscribe-google").attr("href"));
        assertEquals("https://outlook.live.com/calendar/0/addfromweb?url="
                        + "https%3A%2F%2Flearncal.test%2Fcalendar%2Fnetworks%2Fgnlc.ics%3Flang%3Den"
                        + "&name=LearnCal%20%E2%80%93%20UNESCO%20Global%20Network%20of%20Learning%20Cities",
                page.getElementById("subscribe-outlook").attr("href"));
        assertEquals("/networks/gnlc.atom",
                page.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"));
    }

    @Test
    void cityPageListsOnlyItsUpcomingEventsInFrench() {
        Document page = WebResponse.get(client, io.micronaut.http.HttpRequest.GET("/cities/benguerir")
                .header("Accept-Language", "fr")).html();

        assertEquals("Benguerir", page.selectFirst("h1").text());
        assertEquals("Maroc Fuseau horaire : Africa/Casablanca", page.selectFirst("main ul.inline").text());
        assertTrue(page.select(".event-card .meta").eachText().stream().allMatch(meta -> meta.endsWith("Benguerir (MA)")));
        assertEquals("https://learncal.test/calendar/cities/benguerir.ics?lang=fr",
                page.getElementById("feed-url").val());
    }

    @Test
    void organizerPageNamesItsKind() {
        Document page = WebResponse.get(client, "/organizers/um6p").html();

        assertEquals("Université Mohammed VI Polytechnique", page.selectFirst("h1").text());
        assertEquals("University", page.selectFirst("main ul.inline").text());
    }
}
