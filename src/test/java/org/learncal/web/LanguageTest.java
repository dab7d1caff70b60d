package org.learncal.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
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
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class LanguageTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void acceptLanguageChoosesFrenchWithFrenchDates() {
        Document page = page(HttpRequest.GET("/events/" + EventPageTest.WEBINAR)
                .header("Accept-Language", "de-DE, fr;q=0.8, en;q=0.5"));

        assertEquals("fr", page.selectFirst("html").attr("lang"));
        assertEquals("vendredi 22 janvier 2021", page.selectFirst("#event-time").text());
        assertEquals("Ajouter à l'agenda", page.getElementById("add-title").text());
        assertEquals("English", page.getElementById("language-switch-en").text());
    }

    @Test
    void englishIsTheDefaultForOtherAndMalformedLanguages() {
        assertEquals("en", page(HttpRequest.GET("/").header("Accept-Language", "de, ja")).selectFirst("html")
                .attr("lang"));
        assertEquals("en", page(HttpRequest.GET("/").header("Accept-Language", ";;q=x")).selectFirst("html")
                .attr("lang"));
    }

    @Test
    void cookieWinsOverAcceptLanguage() {
        Document page = page(HttpRequest.GET("/networks/gnlc").header("Accept-Language", "fr")
                .cookie(io.micronaut.http.cookie.Cookie.of("lang", "en")));

        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("Subscribe", page.getElementById("subscribe-title").text());
    }

    @Test
    void switchLinkStoresTheChoiceAndReturnsToTheSamePage() {
        Document english = page(HttpRequest.GET("/?topic=literacy&from=2021-01-01"));
        String switchUrl = english.getElementById("language-switch-fr").attr("href");
        assertEquals("/?topic=literacy&from=2021-01-01&lang=fr", switchUrl);

        WebResponse redirect = WebResponse.get(client, switchUrl);

        assertEquals(303, redirect.status());
        assertEquals("/?topic=literacy&from=2021-01-01", redirect.location());
        assertTrue(redirect.setCookie().startsWith("lang=fr;"), redirect.setCookie());
        assertTrue(redirect.setCookie().contains("Path=/"));
    }

    @Test
    void pagesAndFeedsVaryByLanguage() {
        assertEquals("Accept-Language, Cookie", WebResponse.get(client, "/").vary());
        assertEquals("Accept-Language, Cookie", WebResponse.get(client, "/cities/benguerir.atom").vary());
    }

    @Test
    void switchCannotRedirectToAnotherSite() {
        WebResponse redirect = WebResponse.get(client, "//evil.example/?lang=en");

        assertEquals("/evil.example/", redirect.location());
    }

    @Test
    void unknownSlugIsAnHtmlPageButTheApiKeepsProblemJson() {
        WebResponse page = WebResponse.get(client, HttpRequest.GET("/organizers/nobody").header("Accept-Language", "fr"));
        WebResponse api = WebResponse.get(client, "/api/organizers/nobody");

        assertEquals(404, page.status());
        assertEquals("Page introuvable", page.html().selectFirst("h1").text());
        assertEquals(404, api.status());
        assertEquals("application/problem+json", api.contentType());
    }

    private Document page(HttpRequest<?> request) {
        WebResponse response = WebResponse.get(client, request);
        assertEquals(200, response.status());
        return response.html();
    }
}
