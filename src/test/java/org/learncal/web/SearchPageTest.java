package org.learncal.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.learncal.support.WebResponse;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class SearchPageTest {
    static final String FILTERS = "from=2021-01-01T00%3A00%3A00Z&topic=literacy&language=fr";

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void searchByTopicLanguageAndDateFindsSeedWebinarFirst() {
        Document page = WebResponse.get(client,
                "/?q=&from=2021-01-01&to=&topic=literacy&language=fr&country=&city=&network=&format=").html();

        Element first = page.selectFirst(".event-card");
        assertEquals("Learning in the context of the Covid-19 pandemic", first.selectFirst("h3").text());
        assertEquals("en", first.selectFirst("h3 a").attr("lang"));
        assertEquals("/events/" + EventPageTest.WEBINAR, first.selectFirst("h3 a").attr("href"));
        assertEquals("Friday, January 22, 2021", first.selectFirst("time").text());
        assertEquals("Online · Université Mohammed VI Polytechnique · Benguerir (MA)",
                first.selectFirst(".meta").text());
        assertEquals("2021-01-01", page.getElementById("from").val());
        assertEquals("literacy", page.selectFirst("#topic option[selected]").val());
        assertEquals("fr", page.selectFirst("#language option[selected]").val());
    }

    @Test
    void subscribeBoxCarriesTheCurrentSearch() {
        Document page = WebResponse.get(client, "/?from=2021-01-01&topic=literacy&language=fr").html();

        String https = "https://learncal.test/calendar.ics?" + FILTERS + "&lang=en";
        String webcal = "webcal://learncal.test/calendar.ics?" + FILTERS + "&lang=en";
        assertEquals(webcal, page.getElementById("subscribe-webcal").attr("href"));
        assertEquals(https, page.getElementById("feed-url").val());
        assertEquals("https://calendar.google.com/calendar/render?cid=" + CalendarLinks.encode(webcal),
                page.getElementById("subscribe-google").attr("href"));
        assertEquals("https://outlook.live.com/calendar/0/addfromweb?url=" + CalendarLinks.encode(https)
                        + "&name=LearnCal%20%E2%80%93%20my%20search",
                page.getElementById("subscribe-outlook").attr("href"));
        assertEquals("/events.atom?" + FILTERS,
                page.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"));
    }

    @Test
    void invalidSearchExplainsEachErrorOnThePage() {
        WebResponse response = WebResponse.get(client, "/?topic=astrology&free=maybe");

        assertEquals(400, response.status());
        assertEquals("text/html", response.contentType().split(";")[0]);
        List<String> errors = response.html().select("[role=alert] li").eachText();
        assertEquals(List.of("topic: 'astrology' is not a known topic (see /api/topics)", "free: must be true or false"),
                errors);
    }

    @Test
    void damagedCursorIsAnExplainedErrorNotAServerError() {
        WebResponse response = WebResponse.get(client, "/?cursor=abc");

        assertEquals(400, response.status());
        assertTrue(response.html().selectFirst("[role=alert]").text().startsWith("Please correct the search: cursor:"));
    }

    @Test
    void defaultPageListsOnlyEventsNotYetEnded() {
        Document page = WebResponse.get(client, "/").html();

        assertEquals("Upcoming events", page.getElementById("results-title").text());
        assertTrue(page.select(".event-card h3 a").eachAttr("href")
                .stream().noneMatch(href -> href.endsWith(EventPageTest.WEBINAR)));
    }
}
