package org.learncal.embed;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.problem.Problem;
import org.learncal.support.Api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The widget's script and iframe page, oEmbed, snippets and discovery links over HTTP. */
@MicronautTest
class EmbedTest {
    static final int BUDGET = 15 * 1024;
    static final String GNLC_PAGE = "https://learncal.test/networks/gnlc";
    /** The Benguerir webinar of seed-data/, organized by um6p. */
    static final String SEED_WEBINAR = "3f1c2a7e-5b8d-4c3e-9a6f-0d2b1e4c7a01";

    @Inject
    @Client("/")
    HttpClient http;

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    @Test
    void scriptIsServedWithinItsGzippedBudget() throws IOException {
        HttpResponse<byte[]> script = client().exchange(HttpRequest.GET("/embed/learncal-events.js"), byte[].class);
        assertEquals("text/javascript;charset=utf-8", script.header("Content-Type"));
        assertEquals("public, max-age=3600", script.header("Cache-Control"));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(script.body());
        }
        assertTrue(zipped.size() <= BUDGET, "gzipped script is " + zipped.size() + " bytes");
        assertTrue(new String(script.body(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("customElements.define('learncal-events'"));
    }

    @Test
    void iframePageMayBeFramedByAnySiteAndOtherPagesMayNot() {
        HttpResponse<String> frame = client().exchange("/embed/events?network=gnlc&lang=ar", String.class);
        assertTrue(frame.header("Content-Security-Policy").endsWith("frame-ancestors *"));
        assertTrue(frame.body().contains("<html dir=\"rtl\" lang=\"ar\">"), frame.body());
        assertTrue(frame.body().contains("<learncal-events network=\"gnlc\" lang=\"ar\"></learncal-events>"));
        assertTrue(client().exchange("/networks/gnlc", String.class).header("Content-Security-Policy")
                .endsWith("frame-ancestors 'none'"));
    }

    @Test
    void iframePageRefusesWhatTheWidgetDoesNotTake() {
        assertEquals("lang", new Api(client()).problem("/embed/events?lang=de", 400).errors().get(0).name());
        assertEquals("network", new Api(client()).problem("/embed/events?network=nowhere", 400).errors().get(0)
                .name());
    }

    @Test
    void oembedOfANetworkPageIsTheIframeOfItsEvents() {
        Map<String, Object> answer = client().retrieve(HttpRequest.GET("/oembed?format=json&maxwidth=400&url="
                + GNLC_PAGE + "%3Flang%3Dfr"), Argument.mapOf(String.class, Object.class));
        assertEquals(Map.of("version", "1.0", "type", "rich", "title", "LearnCal: network gnlc",
                "html", "<iframe src=\"https://learncal.test/embed/events?network=gnlc&amp;lang=fr\" title=\"LearnCal\""
                        + " width=\"400\" height=\"560\" loading=\"lazy\"></iframe>",
                "width", 400, "height", 560, "provider_name", "LearnCal", "provider_url", "https://learncal.test",
                "cache_age", 3600), answer);
    }

    @Test
    void oembedAnswers404ForOtherUrlsAnd501ForXml() {
        new Api(client()).problem("/oembed?url=https://elsewhere.example/networks/gnlc", 404);
        new Api(client()).problem("/oembed?url=https://learncal.test/networks/nowhere", 404);
        new Api(client()).problem("/oembed?url=" + GNLC_PAGE + "&format=xml", 501);
    }

    @Test
    void oembedRefusesAMaximumSizeBelowOnePixelNamingIt() {
        assertEquals(List.of(new Problem.InputError("maxwidth", "must be a positive number of pixels, got -5")),
                new Api(client()).problem("/oembed?maxwidth=-5&url=" + GNLC_PAGE, 400).errors());
        assertEquals(List.of(new Problem.InputError("maxheight", "must be a positive number of pixels, got 0")),
                new Api(client()).problem("/oembed?maxheight=0&url=" + GNLC_PAGE, 400).errors());
    }

    @Test
    void listingPagesOfferSnippetsAndOembedDiscovery() {
        String page = client().retrieve(HttpRequest.GET("/cities/benguerir").header("Accept-Language", "fr"));
        assertTrue(page.contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://learncal.test"
                + "/oembed?url=https%3A%2F%2Flearncal.test%2Fcities%2Fbenguerir&amp;format=json\""), page);
        assertTrue(page.contains("Intégrer ces événements à votre site"));
        assertTrue(page.contains("&lt;learncal-events city=&quot;benguerir&quot; lang=&quot;fr&quot;&gt;"
                + "&lt;/learncal-events&gt;"), page);
        assertTrue(page.contains("&lt;iframe src=&quot;https://learncal.test/embed/events?city=benguerir&amp;amp;"
                + "lang=fr&quot;"), page);
    }

    @Test
    void eventPagesLinkTheirOembedWhichEmbedsTheirOrganizersEvents() {
        String path = "/events/" + SEED_WEBINAR;
        String page = client().retrieve(path);
        String oembed = "https://learncal.test/oembed?url=https%3A%2F%2Flearncal.test" + path.replace("/", "%2F")
                + "&format=json";
        assertTrue(page.contains("type=\"application/json+oembed\" href=\"" + oembed.replace("&", "&amp;") + "\""),
                page);
        Map<String, Object> answer = client().retrieve(HttpRequest.GET(oembed.replace("https://learncal.test", "")),
                Argument.mapOf(String.class, Object.class));
        assertEquals("L'apprentissage dans le contexte de la pandémie du Covid-19", answer.get("title"));
        assertTrue(((String) answer.get("html")).startsWith(
                "<iframe src=\"https://learncal.test/embed/events?organizer=um6p&amp;lang=en\""), answer.toString());
    }

    @Test
    void otherSitesMayReadTheEventsApi() {
        HttpResponse<String> response = client().exchange(HttpRequest.GET("/api/events?network=gnlc")
                .header("Origin", "https://ville.example.org").header("Host", "learncal.test"), String.class);
        assertEquals("https://ville.example.org", response.header("Access-Control-Allow-Origin"));
        assertEquals(null, response.header("Access-Control-Allow-Credentials"));
    }
}
