package org.learncal.importer;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.learncal.support.HtmlChecks;
import org.learncal.support.Tokens;
import org.learncal.support.WebResponse;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.learncal.importer.ImportCalls.fixture;

/** An event whose VTIMEZONE matched no IANA zone says so on its page, in each language, and the page is valid. */
@MicronautTest
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
class ZoneGivenBySourceTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void eventPageSaysTheZoneIsAsGivenByTheSourceAndShowsItsOffset() throws Exception {
        Tokens.Publisher publisher = Tokens.publisher(http.toBlocking(), true);
        var report = ZoneImports.importBytes(http.toBlocking(), publisher.organizerToken(),
                fixture("outlook-customized-made-up.ics"));
        Map<String, Object> first = report.get("created").stream()
                .filter(item -> "20270320T053000Z".equals(item.get("recurrence"))).findFirst().orElseThrow();
        WebResponse page = WebResponse.get(http, "/events/" + first.get("id"));
        Document html = page.html();
        assertEquals("Time zone as given by the source", html.selectFirst("#zone-given-by-source").text());
        assertEquals("2027-03-20T10:00:00+04:30", html.selectFirst("#event-time").attr("datetime"));
        assertEquals(true, html.selectFirst("#event-time").text().endsWith("· UTC+04:30"), html.selectFirst(
                "#event-time").text());
        assertEquals(List.of(), HtmlChecks.errors(HtmlChecks.report(page.body())));
        Document french = WebResponse.get(http, HttpRequest.GET("/events/" + first.get("id"))
                .header("Accept-Language", "fr")).html();
        assertEquals("Fuseau horaire tel que donné par la source", french.selectFirst("#zone-given-by-source").text());
    }

    @Test
    void eventPageOfAnIanaZoneHasNoSuchNote() {
        Tokens.Publisher publisher = Tokens.publisher(http.toBlocking(), true);
        var report = ZoneImports.importBytes(http.toBlocking(), publisher.organizerToken(),
                fixture("outlook-customized-paris.ics"));
        Document html = WebResponse.get(http, "/events/" + report.get("created").get(0).get("id")).html();
        assertEquals(null, html.selectFirst("#zone-given-by-source"));
        assertEquals(true, html.selectFirst("#event-time").text().endsWith("· Europe/Paris (UTC+01:00)"));
    }
}
