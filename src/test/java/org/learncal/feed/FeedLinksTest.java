package org.learncal.feed;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.learncal.support.FeedClient;
import org.learncal.support.IcsChecks;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every JSON resource and listing links its feed (https and webcal), and each link serves a valid feed. */
@MicronautTest(transactional = false)
class FeedLinksTest {
    @Inject
    @Client("/")
    HttpClient client;

    @ParameterizedTest
    @CsvSource({
        "/api/networks/gnlc, /calendar/networks/gnlc.ics, LearnCal: UNESCO Global Network of Learning Cities",
        "/api/cities/benguerir, /calendar/cities/benguerir.ics, LearnCal: Benguerir",
        "/api/organizers/uil, /calendar/organizers/uil.ics, LearnCal: UNESCO Institute for Lifelong Learning",
        "/api/events/3f1c2a7e-5b8d-4c3e-9a6f-0d2b1e4c7a01, "
                + "/calendar/events/3f1c2a7e-5b8d-4c3e-9a6f-0d2b1e4c7a01.ics, "
                + "LearnCal: L'apprentissage dans le contexte de la pandémie du Covid-19",
        "/api/events?topic=literacy&language=fr, /calendar.ics?topic=literacy&language=fr, "
                + "'LearnCal: Literacy, in French'",
    })
    void resourceLinksItsFeed(String resource, String feedPath, String feedName) {
        Map<String, Object> json = client.toBlocking().retrieve(HttpRequest.GET(resource), Argument.mapOf(String.class, Object.class));
        @SuppressWarnings("unchecked")
        Map<String, String> links = (Map<String, String>) json.get("links");
        assertEquals(FeedClient.BASE + feedPath, links.get("ics"));
        assertEquals("webcal://learncal.test" + feedPath, links.get("webcal"));
        var calendar = IcsChecks.parse(FeedClient.body(client, links.get("ics")));
        assertEquals(feedName, calendar.getNames().get(0).getValue());
        assertEquals(links.get("ics"), calendar.getSource().getValue());
    }

    @Test
    void eachTopicLinksTheFeedOfItsEvents() {
        List<Map<String, Object>> topics = client.toBlocking().retrieve(HttpRequest.GET("/api/topics"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        Map<String, Object> literacy = topics.stream().filter(topic -> topic.get("slug").equals("literacy"))
                .findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, String> links = (Map<String, String>) literacy.get("links");
        assertEquals(FeedClient.BASE + "/calendar.ics?topic=literacy", links.get("ics"));
        assertEquals("webcal://learncal.test/calendar.ics?topic=literacy", links.get("webcal"));
        assertEquals("LearnCal: Literacy",
                IcsChecks.parse(FeedClient.body(client, links.get("ics"))).getNames().get(0).getValue());
    }
}
