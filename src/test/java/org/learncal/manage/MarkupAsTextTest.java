package org.learncal.manage;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Script and markup typed into any text field of the console is shown as text on every page that shows it. */
@MicronautTest(transactional = false)
class MarkupAsTextTest {
    static final String SCRIPT = "<script>alert(1)</script><b>x</b>";

    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient api;

    @Test
    void markupInEveryTextFieldIsEscapedOnTheConsolesPages() {
        Tokens.Publisher publisher = Tokens.publisher(api.toBlocking(), false);
        ConsoleClient organizer = new ConsoleClient(server.getURI());
        organizer.signIn(publisher.organizerToken());
        String page = organizer.submit("/manage/events/new", "/manage/events", List.of("title", SCRIPT,
                "description", SCRIPT, "language", "fr", "start", "2031-05-01T10:00", "end", "2031-05-01T11:00",
                "city", publisher.city(), "format", "hybrid", "joinUrl", "https://meet.example.org/x",
                "venue.name", SCRIPT, "venue.address", SCRIPT, "organizers", publisher.organizer(), "cost", SCRIPT,
                "accessibility", "<i>captions</i>")).header("Location").orElseThrow().replaceAll("\\?.*", "");
        ConsoleClient network = new ConsoleClient(server.getURI());
        network.signIn(publisher.networkToken());
        String id = page.substring(page.lastIndexOf('/') + 1);
        network.submit("/manage/review", "/manage/review/" + id + "/reject", List.of("reason", SCRIPT));

        Document edit = organizer.get(page).html();
        assertEquals(SCRIPT, edit.getElementById("title").val());
        assertEquals(SCRIPT, edit.getElementById("description").text());
        assertEquals(SCRIPT, edit.getElementById("venue-name").val());
        assertEquals(SCRIPT, edit.getElementById("cost").val());
        assertEquals(SCRIPT, edit.getElementById("event-reason").text());
        assertEquals("<i>captions</i>", edit.getElementById("accessibility").val());
        for (String body : List.of(organizer.get(page).body(), organizer.get("/manage/events").body(),
                network.get("/manage/network").body())) {
            assertFalse(body.contains("<script>alert"), body);
            assertFalse(body.contains("<b>x"), body);
            assertFalse(body.contains("<i>captions"), body);
        }
    }
}
