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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.learncal.support.WebResponse;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The event page says which languages are spoken at the event, in the reader's language; JSON-LD too. */
@MicronautTest
class EventPageSpokenLanguagesTest {
    /** The seed's Hamburg Sprachcafé: text in German, spoken in German, French and Arabic. */
    static final String SPRACHCAFE = "08e09cba-52a1-4e9f-b7cb-d92931be2ccf";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    ObjectMapper json;

    private Document page(String id, String language) {
        return WebResponse.get(client, HttpRequest.GET("/events/" + id).header("Accept-Language", language)).html();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | Spoken in        | German, also French, Arabic",
        "fr | Langues parlées  | Allemand, aussi français, arabe",
        "es | Idiomas hablados | Alemán, también francés, árabe",
        "ar | اللغات المستخدمة | الألمانية، وأيضًا الفرنسية، العربية"})
    void theSpokenLanguagesAreNamedInTheReadersLanguageTheMainOneFirst(String language, String label,
                                                                      String spoken) {
        Document page = page(SPRACHCAFE, language);
        assertEquals(spoken, page.getElementById("spoken-languages").text());
        assertEquals(label, page.getElementById("spoken-languages").previousElementSibling().text());
    }

    @Test
    void anEventSpokenInTheLanguageOfItsTextNamesThatOne() {
        assertEquals("French", page(EventPageTest.WEBINAR, "en").getElementById("spoken-languages").text());
    }

    @Test
    void jsonLdInLanguageIsWhatIsSpokenNotThePagesText() throws IOException {
        Map<String, Object> ld = json.readValue(page(SPRACHCAFE, "en").selectFirst("script[type=application/ld+json]")
                .data(), Argument.mapOf(String.class, Object.class));
        assertEquals(List.of("de", "fr", "ar"), ld.get("inLanguage"));
    }
}
