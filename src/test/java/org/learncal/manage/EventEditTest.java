package org.learncal.manage;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editing, cancelling and the history of one event; a stale edit is explained and the person's version kept. */
@MicronautTest(transactional = false)
class EventEditTest {
    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient api;

    ConsoleClient console;
    String page;

    @BeforeEach
    void createEvent() {
        Tokens.Publisher publisher = Tokens.publisher(api.toBlocking(), true);
        console = new ConsoleClient(server.getURI());
        console.signIn(publisher.organizerToken());
        page = console.submit("/manage/events/new", "/manage/events",
                EventFormTest.allDayFrench(publisher)).header("Location").orElseThrow()
                .replace("?saved=created", "");
    }

    /** The form's fields as the page has them, with some changed. */
    private List<String> formOf(Document form, String... changes) {
        List<String> fields = new ArrayList<>();
        form.select("form.event-form input, form.event-form textarea, form.event-form select").forEach(input -> {
            boolean box = input.attr("type").equals("checkbox") || input.attr("type").equals("radio");
            if (!box || input.hasAttr("checked")) {
                String value = input.tagName().equals("select")
                        ? input.select("option[selected]").val() : input.tagName().equals("textarea")
                        ? input.text() : input.val();
                fields.addAll(List.of(input.attr("name"), value));
            }
        });
        for (int i = 0; i < changes.length; i += 2) {
            fields.set(fields.indexOf(changes[i]) + 1, changes[i + 1]);
        }
        return fields;
    }

    @Test
    void editSavesAndTheHistoryShowsIt() {
        Document form = console.get(page).html();

        ConsoleClient.Answer saved = console.post(page, formOf(form, "title", "Journée de l'éducation 2031"));

        assertEquals(303, saved.status());
        Document after = console.get(page).html();
        assertEquals("Journée de l'éducation 2031", after.getElementById("title").val());
        assertEquals("updated", after.select("#history > li > strong").last().text());
    }

    @Test
    void staleEditIsExplainedAndKeepsThePersonsVersion() {
        Document mine = console.get(page).html();
        Document theirs = console.get(page).html();
        console.post(page, formOf(theirs, "title", "Their title"));

        ConsoleClient.Answer stale = console.post(page, formOf(mine, "title", "My title"));

        assertEquals(409, stale.status());
        Document shown = stale.html();
        assertEquals("My title", shown.getElementById("title").val());
        assertTrue(shown.getElementById("stale").text().contains("Their title"), shown.getElementById("stale").text());
        assertEquals("Their title", console.get(page).html().getElementById("title").val());
    }

    @Test
    void cancelWithAReasonShowsItAsCancelled() {
        ConsoleClient.Answer cancelled = console.submit(page, page + "/cancel", List.of("reason", "Salle indisponible",
                "etag", console.get(page).html().selectFirst("input[name=etag]").val()));

        assertEquals(303, cancelled.status());
        Document after = console.get(cancelled.header("Location").orElseThrow()).html();
        assertEquals("The event is cancelled.", after.getElementById("saved").text());
        assertEquals("Cancelled", after.getElementById("event-state").text());
        assertEquals("Salle indisponible", after.getElementById("event-reason").text());
    }

    @Test
    void anotherOrganizersEventIsNotShown() {
        ConsoleClient other = new ConsoleClient(server.getURI());
        other.signIn(Tokens.publisher(api.toBlocking(), false).organizerToken());

        ConsoleClient.Answer answer = other.get(page);

        assertEquals(403, answer.status());
    }
}
