package org.learncal.manage;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learncal.city.CityView;
import org.learncal.network.NetworkView;
import org.learncal.organizer.OrganizerView;
import org.learncal.support.Tokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The forms added for the admin (networks, cities, organizers) and for networks (choosing the organizer they act
 * for) in Chromium: no axe-core violation (new, refused and edit pages, in English and French, screenshots
 * console-ref-* and console-acting-*), and each completed with the keyboard alone.
 */
class ConsoleFormsBrowserIT extends ConsoleInBrowser {

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theFormsHaveNoAccessibilityViolation(String lang) {
        console.signIn(Tokens.ADMIN);
        for (String kind : List.of("networks", "cities", "organizers")) {
            browser.open("/manage/admin/" + kind + "/new?lang=" + lang);
            console.check("console-ref-" + kind + "-new-" + lang);
        }
        console.type("slug", "Not A Slug");
        console.click("save");
        console.check("console-ref-organizers-errors-" + lang);
        browser.open("/manage/admin/cities/chefchaouen?lang=" + lang);
        console.check("console-ref-cities-edit-" + lang);
        browser.open("/manage/admin/networks/gnlc?lang=" + lang);
        console.check("console-ref-networks-edit-" + lang);
    }

    @Test
    void aNetworkIsCreatedWithTheKeyboardAlone() {
        console.signIn(Tokens.ADMIN);
        String slug = Tokens.fresh("net");
        Map<String, CharSequence> typed = new LinkedHashMap<>();
        typed.put("slug", slug);
        typed.put("name", "Réseau des médiathèques");
        typed.put("description", "Lectures publiques");
        typed.put("website", "https://reseau.example.org");
        typed.put("coordinator", "Université Mohammed VI");
        console.byKeyboard("/manage/admin/networks/new?lang=en", typed, "save");

        NetworkView shown = http.toBlocking().retrieve(HttpRequest.GET("/api/networks/" + slug), NetworkView.class);
        assertEquals(List.of("Réseau des médiathèques", "Lectures publiques", "https://reseau.example.org", "um6p"),
                List.of(shown.name(), shown.description(), shown.website(), shown.coordinator()));
    }

    @Test
    void aCityIsCreatedWithTheKeyboardAlone() {
        console.signIn(Tokens.ADMIN);
        String slug = Tokens.fresh("city");
        Map<String, CharSequence> typed = new LinkedHashMap<>();
        typed.put("slug", slug);
        typed.put("name", "Tétouan");
        typed.put("country", "Morocco");
        typed.put("timeZone", "Africa/Casablanca");
        typed.put("latitude", "35.5785");
        typed.put("longitude", "-5.3684");
        typed.put("network-gnlc", " ");
        typed.put("joined-gnlc", "2023");
        console.byKeyboard("/manage/admin/cities/new?lang=en", typed, "save");

        CityView shown = http.toBlocking().retrieve(HttpRequest.GET("/api/cities/" + slug), CityView.class);
        assertEquals(List.of("Tétouan", "MA", "Africa/Casablanca", "35.5785"), List.of(shown.name(),
                shown.country(), shown.timeZone(), shown.latitude().toString()));
        assertEquals(List.of(new CityView.NetworkMembership("gnlc", "UNESCO Global Network of Learning Cities",
                2023)), shown.networks());
    }

    @Test
    void anOrganizerIsEditedWithTheKeyboardAlone() {
        String organizer = Tokens.organizer(http.toBlocking(), "benguerir");
        console.signIn(Tokens.ADMIN);
        Map<String, CharSequence> typed = new LinkedHashMap<>();
        typed.put("name", "Médiathèque de Benguerir");
        typed.put("kind", "School");
        typed.put("email", "agenda@example.org");
        console.byKeyboard("/manage/admin/organizers/" + organizer + "?lang=en", typed, "save");

        assertEquals("Saved.", console.text("saved"));
        OrganizerView shown = http.toBlocking().retrieve(HttpRequest.GET("/api/organizers/" + organizer),
                OrganizerView.class);
        assertEquals(List.of("Médiathèque de Benguerir", "school", "agenda@example.org"),
                List.of(shown.name(), shown.kind(), shown.email()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aNetworksEventPagesHaveNoAccessibilityViolation(String lang) {
        Tokens.Publisher publisher = Tokens.publisher(http.toBlocking(), false);
        console.signIn(publisher.networkToken());
        browser.open("/manage/events?lang=" + lang);
        console.check("console-acting-events-" + lang);
        browser.open("/manage/events/new?organizer=" + publisher.organizer() + "&lang=" + lang);
        console.check("console-acting-event-new-" + lang);
    }

    @Test
    void aNetworkChoosesAnOrganizerWithTheKeyboardAlone() {
        Tokens.Publisher publisher = Tokens.publisher(http.toBlocking(), false);
        console.signIn(publisher.networkToken());
        console.byKeyboard("/manage/events?lang=en", Map.of("organizer", "Organizer"), "show-organizer");

        assertEquals(browser.url("/manage/events?organizer=" + publisher.organizer()), driver.getCurrentUrl());
        assertEquals("Create an event", console.text("create-event"));
    }
}
