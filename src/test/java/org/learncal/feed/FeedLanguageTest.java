package org.learncal.feed;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.FeedClient;
import org.learncal.support.IcsChecks;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** lang= on feeds: texts and calendar names in that language, LANGUAGE= for the text used, one ETag per variant. */
@MicronautTest
class FeedLanguageTest {
    static final String WEBINAR = "/calendar/events/3f1c2a7e-5b8d-4c3e-9a6f-0d2b1e4c7a01.ics";

    @Inject
    @Client("/")
    HttpClient client;

    private List<String> lines(String path) {
        byte[] body = FeedClient.body(client, path);
        IcsChecks.assertWellFormed(body);
        return IcsChecks.unfoldedLines(body);
    }

    private static String line(List<String> lines, String prefix) {
        return lines.stream().filter(line -> line.startsWith(prefix)).findFirst().orElseThrow(() ->
                new AssertionError("no " + prefix + " in " + lines));
    }

    @Test
    void englishVariantWritesTheTranslationAndSaysItsLanguage() {
        List<String> lines = lines(WEBINAR + "?lang=en");
        assertEquals("SUMMARY;LANGUAGE=en:Learning in the context of the Covid-19 pandemic",
                line(lines, "SUMMARY"));
        assertTrue(line(lines, "DESCRIPTION;LANGUAGE=en:Webinar held on Friday").contains("\\nDetails: https://"));
        assertEquals("X-WR-CALNAME:LearnCal: Learning in the context of the Covid-19 pandemic",
                line(lines, "X-WR-CALNAME"));
    }

    @Test
    void aTranslatedEventRenderedInItsOriginalFirstIsTranslatedInAnotherLanguage() {
        assertEquals("SUMMARY;LANGUAGE=fr:L'apprentissage dans le contexte de la pandémie du Covid-19",
                line(lines(WEBINAR), "SUMMARY"));
        assertEquals("SUMMARY;LANGUAGE=en:Learning in the context of the Covid-19 pandemic",
                line(lines(WEBINAR + "?lang=en"), "SUMMARY"));
    }

    @Test
    void languageWithoutTranslationFallsBackToTheOriginalAndSaysSo() {
        assertEquals("SUMMARY;LANGUAGE=fr:L'apprentissage dans le contexte de la pandémie du Covid-19",
                line(lines(WEBINAR + "?lang=es"), "SUMMARY"));
    }

    @Test
    void calendarOfANetworkIsDescribedInTheLanguageAsked() {
        assertTrue(line(lines("/calendar/networks/gnlc.ics?lang=es"), "X-WR-CALDESC:")
                .startsWith("X-WR-CALDESC:Eventos educativos de la red UNESCO Global Network of Learning Cities"));
    }

    @Test
    void eachLanguageVariantHasItsOwnETag() {
        Map<String, String> etags = Map.of("", etag(WEBINAR), "en", etag(WEBINAR + "?lang=en"),
                "fr", etag(WEBINAR + "?lang=fr"));
        assertNotEquals(etags.get(""), etags.get("en"));
        assertNotEquals(etags.get("fr"), etags.get("en"));
        assertEquals(etags.get("en"), etag(WEBINAR + "?lang=en"));
    }

    @Test
    void unknownLanguageIsAProblemNamingLang() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> FeedClient.get(client, "/calendar/networks/gnlc.ics?lang=xx"));
        assertEquals(400, e.getStatus().getCode());
        assertEquals("lang", ((List<Map<?, ?>>) e.getResponse().getBody(Map.class).orElseThrow().get("errors"))
                .get(0).get("name"));
    }

    private String etag(String path) {
        HttpResponse<byte[]> response = FeedClient.get(client, path);
        return response.header("ETag");
    }
}
