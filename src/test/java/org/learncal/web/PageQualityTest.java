package org.learncal.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learncal.support.WebResponse;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every page must have: the security policy, a small size, landmarks, labels, one h1. */
@MicronautTest(transactional = false)
class PageQualityTest {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Inject
    @Client("/")
    HttpClient client;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?from=2020-01-01&limit=200", "/events/" + EventPageTest.WEBINAR,
            "/networks/gnlc", "/organizers/um6p", "/cities/benguerir", "/cities/nowhere"})
    void everyPageIsSmallSecuredAndAccessible(String path) {
        WebResponse response = WebResponse.get(client, path);

        assertEquals(CSP, response.csp());
        assertTrue(response.bytes() < 100_000, path + " is " + response.bytes() + " bytes");
        assertTrue(response.body().startsWith("<!DOCTYPE html>"));
        Document page = response.html();
        assertTrue(List.of("en", "fr").contains(page.selectFirst("html").attr("lang")));
        assertEquals(1, page.select("h1").size());
        for (String landmark : List.of("body > header", "header nav", "main#main", "body > footer")) {
            assertEquals(1, page.select(landmark).size(), landmark);
        }
        assertEquals("#main", page.selectFirst("a").attr("href"), "the skip link comes first");
        for (Element field : page.select("input, select, textarea")) {
            assertNotNull(page.selectFirst("label[for=" + field.id() + "]"), "label for " + field);
        }
        assertFalse(page.select("script:not([src]):not([type=application/ld+json])").hasText(),
                "no inline script: the policy would block it");
        assertTrue(page.select("[style]").isEmpty(), "no inline style: the policy would block it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/events.atom", "/networks/gnlc.atom", "/static/site.css", "/static/reader-time.js"})
    void feedsAndFilesCarryThePolicyToo(String path) {
        WebResponse response = WebResponse.get(client, path);

        assertEquals(200, response.status());
        assertEquals(CSP, response.csp());
    }
}
