package org.learncal.manage;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learncal.support.CalendarServer;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.learncal.support.Tokens.as;

/** An organizer's calendars pulled, in the console: added, pulled now, paused, resumed and deleted as the API. */
@MicronautTest(transactional = false)
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
class SourcesPageTest {
    static final String PATH = "/calendar/ical/nantes/public/basic.ics";

    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient api;

    CalendarServer calendar;
    Tokens.Publisher publisher;
    ConsoleClient organizer;

    @BeforeEach
    void start() {
        calendar = CalendarServer.start();
        calendar.serve(CalendarServer.fixture("google.ics"), "\"v1\"");
        publisher = Tokens.publisher(api.toBlocking(), true);
        organizer = new ConsoleClient(server.getURI());
        organizer.signIn(publisher.organizerToken());
    }

    @AfterEach
    void stop() {
        calendar.close();
    }

    @Test
    void anAddedCalendarIsRegisteredWithTheSettingsOfTheForm() {
        ConsoleClient.Answer added = add("publish");

        assertEquals("303 /manage/sources?done=added", added.status() + " " + added.header("Location").orElseThrow());
        Map<String, Object> source = apiSources().get(0);
        assertEquals(List.of(calendar.url(PATH), publisher.organizer(), "fr", List.of("literacy"), "online",
                "publish", "local", "PT6H", "active"), List.of(source.get("url"), source.get("organizer"),
                source.get("language"), source.get("topics"), source.get("format"), source.get("trust"),
                source.get("updateAuthority"), source.get("interval"), source.get("state")));
        Document page = organizer.get("/manage/sources?done=added").html();
        assertEquals("Added. It is pulled within a minute.", page.getElementById("done").text());
        assertEquals(calendar.url(PATH), page.getElementById("url-" + source.get("id")).text());
    }

    @Test
    void pullingNowShowsTheHealthOfTheRun() {
        add("publish");
        String id = (String) apiSources().get(0).get("id");

        ConsoleClient.Answer pulled = organizer.submit("/manage/sources", "/manage/sources/" + id + "/refresh",
                List.of());

        assertEquals("303 /manage/sources?done=refresh", pulled.status() + " "
                + pulled.header("Location").orElseThrow());
        Element health = organizer.get("/manage/sources").html().getElementById("source-" + id);
        assertEquals(List.of("Active", "2026-12-01T00:00:00Z", "2026-12-01T00:00:00Z", "ok", "0",
                "2026-12-01T06:00:00Z", "3", "3", "0", "0", "0"), List.of(".state .badge", ".lastAttempt",
                ".lastSuccess", ".outcome", ".failures", ".nextAttempt", ".liveEvents", ".created", ".updated",
                ".cancelled", ".rejected").stream().map(css -> health.selectFirst(css).text()).toList());
    }

    @Test
    void pauseResumeAndDeleteChangeTheSourceAsTheApiShowsIt() {
        add("review");
        String id = (String) apiSources().get(0).get("id");

        organizer.submit("/manage/sources", "/manage/sources/" + id + "/pause", List.of());
        Element paused = organizer.get("/manage/sources").html().getElementById("source-" + id);
        String pausedState = apiSources().get(0).get("state") + "|" + apiSources().get(0).get("stateReason");
        organizer.submit("/manage/sources", "/manage/sources/" + id + "/resume", List.of());
        String resumed = (String) apiSources().get(0).get("state");
        organizer.submit("/manage/sources", "/manage/sources/" + id + "/delete", List.of());

        assertEquals("paused|paused by " + publisher.organizer() + " desk", pausedState);
        assertEquals(List.of("resume-" + id, "delete-" + id), paused.select(".source-actions button").eachAttr("id"));
        assertEquals("active", resumed);
        assertEquals(List.of(), apiSources());
        assertEquals("No calendar is pulled yet.", organizer.get("/manage/sources").html()
                .getElementById("no-sources").text());
    }

    @Test
    void pullingAPausedCalendarIsRefusedWithTheApisReason() {
        add("review");
        String id = (String) apiSources().get(0).get("id");
        organizer.submit("/manage/sources", "/manage/sources/" + id + "/pause", List.of());

        ConsoleClient.Answer refused = organizer.submit("/manage/sources", "/manage/sources/" + id + "/refresh",
                List.of());

        assertEquals(409, refused.status());
        assertEquals("Not done: Source " + id + " is paused; resume it first (PATCH with state active)",
                refused.html().getElementById("conflict").text());
        assertEquals("paused", apiSources().get(0).get("state"));
    }

    @Test
    void aNetworkConfirmsAHeldRunWhichThenGoesThrough() {
        add("publish");
        String id = (String) apiSources().get(0).get("id");
        organizer.submit("/manage/sources", "/manage/sources/" + id + "/refresh", List.of());
        calendar.serve(CalendarServer.fixture("google.ics").replaceAll("(?s)BEGIN:VEVENT\r\n((?!END:VEVENT).)*"
                + "qatelier@google.com.*?END:VEVENT\r\n", ""), "\"v2\"");
        organizer.submit("/manage/sources", "/manage/sources/" + id + "/refresh", List.of());
        Element held = organizer.get("/manage/sources").html().getElementById("source-" + id);
        ConsoleClient network = new ConsoleClient(server.getURI());
        network.signIn(publisher.networkToken());

        ConsoleClient.Answer confirmed = network.submit("/manage/sources", "/manage/sources/" + id + "/confirm",
                List.of());

        assertEquals("Held for confirmation the run would cancel 1 of 3 live events (more than 20%); confirm to "
                + "apply it", held.selectFirst(".state").text());
        assertEquals(List.of("pause-" + id, "delete-" + id), held.select(".source-actions button").eachAttr("id"));
        assertEquals("303 /manage/sources?done=confirm", confirmed.status() + " "
                + confirmed.header("Location").orElseThrow());
        Element health = network.get("/manage/sources").html().getElementById("source-" + id);
        assertEquals(List.of("Active", "ok", "2", "0", "1"), List.of(".state", ".outcome", ".liveEvents", ".created",
                ".cancelled").stream().map(css -> health.selectFirst(css).text()).toList());
    }

    private ConsoleClient.Answer add(String trust) {
        return organizer.submit("/manage/sources", "/manage/sources", List.of("url", calendar.url(PATH),
                "language", "fr", "topics", "literacy", "format", "online", "trust", trust,
                "updateAuthority", "local", "interval", "PT6H"));
    }

    private List<Map<String, Object>> apiSources() {
        return api.toBlocking().retrieve(as(publisher.organizerToken(), HttpRequest.GET("/api/sources")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }
}
