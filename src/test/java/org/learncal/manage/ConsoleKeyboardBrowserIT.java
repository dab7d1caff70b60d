package org.learncal.manage;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.learncal.support.EventBodies;
import org.learncal.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.learncal.support.Tokens.as;

/**
 * The console's forms completed with the keyboard alone (Tab, typing, Space on boxes, Enter on the button) in
 * Chromium, each with its result read back: a source added and paused, postpone and cancel, review approve and
 * reject with a reason, trust, a token issued and revoked, sign out.
 */
class ConsoleKeyboardBrowserIT extends ConsoleInBrowser {
    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Test
    void aSourceIsAddedAndPausedWithTheKeyboardAlone() {
        Tokens.Publisher publisher = Tokens.publisher(http.toBlocking(), true);
        console.signIn(publisher.organizerToken());
        Map<String, CharSequence> typed = new LinkedHashMap<>();
        typed.put("url", "http://127.0.0.1:9/atelier.ics");
        typed.put("language", "fr");
        typed.put("topic-literacy", " ");
        typed.put("format", "Onl");
        typed.put("trust", "Pub");
        typed.put("updateAuthority", "The e");
        typed.put("interval", Keys.chord(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, "PT6H"));
        console.byKeyboard("/manage/sources?lang=en", typed, "add-source");

        Map<String, Object> source = sources(publisher.organizerToken()).get(0);
        assertEquals(List.of("http://127.0.0.1:9/atelier.ics", "fr", List.of("literacy"), "online", "publish",
                "local", "PT6H"), List.of(source.get("url"), source.get("language"), source.get("topics"),
                source.get("format"), source.get("trust"), source.get("updateAuthority"), source.get("interval")));
        assertEquals("Added. It is pulled within a minute.", console.text("done"));
        console.byKeyboard("/manage/sources?lang=en", Map.of(), "pause-" + source.get("id"));
        assertEquals("paused", sources(publisher.organizerToken()).get(0).get("state"));
        assertEquals("Paused.", console.text("done"));
    }

    @Test
    void aNetworkApprovesRejectsWithAReasonAndTrustsWithTheKeyboardAlone() {
        Tokens.Publisher publisher = Tokens.publisher(http.toBlocking(), false);
        String approved = pending(publisher, "Atelier d'écriture");
        String rejected = pending(publisher, "Conférence hors sujet");
        console.signIn(publisher.networkToken());

        console.byKeyboard("/manage/review?lang=en", Map.of(), "approve-" + approved);
        assertEquals("The event was approved and is now public.", console.text("done"));
        console.byKeyboard("/manage/review?lang=en", Map.of("reason-" + rejected, "Hors du champ éducatif"),
                "reject-" + rejected);
        assertEquals("The event was rejected; its organizer sees the reason.", console.text("done"));
        console.byKeyboard("/manage/network?lang=en", Map.of(), "trust-" + publisher.organizer());

        assertEquals("Atelier d'écriture", http.toBlocking().retrieve(HttpRequest.GET("/api/events/" + approved),
                JSON).get("title"));
        assertEquals("Stop trusting", console.text("trust-" + publisher.organizer()));
    }

    @Test
    void anAllDayOnlineEventIsCreatedWithTheKeyboardAlone() {
        Tokens.Publisher publisher = Tokens.publisher(http.toBlocking(), true);
        console.signIn(publisher.organizerToken());
        Map<String, CharSequence> typed = new LinkedHashMap<>();
        typed.put("title", "Journée des savoirs");
        typed.put("language", "fr");
        typed.put("allDay", " ");
        typed.put("startDate", "03122031");
        typed.put("endDate", "03122031");
        typed.put("format-online", " ");
        typed.put("joinUrl", "https://meet.example.org/journee");
        console.byKeyboard("/manage/events/new?lang=en", typed, "save");

        String id = driver.getCurrentUrl().replaceAll(".*/manage/events/([^?]+).*", "$1");
        Map<String, Object> event = http.toBlocking().retrieve(HttpRequest.GET("/api/events/" + id), JSON);
        assertEquals(List.of("Journée des savoirs", true, "2031-03-12", "online", "https://meet.example.org/journee"),
                List.of(event.get("title"), event.get("allDay"), event.get("startDate"), event.get("format"),
                        event.get("joinUrl")));
    }

