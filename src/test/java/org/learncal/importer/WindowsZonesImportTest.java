package org.learncal.importer;

import com.ibm.icu.util.TimeZone;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.feed.VTimeZones;
import org.learncal.support.Tokens;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every Windows zone name in CLDR's windowsZones table (as ICU4J ships it), written as Outlook writes it (quoted
 * TZID, a VTIMEZONE of that name), imported through the real path: each event is stored in the IANA zone CLDR
 * names for territory 001, at the instant 10:00 local is there in January and in July.
 */
@MicronautTest
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
// one import of 282 events, and a feed of them: on a machine shared by many builds, more than the 10 s default
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
class WindowsZonesImportTest {
    /** Rows read from CLDR's common/supplemental/windowsZones.xml, territory 001, to check ICU's table. */
    private static final Map<String, String> CLDR_ROWS = Map.of("Arab Standard Time", "Asia/Riyadh",
            "SA Pacific Standard Time", "America/Bogota", "Argentina Standard Time", "America/Buenos_Aires",
            "Greenland Standard Time", "America/Godthab", "Central Standard Time (Mexico)", "America/Mexico_City",
            "Dateline Standard Time", "Etc/GMT+12", "UTC-11", "Etc/GMT+11", "Romance Standard Time", "Europe/Paris");
    private static final String LORD_HOWE = "Lord Howe Standard Time";
    private static final List<LocalDateTime> TIMES = List.of(LocalDateTime.of(2027, 1, 15, 10, 0),
            LocalDateTime.of(2027, 7, 15, 10, 0));

    @Inject
    @Client("/")
    HttpClient http;

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    /** Every Windows name CLDR maps, with the zone it names for territory 001. */
    static Map<String, String> windowsNames() {
        Map<String, String> names = new TreeMap<>();
        for (String id : TimeZone.getAvailableIDs()) {
            String windows = TimeZone.getWindowsID(id);
            if (windows != null) {
                names.put(windows, TimeZone.getIDForWindowsID(windows, "001"));
            }
        }
        return names;
    }

    @Test
    void everyWindowsNameIsStoredInTheZoneCldrNamesAtTheRightInstants() {
        Map<String, String> names = windowsNames();
        assertTrue(names.size() > 130, names.size() + " Windows names");
        CLDR_ROWS.forEach((windows, zone) -> assertEquals(zone, names.get(windows), windows));
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        var report = ZoneImports.importBytes(client(), publisher.organizerToken(), outlookFile(names));
        assertEquals(List.of(), report.get("rejected"));
        assertEquals(names.size() * TIMES.size(), report.get("created").size());
        Map<String, String> resolved = new TreeMap<>();
        report.get("zones").forEach(zone -> resolved.put((String) zone.get("tzid"), (String) zone.get("zone")));
        List<String> expected = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        names.forEach((windows, zone) -> {
            assertEquals(TimeZone.getCanonicalID(zone), TimeZone.getCanonicalID(resolved.get(windows)), windows);
            for (LocalDateTime time : TIMES) {
                expected.add(windows + "|" + time.atZone(ZoneId.of(zone)).toInstant());
            }
        });
        List<Map<String, Object>> items = allEvents(publisher.organizer());
        items.forEach(item -> stored.add(item.get("title") + "|" + item.get("start")));
        assertEquals(expected.stream().sorted().toList(), stored.stream().sorted().toList());
        items.forEach(item -> assertEquals(TimeZone.getCanonicalID(names.get((String) item.get("title"))),
                TimeZone.getCanonicalID((String) item.get("timeZone")), item.get("title") + " stored zone"));
        // biweekly applies a whole hour of daylight saving where Lord Howe's is 30 minutes: its instants unchecked
        assertEquals(items.stream().map(item -> ZoneId.of((String) item.get("timeZone")))
                .filter(VTimeZones::needsDefinition).map(ZoneId::getId).collect(Collectors.toSet()),
                ZoneImports.feedTzids(http, publisher.organizer(), items.stream()
                .filter(item -> !item.get("title").equals(LORD_HOWE)).map(item -> (String) item.get("start")).sorted()
                .toList(), Set.of(LORD_HOWE)));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> allEvents(String organizer) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> page = client().retrieve("/api/events?limit=200&organizer=" + organizer
                    + (cursor == null ? "" : "&cursor=" + cursor), Map.class);
            items.addAll((List<Map<String, Object>>) page.get("items"));
            cursor = (String) page.get("next");
        } while (cursor != null);
        return items;
    }

    /** An Outlook-shaped export: per Windows name a VTIMEZONE of that name and one event per time. */
    private static byte[] outlookFile(Map<String, String> names) {
        StringBuilder file = new StringBuilder("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 "
                + "MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\n");
        VTimeZones definitions = new VTimeZones();
        names.forEach((windows, zone) -> file.append(new String(definitions.render(ZoneId.of(zone), 2027, 2027),
                StandardCharsets.UTF_8).replace("TZID:" + zone + "\r\n", "TZID:" + windows + "\r\n")));
        int uid = 0;
        for (Map.Entry<String, String> name : names.entrySet()) {
            for (LocalDateTime time : TIMES) {
                String local = time.toString().replace("-", "").replace(":", "") + "00";
                String end = time.plusHours(1).toString().replace("-", "").replace(":", "") + "00";
                file.append("BEGIN:VEVENT\r\nCLASS:PUBLIC\r\nDTSTART;TZID=\"").append(name.getKey()).append("\":")
                        .append(local).append("\r\nDTEND;TZID=\"").append(name.getKey()).append("\":").append(end)
                        .append("\r\nDTSTAMP:20261121T080000Z\r\nLOCATION:Salle ").append(++uid)
                        .append("\r\nSUMMARY:").append(name.getKey()).append("\r\nUID:windows-").append(uid)
                        .append("@example.org\r\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\r\nEND:VEVENT\r\n");
            }
        }
        return file.append("END:VCALENDAR\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
