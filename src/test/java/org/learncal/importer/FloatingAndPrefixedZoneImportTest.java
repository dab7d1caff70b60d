package org.learncal.importer;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.learncal.importer.ImportCalls.fixture;

/**
 * Google's X-WR-TIMEZONE for floating times, Thunderbird's /mozilla.org/ TZIDs, all-day events with a TZID
 * (a date has no zone: the TZID is dropped and the days kept, in the zone of times without TZID).
 */
@MicronautTest
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
class FloatingAndPrefixedZoneImportTest {
    @Inject
    @Client("/")
    HttpClient http;

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    private static List<String> zones(List<Map<String, Object>> zones) {
        return zones.stream().map(zone -> zone.get("tzid") + "|" + zone.get("zone") + "|" + zone.get("resolution"))
                .toList();
    }

    @Test
    void googleFloatingTimesAreInXWrTimezoneNotTheOrganizersCity() {
        Tokens.Publisher casablanca = Tokens.publisher(client(), true);
        var report = ZoneImports.importBytes(client(), casablanca.organizerToken(), fixture("google-floating.ics"));
        assertEquals(List.of("null|America/New_York|x-wr-timezone"), zones(report.get("zones")));
        assertEquals(List.of("2027-03-05T15:00:00Z|America/New_York|false",
                        "2027-03-19T14:00:00Z|America/New_York|false",
                        "2027-03-26T15:00:00Z|America/New_York|false", "2027-04-02/2027-04-02|America/New_York|false"),
                ZoneImports.stored(client(), casablanca.organizer()));
        assertEquals(Set.of("America/New_York"), ZoneImports.feedTzids(http, casablanca.organizer(),
                List.of("2027-03-05T15:00:00Z", "2027-03-19T14:00:00Z", "2027-03-26T15:00:00Z")));
    }

    @Test
    void thunderbirdMozillaPrefixedTzidIsEuropeParisAndAllDayStaysAllDay() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        var report = ZoneImports.importBytes(client(), publisher.organizerToken(), fixture("thunderbird-mozilla.ics"));
        assertEquals(List.of("/mozilla.org/20070129_1/Europe/Paris|Europe/Paris|iana",
                "null|Africa/Casablanca|organizer-city"), zones(report.get("zones")));
        assertEquals(List.of("2027-03-19T17:30:00Z|Europe/Paris|false", "2027-03-26T17:30:00Z|Europe/Paris|false",
                        "2027-04-02T16:30:00Z|Europe/Paris|false", "2027-04-10/2027-04-10|Africa/Casablanca|false"),
                ZoneImports.stored(client(), publisher.organizer()));
        assertEquals(Set.of("Europe/Paris"), ZoneImports.feedTzids(http, publisher.organizer(),
                List.of("2027-03-19T17:30:00Z", "2027-03-26T17:30:00Z", "2027-04-02T16:30:00Z")));
    }

    @Test
    void outlookAllDayWrittenAsZonedMidnightsStaysAllDay() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        String file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:journee@test\r\nSUMMARY:Journée des savoirs\r\nLOCATION:Place du marché\r\n"
                + "DTSTART;TZID=\"Romance Standard Time\":20270328T000000\r\n"
                + "DTEND;TZID=\"Romance Standard Time\":20270329T000000\r\n"
                + "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var report = ZoneImports.importBytes(client(), publisher.organizerToken(), file.getBytes());
        assertEquals(List.of(Map.of("tzid", "Romance Standard Time", "zone", "Europe/Paris", "resolution", "windows")),
                report.get("zones"));
        assertEquals(List.of("2027-03-28/2027-03-28|Europe/Paris|false"), ZoneImports.stored(client(),
                publisher.organizer()));
    }

    @Test
    void badXWrTimezoneRejectsLocalTimesAndReportsNoZoneForThem() {
        Tokens.Publisher casablanca = Tokens.publisher(client(), true);
        var report = ZoneImports.importBytes(client(), casablanca.organizerToken(), badXWrTimezone(""));
        assertEquals(List.of(), report.get("zones"));
        assertEquals(List.of(Map.of("uid", "local@test", "line", 5, "reason", "X-WR-TIMEZONE 'Atlantis/Lost' names "
                + "no IANA or Windows zone, so its times without TZID have no zone")), rejections(report));
        assertEquals(List.of(), ZoneImports.stored(client(), casablanca.organizer()));
    }

    @Test
    void badXWrTimezoneStillReportsTheZoneItsAllDayEventsUse() {
        Tokens.Publisher casablanca = Tokens.publisher(client(), true);
        var report = ZoneImports.importBytes(client(), casablanca.organizerToken(), badXWrTimezone(
                "BEGIN:VEVENT\r\nUID:day@test\r\nSUMMARY:Open day\r\nLOCATION:Campus\r\n"
                        + "DTSTART;VALUE=DATE:20270402\r\nDTEND;VALUE=DATE:20270403\r\nEND:VEVENT\r\n"));
        assertEquals(List.of("null|Africa/Casablanca|organizer-city"), zones(report.get("zones")));
        assertEquals(List.of("local@test"), rejections(report).stream().map(r -> r.get("uid")).toList());
        assertEquals(List.of("2027-04-02/2027-04-02|Africa/Casablanca|false"),
                ZoneImports.stored(client(), casablanca.organizer()));
    }

    /** A Google-shaped file whose X-WR-TIMEZONE names no zone, with one event at a local time, then {@code more}. */
    private static byte[] badXWrTimezone(String more) {
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
                + "X-WR-TIMEZONE:Atlantis/Lost\r\n"
                + "BEGIN:VEVENT\r\nUID:local@test\r\nSUMMARY:Open lecture\r\nLOCATION:Room 101\r\n"
                + "DTSTART:20270305T100000\r\nDTEND:20270305T113000\r\nEND:VEVENT\r\n" + more
                + "END:VCALENDAR\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<Map<String, Object>> rejections(Map<String, List<Map<String, Object>>> report) {
        return report.get("rejected");
    }
}
