package org.learncal.feed;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.learncal.support.FeedClient;
import org.learncal.support.IcsChecks;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The words feeds add themselves (where an event is held, formats and statuses in names) in the text's language. */
@MicronautTest
class FeedWordsLanguageTest {
    @Inject
    @Client("/")
    HttpClient client;

    private String line(String path, String prefix) {
        byte[] body = FeedClient.body(client, path);
        IcsChecks.assertWellFormed(body);
        List<String> lines = IcsChecks.unfoldedLines(body);
        return lines.stream().filter(line -> line.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " in " + lines));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the French original   | ''       | LOCATION:En ligne",
        "its English text      | ?lang=en | LOCATION:Online",
        "Spanish: no text, so the original's words | ?lang=es | LOCATION:En ligne"})
    void onlineIsWordedInTheLanguageOfTheText(String label, String lang, String location) {
        assertEquals(location, line(FeedLanguageTest.WEBINAR + lang, "LOCATION"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | X-WR-CALNAME:LearnCal: hybrid or in person\\, cancelled or postponed",
        "fr | X-WR-CALNAME:LearnCal: hybrides ou en présentiel\\, annulés ou reportés",
        "es | X-WR-CALNAME:LearnCal: híbridos o presenciales\\, cancelados o aplazados",
        "ar | X-WR-CALNAME:LearnCal: هجينة أو حضورية\\, ملغاة أو مؤجلة"})
    void formatsAndStatusesInASearchFeedNameAreWordedInTheLanguageAsked(String lang, String name) {
        assertEquals(name, line("/calendar.ics?format=in_person,hybrid&status=cancelled,postponed&lang=" + lang,
                "X-WR-CALNAME"));
    }
}
