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
}
