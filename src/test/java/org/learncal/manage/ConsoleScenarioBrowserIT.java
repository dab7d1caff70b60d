package org.learncal.manage;

import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console's whole story in headless Chromium: an organizer registers a French all-day event, the network
 * approves it, it is public and in the organizer's feed, then it is moved and cancelled, and the feed follows.
 */
class ConsoleScenarioBrowserIT extends ConsoleInBrowser {
    private String feed(String organizer) {
        return http.toBlocking().retrieve("/calendar/organizers/" + organizer + ".ics");
    }

    private static String sequence(String feed) {
        Matcher matcher = Pattern.compile("\r\nSEQUENCE:(\\d+)\r\n").matcher(feed);
        assertTrue(matcher.find(), feed);
        return matcher.group(1);
    }

    @Test
    void frenchAllDayEventFromRegistrationToCancellation() {
        Tokens.Publisher publisher = Tokens.publisher(http.toBlocking(), false);
        console.signIn(publisher.organizerToken());
        assertEquals(browser.url("/manage/events"), driver.getCurrentUrl());

        console.click("create-event");
        console.type("title", "Journée internationale de l'éducation à Benguerir");
        console.type("language", "fr");
        console.click("allDay");
        console.set("startDate", "2031-01-24");
        console.set("endDate", "2031-01-24");
        console.type("joinUrl", "https://meet.example.org/benguerir");
        console.click("topic-literacy");
        console.click("save");

        assertEquals("Awaiting review", console.text("event-state"));
        String eventPage = driver.getCurrentUrl().replaceAll("\\?.*", "");
        String id = eventPage.substring(eventPage.lastIndexOf('/') + 1);

        console.signIn(publisher.networkToken());
        console.click("approve-" + id);
        assertEquals("The event was approved and is now public.", console.text("done"));

        browser.open("/events/" + id);
        assertEquals("Journée internationale de l'éducation à Benguerir", driver.findElement(By.tagName("h1")).getText());
        String allDay = feed(publisher.organizer());
        assertTrue(allDay.contains("\r\nDTSTART;VALUE=DATE:20310124\r\n"), allDay);
        String before = sequence(allDay);

        console.signIn(publisher.organizerToken());
        browser.open("/manage/events/" + id);
        console.click("allDay");
        console.set("start", "2031-01-24T10:00");
        console.set("end", "2031-01-24T12:00");
        console.click("save");
        String timed = sequence(feed(publisher.organizer()));
        console.set("start", "2031-01-24T11:00");
        console.set("end", "2031-01-24T13:00");
        console.click("save");
        assertEquals("Your changes were saved.", console.text("saved"));

        String moved = feed(publisher.organizer());
        assertEquals(Integer.parseInt(timed) + 1, Integer.parseInt(sequence(moved)));
        assertTrue(Integer.parseInt(timed) > Integer.parseInt(before));
        assertTrue(moved.contains("\r\nDTSTART;TZID=Africa/Casablanca:20310124T110000\r\n"), moved);
        browser.open("/events/" + id);
        assertTrue(console.text("event-time").contains("11:00"), console.text("event-time"));

        browser.open("/manage/events/" + id);
        console.type("cancel-reason", "Salle indisponible");
        console.click("cancel");
        assertEquals("Cancelled", console.text("event-state"));
        String cancelled = feed(publisher.organizer());
        assertTrue(cancelled.contains("\r\nSTATUS:CANCELLED\r\n"), cancelled);
    }

    @Test
    void uploadedIcsShowsItsImportReport() throws IOException {
        Tokens.Publisher publisher = Tokens.publisher(http.toBlocking(), true);
        Path file = Files.createTempFile("learncal-upload", ".ics");
        Files.writeString(file, String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN",
                "BEGIN:VEVENT", "UID:upload-1@example.org", "DTSTAMP:20260101T000000Z",
                "DTSTART;TZID=Africa/Casablanca:20310301T100000", "DTEND;TZID=Africa/Casablanca:20310301T120000",
                "SUMMARY:Atelier de lecture", "URL:https://example.org/atelier", "LOCATION:Médiathèque",
                "END:VEVENT", "END:VCALENDAR", ""));
        console.signIn(publisher.organizerToken());
        browser.open("/manage/import");

        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        console.type("language", "fr");
        console.click("import");

        assertEquals("Created (1)", console.text("report-created"));
        assertEquals("Rejected (0)", console.text("report-rejected"));
        console.check("console-import-report-en");
    }
}
