package org.learncal.event;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.Api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The first real case: the Benguerir webinar of the PanoraPost article, as the API serves it. */
@MicronautTest(transactional = false)
class SeedWebinarTest {
    static final String ID = "3f1c2a7e-5b8d-4c3e-9a6f-0d2b1e4c7a01";

    @Inject
    Api api;

    @Test
    void webinarIsAnAllDayEventWithoutAnInventedHour() {
        EventView webinar = api.get("/api/events/" + ID, EventView.class);
        assertEquals("L'apprentissage dans le contexte de la pandémie du Covid-19", webinar.title());
        assertEquals(true, webinar.allDay());
        assertEquals(LocalDate.of(2021, 1, 22), webinar.startDate());
        assertEquals(LocalDate.of(2021, 1, 22), webinar.endDate());
        assertNull(webinar.localStart());
        assertNull(webinar.localEnd());
        assertEquals("Africa/Casablanca", webinar.timeZone());
        assertEquals(Instant.parse("2021-01-21T23:00:00Z"), webinar.start());
        assertEquals(Instant.parse("2021-01-22T23:00:00Z"), webinar.end());
    }

    @Test
    void webinarKeepsWhatTheArticleSaysAndLeavesTheRestUnknown() {
        EventView webinar = api.get("/api/events/" + ID, EventView.class);
        assertEquals("fr", webinar.language());
        assertEquals("online", webinar.format());
        assertEquals(new EventView.Ref("benguerir", "Benguerir", "MA"), webinar.city());
        assertEquals(List.of("um6p"), webinar.organizers().stream().map(EventView.Ref::slug).toList());
        assertEquals("gnlc", webinar.network().slug());
        assertEquals(new EventView.ReportView("PanoraPost, 25 January 2021", null), webinar.report());
        assertNull(webinar.source(), "not mirrored from a calendar");
        assertNull(webinar.joinUrl());
        assertNull(webinar.registrationUrl());
        assertNull(webinar.free());
        assertNull(webinar.recording());
        assertEquals("scheduled", webinar.status());
        assertEquals(0, webinar.sequence());
    }

    @Test
    void webinarKeepsItsFrenchOriginalWithAnEnglishTranslationMarkedAsSuch() {
        EventView original = api.get("/api/events/" + ID, EventView.class);
        assertEquals(List.of("fr", "en", "original"), List.of(original.language(), original.textLanguages().get(1),
                original.textOrigin()));
        EventView english = api.get("/api/events/" + ID + "?lang=en", EventView.class);
        assertEquals(List.of("Learning in the context of the Covid-19 pandemic", "en", "reviewed"),
                List.of(english.title(), english.textLanguage(), english.textOrigin()));
        assertEquals(false, english.textOutdated());
    }

    @Test
    void webinarLinksItsJsonPageAndFeed() {
        Map<String, Object> links = (Map<String, Object>) api.json("/api/events/" + ID).get("links");
        assertEquals(Map.of("self", "https://learncal.test/api/events/" + ID,
                "html", "https://learncal.test/events/" + ID,
                "ics", "https://learncal.test/calendar/events/" + ID + ".ics",
                "webcal", "webcal://learncal.test/calendar/events/" + ID + ".ics"), links);
    }

    @Test
    void accentlessSearchFindsTheWebinar() {
        assertEquals(List.of("benguerir-apprentissage-pandemie-2021"),
                api.slugs("q=pandemie+COVID&from=2021-01-01&to=2021-12-31"));
        assertEquals(List.of("benguerir-apprentissage-pandemie-2021"),
                api.slugs("q=Pand%C3%89MIE&from=2021-01-22&to=2021-01-22"));
    }
}
