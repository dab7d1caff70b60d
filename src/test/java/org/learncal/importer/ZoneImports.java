package org.learncal.importer;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import org.learncal.support.FeedClient;
import org.learncal.support.IcsChecks;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.learncal.support.Tokens.ADMIN;
import static org.learncal.support.Tokens.as;

/** Imports a file through the real HTTP path, then reads back what was stored and what the feed says. */
final class ZoneImports {
    private static final Pattern TZID = Pattern.compile(";TZID=([^;:]+)");

    private ZoneImports() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, List<Map<String, Object>>> importBytes(BlockingHttpClient client, String token, byte[] file) {
        return client.retrieve(as(token, HttpRequest.POST("/api/imports", file).contentType("text/calendar")),
                Map.class);
    }

    /** Each stored event of the organizer as "start|timeZone|timeZoneGivenBySource", in start order. */
    @SuppressWarnings("unchecked")
    static List<String> stored(BlockingHttpClient client, String organizer) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) client.retrieve(
                "/api/events?limit=200&organizer=" + organizer, Map.class).get("items");
        return items.stream().map(item -> (item.get("allDay").equals(true)
                ? item.get("startDate") + "/" + item.get("endDate")
                : item.get("start")) + "|" + item.get("timeZone") + "|" + item.get("timeZoneGivenBySource")).toList();
    }

    /**
     * The organizer's feed passes the iCalendar checks, has a VTIMEZONE for every TZID its events use, and
     * biweekly (reading those VTIMEZONEs) finds the timed events' {@code starts}: returns the TZIDs.
     */
    static Set<String> feedTzids(HttpClient http, String organizer, List<String> starts) {
        return feedTzids(http, organizer, starts, Set.of());
    }

    /** As above, leaving out of the instant check the events titled {@code unchecked}. */
    static Set<String> feedTzids(HttpClient http, String organizer, List<String> starts, Set<String> unchecked) {
        byte[] feed = FeedClient.body(http, "/calendar/organizers/" + organizer + ".ics");
        ICalendar calendar = IcsChecks.parse(feed);
        Set<String> used = IcsChecks.unfoldedLines(feed).stream().filter(line -> !line.startsWith("X-"))
                .map(TZID::matcher).filter(Matcher::find).map(m -> m.group(1)).collect(Collectors.toSet());
        assertEquals(used, calendar.getTimezoneInfo().getComponents().stream()
                .map(VTimezone::getTimezoneId).map(id -> id.getValue()).collect(Collectors.toSet()));
        assertEquals(starts, calendar.getEvents().stream()
                .filter(event -> !unchecked.contains(event.getSummary().getValue())).map(VEvent::getDateStart)
                .filter(start -> start.getValue().hasTime()).map(start -> start.getValue().toInstant().toString())
                .sorted().toList());
        return used;
    }

    /** A fresh city in {@code zone} (country {@code country}) with a trusted organizer there; its token. */
    static String[] organizerIn(BlockingHttpClient client, String country, String zone) {
        String network = org.learncal.support.Tokens.network(client);
        String city = org.learncal.support.Tokens.fresh("city");
        client.exchange(as(ADMIN, HttpRequest.POST("/api/cities", Map.of("slug", city, "name", "City " + city,
                "country", country, "timeZone", zone,
                "networks", List.of(Map.of("network", network, "joined", 2024))))));
        String organizer = org.learncal.support.Tokens.organizer(client, city);
        String token = org.learncal.support.Tokens.organizerToken(client, organizer);
        client.exchange(as(org.learncal.support.Tokens.networkToken(client, network),
                HttpRequest.PUT("/api/networks/" + network + "/trusted/" + organizer, "")));
        return new String[] {organizer, token};
    }
}
