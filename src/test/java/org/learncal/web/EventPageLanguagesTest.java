package org.learncal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.learncal.support.WebResponse;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The event page shows the event's text in the reader's language when it has it, and says what it shows. */
@MicronautTest
class EventPageLanguagesTest {
    /** Journée internationale de l'éducation 2026: French, with an English translation written before a change. */
    static final String OUTDATED = "9ecb7ec2-ff76-4c57-bfff-76a785555a93";

    @Inject
    @Client("/")
    HttpClient client;

    private Document page(String path, String language) {
        return WebResponse.get(client, HttpRequest.GET(path).header("Accept-Language", language)).html();
    }

    @Test
    void englishReaderSeesTheTranslationMarkedAsTranslatedFromFrench() {
        Document page = page("/events/" + EventPageTest.WEBINAR, "en");
        assertEquals("Learning in the context of the Covid-19 pandemic", page.selectFirst("h1").text());
        assertEquals("en", page.selectFirst("h1").attr("lang"));
        assertEquals("Translated from French", page.getElementById("text-note").text());
        assertEquals("Also available in: French", page.getElementById("other-languages").text());
    }

    @Test
    void otherLanguagesAreLinkedAndGivenAsHreflangAlternates() {
        Document page = page("/events/" + EventPageTest.WEBINAR, "en");
        String french = "/events/" + EventPageTest.WEBINAR + "?text=fr";
        assertEquals(french, page.selectFirst("#other-languages a[hreflang=fr]").attr("href"));
        assertEquals(french, page.selectFirst("head link[rel=alternate][hreflang=fr]").attr("href"));
    }

    @Test
    void textParameterShowsTheOriginalWhateverTheInterfaceLanguage() {
        Document page = page("/events/" + EventPageTest.WEBINAR + "?text=fr", "en");
        assertEquals("L'apprentissage dans le contexte de la pandémie du Covid-19", page.selectFirst("h1").text());
        assertEquals("Original in French", page.getElementById("text-note").text());
        assertEquals("en", page.selectFirst("html").attr("lang"));
    }

    @Test
    void frenchReaderSeesTheOriginalWithoutNote() {
        Document page = page("/events/" + EventPageTest.WEBINAR, "fr");
        assertEquals("L'apprentissage dans le contexte de la pandémie du Covid-19", page.selectFirst("h1").text());
        assertNull(page.getElementById("text-note"));
    }

    @Test
    void arabicReaderWithoutArabicTextIsToldTheOriginalLanguageRightToLeft() {
        Document page = page("/events/" + EventPageTest.WEBINAR, "ar");
        assertEquals(List.of("ar", "rtl"), List.of(page.selectFirst("html").attr("lang"),
                page.selectFirst("html").attr("dir")));
        assertEquals("الأصل باللغة الفرنسية", page.getElementById("text-note").text());
    }

    @Test
    void outdatedTranslationCarriesTheNotice() {
        Document page = page("/events/" + OUTDATED, "en");
        assertEquals("International Day of Education 2026", page.selectFirst("h1").text());
        assertEquals("The original has changed since this translation was written; it may be out of date.",
                page.getElementById("outdated-notice").text());
        assertNull(page("/events/" + OUTDATED, "fr").getElementById("outdated-notice"));
    }

    @Test
    void spanishReaderGetsSpanishDatesAndWords() {
        Document page = page("/events/" + EventPageTest.WEBINAR, "es");
        assertEquals("viernes, 22 de enero de 2021", page.getElementById("event-time").text());
        assertEquals("Añadir al calendario", page.getElementById("add-title").text());
    }
}