    @Test
    void anEventIsEditedAndACalendarUploadedWithTheKeyboardAlone() throws IOException {
        Tokens.Publisher publisher = Tokens.publisher(http.toBlocking(), true);
        String id = pending(publisher, "Café pédagogique");
        Path file = Files.createTempFile("learncal-keyboard", ".ics");
        Files.writeString(file, String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN",
                "BEGIN:VEVENT", "UID:keyboard-1@example.org", "DTSTAMP:20260101T000000Z",
                "DTSTART;TZID=Africa/Casablanca:20310301T100000", "DTEND;TZID=Africa/Casablanca:20310301T120000",
                "SUMMARY:Atelier de lecture", "URL:https://example.org/atelier", "LOCATION:Médiathèque",
                "END:VEVENT", "END:VCALENDAR", ""));
        console.signIn(publisher.organizerToken());

        console.byKeyboard("/manage/events/" + id + "?lang=en", Map.of("title",
                Keys.chord(Keys.CONTROL, "a") + "Café pédagogique du jeudi"), "save");
        String title = (String) http.toBlocking().retrieve(HttpRequest.GET("/api/events/" + id), JSON).get("title");
        console.byKeyboard("/manage/import?lang=en", Map.of("file", file.toAbsolutePath().toString(),
                "language", "fr"), "import");

        assertEquals("Café pédagogique du jeudi", title);
        assertEquals(List.of("Created (1)", "Rejected (0)"), List.of(console.text("report-created"),
                console.text("report-rejected")));
    }

    @Test
    void anOrganizerPostponesAndCancelsWithTheKeyboardAlone() {
        Tokens.Publisher publisher = Tokens.publisher(http.toBlocking(), true);
        String id = pending(publisher, "Café pédagogique");
        console.signIn(publisher.organizerToken());

        console.byKeyboard("/manage/events/" + id + "?lang=en", Map.of("postpone-reason", "Salle indisponible"),
                "postpone");
        String postponed = status(id);
        console.byKeyboard("/manage/events/" + id + "?lang=en", Map.of("cancel-reason", "Intervenant malade"),
                "cancel");

        assertEquals("postponed|Salle indisponible", postponed);
        assertEquals("cancelled|Intervenant malade", status(id));
    }

    @Test
    void theAdminIssuesAndRevokesATokenAndSignsOutWithTheKeyboardAlone() {
        console.signIn(Tokens.ADMIN);
        String path = "/manage/admin/organizers/um6p/tokens?lang=en";
        console.byKeyboard(path, Map.of("name", "Clavier seul"), "issue");
        String secret = driver.findElement(By.id("secret")).getAttribute("value");
        assertEquals(List.of(), http.toBlocking().retrieve(as(secret, HttpRequest.GET("/api/sources")),
                Argument.listOf(JSON)));

        String revoke = driver.findElement(By.cssSelector("button[aria-label='Revoke – Clavier seul']"))
                .getAttribute("id");
        console.byKeyboard(path, Map.of(), revoke);
        assertEquals(0, driver.findElements(By.cssSelector("button[aria-label='Revoke – Clavier seul']")).size());

        console.byKeyboard("/manage/admin?lang=en", Map.of(), "sign-out");
        browser.open("/manage/admin?lang=en");
        assertEquals(browser.url("/manage/sign-in"), driver.getCurrentUrl().replaceAll("\\?.*", ""));
    }

    /** An event sent by the publisher's organizer through the API: pending review unless it is trusted. */
    private String pending(Tokens.Publisher publisher, String title) {
        Map<String, Object> body = EventBodies.online(publisher.organizer(), title);
        return (String) http.toBlocking().retrieve(as(publisher.organizerToken(), HttpRequest.POST("/api/events",
                body)), JSON).get("id");
    }

    private String status(String id) {
        Map<String, Object> event = http.toBlocking().retrieve(HttpRequest.GET("/api/events/" + id), JSON);
        return event.get("status") + "|" + event.get("statusReason");
    }

    private List<Map<String, Object>> sources(String token) {
        return http.toBlocking().retrieve(as(token, HttpRequest.GET("/api/sources")), Argument.listOf(JSON));
    }
}
