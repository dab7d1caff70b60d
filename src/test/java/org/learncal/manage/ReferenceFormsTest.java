package org.learncal.manage;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learncal.city.CityView;
import org.learncal.organizer.OrganizerView;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The admin's forms for networks, cities and organizers save through the API's path, and explain refusals. */
@MicronautTest(transactional = false)
class ReferenceFormsTest {
    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient api;

    ConsoleClient admin;

    @BeforeEach
    void signIn() {
        admin = new ConsoleClient(server.getURI());
        admin.signIn(Tokens.ADMIN);
    }

    @Test
    void aCityIsCreatedWithItsZoneCoordinatesAndMembershipsAsTheApiShowsIt() {
        String slug = Tokens.fresh("city");
        ConsoleClient.Answer saved = admin.submit("/manage/admin/cities/new", "/manage/admin/cities", List.of(
                "slug", slug, "name", "Tétouan", "country", "MA", "timeZone", "Africa/Casablanca",
                "latitude", "35,5785", "longitude", "-5.3684", "networks", "gnlc", "joined.gnlc", "2023",
                "joined.fr-villes-apprenantes", "2019"));

        assertEquals("303 /manage/admin/cities/" + slug + "?saved=created", saved.status() + " "
                + saved.header("Location").orElseThrow());
        CityView city = api.toBlocking().retrieve(HttpRequest.GET("/api/cities/" + slug), CityView.class);
        assertEquals(List.of("Tétouan", "MA", "Africa/Casablanca", "35.5785", "-5.3684"), List.of(city.name(),
                city.country(), city.timeZone(), city.latitude().toString(), city.longitude().toString()));
        assertEquals(List.of(new CityView.NetworkMembership("gnlc", "UNESCO Global Network of Learning Cities",
                2023)), city.networks());
        Document page = admin.get("/manage/admin/cities/" + slug + "?saved=created").html();
        assertEquals("Created. It is in the public catalogue now.", page.getElementById("saved").text());
        assertEquals("2023", page.getElementById("joined-gnlc").val());
    }

    @Test
    void anOrganizerIsEditedAndTheApiShowsTheChange() {
        String organizer = Tokens.organizer(api.toBlocking(), "benguerir");
        String form = "/manage/admin/organizers/" + organizer;
        assertEquals("Organizer " + organizer, admin.get(form).html().getElementById("name").val());

        ConsoleClient.Answer saved = admin.submit(form, form, List.of("name", "Médiathèque de Benguerir",
                "kind", "city_government", "website", "https://mediatheque.example.org", "city", "chefchaouen"));

        assertEquals(303, saved.status());
        OrganizerView shown = api.toBlocking().retrieve(HttpRequest.GET("/api/organizers/" + organizer),
                OrganizerView.class);
        assertEquals(List.of("Médiathèque de Benguerir", "city_government", "https://mediatheque.example.org",
                "chefchaouen"), List.of(shown.name(), shown.kind(), shown.website(), shown.city()));
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndSaysBesideEachFieldWhy() {
        String slug = Tokens.fresh("city");
        ConsoleClient.Answer refused = admin.submit("/manage/admin/cities/new", "/manage/admin/cities", List.of(
                "slug", slug, "name", "Atlantis", "country", "", "timeZone", "", "latitude", "95",
                "longitude", "10"));

        assertEquals(400, refused.status());
        Document page = refused.html();
        assertEquals("must be an ISO 3166-1 alpha-2 code such as MA", page.getElementById("country-error").text());
        assertEquals("must be an IANA time zone such as Africa/Casablanca", page.getElementById("timeZone-error").text());
        assertEquals("latitude must be within ±90 and longitude within ±180",
                page.getElementById("latitude-error").text());
        assertEquals(List.of(slug, "Atlantis", "95", "10"), List.of(page.getElementById("slug").val(),
                page.getElementById("name").val(), page.getElementById("latitude").val(),
                page.getElementById("longitude").val()));
        assertEquals(3, page.select("#error-summary li").size());
        assertEquals(404, assertThrows(HttpClientResponseException.class, () -> api.toBlocking()
                .exchange(HttpRequest.GET("/api/cities/" + slug))).getStatus().getCode());
    }

    @Test
    void aTakenSlugIsExplainedBesideTheSlugField() {
        ConsoleClient.Answer refused = admin.submit("/manage/admin/networks/new", "/manage/admin/networks",
                List.of("slug", "gnlc", "name", "Another GNLC"));

        assertEquals(400, refused.status());
        assertEquals("A network 'gnlc' exists already", refused.html().getElementById("slug-error").text());
        assertEquals("Another GNLC", refused.html().getElementById("name").val());
    }

    @Test
    void markupTypedIntoANetworksFieldsIsShownAsText() {
        String slug = Tokens.fresh("net");
        String script = MarkupAsTextTest.SCRIPT;
        admin.submit("/manage/admin/networks/new", "/manage/admin/networks", List.of("slug", slug, "name", script,
                "description", script));

        Document page = admin.get("/manage/admin/networks/" + slug).html();
        assertEquals(script, page.getElementById("name").val());
        assertEquals(script, page.getElementById("description").text());
        for (String body : List.of(admin.get("/manage/admin/networks/" + slug).body(),
                admin.get("/manage/admin").body())) {
            assertFalse(body.contains("<script>alert"), body);
            assertFalse(body.contains("<b>x"), body);
        }
    }

    @Test
    void anUnknownKindOrEntryIsNotFound() {
        assertEquals(Map.of("planets", 404, "networks/no-such-network", 404), Map.of(
                "planets", admin.get("/manage/admin/planets/new").status(),
                "networks/no-such-network", admin.get("/manage/admin/networks/no-such-network").status()));
    }
}
