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
 * Outlook's "Customized Time Zone": its VTIMEZONE is matched to an IANA zone over the years the events span,
 * or, when none matches, its own rules give the instants. Each file's events cross a DST change of its rules.
 */
@MicronautTest
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
class CustomizedZoneImportTest {
    @Inject
    @Client("/")
    HttpClient http;

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    @Test
    void parisRulesAreNamedEuropeParisAcrossTheMarchChange() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        var report = ZoneImports.importBytes(client(), publisher.organizerToken(),
                fixture("outlook-customized-paris.ics"));
        assertEquals(List.of(Map.of("tzid", "Customized Time Zone", "zone", "Europe/Paris",
                "resolution", "vtimezone-match")), report.get("zones"));
        assertEquals(List.of("2027-03-20T09:00:00Z|Europe/Paris|false", "2027-03-27T09:00:00Z|Europe/Paris|false",
                "2027-04-03T08:00:00Z|Europe/Paris|false", "2027-04-10T08:00:00Z|Europe/Paris|false"),
                ZoneImports.stored(client(), publisher.organizer()));
        assertEquals(Set.of("Europe/Paris"), ZoneImports.feedTzids(http, publisher.organizer(), List.of(
                "2027-03-20T09:00:00Z", "2027-03-27T09:00:00Z", "2027-04-03T08:00:00Z", "2027-04-10T08:00:00Z")));
    }

    @Test
    void fixedPlusThreeIsTheOrganizersRiyadhAmongEqualMatches() {
        String[] riyadh = ZoneImports.organizerIn(client(), "SA", "Asia/Riyadh");
        var report = ZoneImports.importBytes(client(), riyadh[1], fixture("outlook-customized-riyadh.ics"));
        assertEquals(List.of(Map.of("tzid", "Customized Time Zone", "zone", "Asia/Riyadh",
                "resolution", "vtimezone-match")), report.get("zones"));
        assertEquals(List.of("2027-03-20T07:00:00Z|Asia/Riyadh|false", "2027-04-20T07:00:00Z|Asia/Riyadh|false"),
                ZoneImports.stored(client(), riyadh[0]));
        assertEquals(Set.of("Asia/Riyadh"), ZoneImports.feedTzids(http, riyadh[0],
                List.of("2027-03-20T07:00:00Z", "2027-04-20T07:00:00Z")));
    }

    @Test
    void fixedPlusThreeElsewhereIsTheMostPopulousMatchingZone() {
        Tokens.Publisher casablanca = Tokens.publisher(client(), true);
        var report = ZoneImports.importBytes(client(), casablanca.organizerToken(),
                fixture("outlook-customized-riyadh.ics"));
        assertEquals(List.of(Map.of("tzid", "Customized Time Zone", "zone", "Europe/Moscow",
                "resolution", "vtimezone-match")), report.get("zones"));
        assertEquals(List.of("2027-03-20T07:00:00Z|Europe/Moscow|false", "2027-04-20T07:00:00Z|Europe/Moscow|false"),
                ZoneImports.stored(client(), casablanca.organizer()));
    }

    @Test
    void madeUpRulesKeepTheirInstantsAtTheOffsetTheyGiveAndAreMarked() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        var report = ZoneImports.importBytes(client(), publisher.organizerToken(),
                fixture("outlook-customized-made-up.ics"));
        java.util.HashMap<String, Object> rules = new java.util.HashMap<>();
        rules.put("tzid", "Customized Time Zone");
        rules.put("zone", null);
        rules.put("resolution", "vtimezone-rules");
        assertEquals(List.of(rules), report.get("zones"));
        assertEquals(List.of("2027-03-20T05:30:00Z|+04:30|true", "2027-03-27T05:30:00Z|+04:30|true",
                "2027-04-03T05:30:00Z|+04:30|true", "2027-04-10T04:30:00Z|+05:30|true"),
                ZoneImports.stored(client(), publisher.organizer()));
        assertEquals(Set.of(), ZoneImports.feedTzids(http, publisher.organizer(), List.of("2027-03-20T05:30:00Z",
                "2027-03-27T05:30:00Z", "2027-04-03T05:30:00Z", "2027-04-10T04:30:00Z")));
    }

    @Test
    void aTzidOfNoZoneIsRejectedWithItsLineAndNeverStoredElsewhere() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        String file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:atlantis@test\r\nSUMMARY:Lost\r\nLOCATION:Salle 1\r\n"
                + "DTSTART;TZID=Atlantis Standard Time:20270301T090000\r\n"
                + "DTEND;TZID=Atlantis Standard Time:20270301T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var report = ZoneImports.importBytes(client(), publisher.organizerToken(), file.getBytes());
        assertEquals(List.of(Map.of("uid", "atlantis@test", "line", 4, "reason", "TZID 'Atlantis Standard Time' "
                + "names no IANA or Windows zone and the file has no VTIMEZONE for it")), report.get("rejected"));
        assertEquals(List.of(), report.get("created"));
        assertEquals(List.of(), ZoneImports.stored(client(), publisher.organizer()));
    }
}
