package org.learncal.manage;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Inside the console a refusal is a page in the reader's language with the status kept; a client asking for
 * JSON only, and the API, get problem+json.
 */
@MicronautTest(transactional = false)
class RefusalPagesTest {
    private static final String UNKNOWN_EVENT = "/manage/events/00000000-0000-4000-8000-000000000000";

    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient api;

    private ConsoleClient organizer(String language) {
        ConsoleClient console = new ConsoleClient(server.getURI()).language(language);
        assertEquals(303, console.signIn(Tokens.publisher(api.toBlocking(), false).organizerToken()).status());
        return console;
    }

    @Test
    void anUnknownEventIsANotFoundPageInFrench() {
        ConsoleClient.Answer answer = organizer("fr").get(UNKNOWN_EVENT);

        assertPage(answer, 404, "Introuvable", "Cette page ou cet événement n'existe pas dans la console.");
        assertEquals("fr", answer.html().selectFirst("html").attr("lang"));
    }

    @Test
    void anotherOrganizersEventIsAForbiddenPageInSpanish() {
        ConsoleClient.Answer answer = organizer("es").get("/manage/events/" + RouteGuardTest.SEED_EVENT);

        assertPage(answer, 403, "Acceso denegado", "Tu token no permite esta acción.");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsAPageInArabic() {
        ConsoleClient console = organizer("ar");

        ConsoleClient.Answer answer = console.post("/manage/events", List.of("title", "x"));

        assertPage(answer, 403, "غير مسموح",
                "رمز الأمان لهذا النموذج مفقود أو منتهي الصلاحية. أعد تحميل الصفحة، ثم أرسل النموذج مرة أخرى.");
    }

    @Test
    void aFormWithAWrongCsrfTokenIsAPage() {
        ConsoleClient.Answer answer = organizer("en").post("/manage/events", List.of("_csrf", "forged", "title", "x"));

        assertPage(answer, 403, "Not allowed",
                "This form's security token is missing or out of date. Reload the page, then send the form again.");
    }

    @Test
    void aSessionOfTheWrongScopeIsAPageInFrench() {
        ConsoleClient.Answer answer = organizer("fr").get("/manage/admin");

        assertPage(answer, 403, "Accès refusé", "Votre jeton ne donne pas accès à cette page.");
    }

    @Test
    void aCrossSitePostIsAPageInSpanish() {
        ConsoleClient console = organizer("es");
        String csrf = console.get("/manage/events/new").csrf();

        ConsoleClient.Answer answer = console.post("/manage/events", List.of("_csrf", csrf, "title", "x"),
                "Sec-Fetch-Site", "cross-site");

        assertPage(answer, 403, "Acceso denegado", "Este formulario se envió desde otro sitio, por lo que se ha rechazado.");
    }

    @Test
    void aClientAskingForJsonOnlyGetsProblemJson() {
        ConsoleClient.Answer answer = organizer("fr").accept("application/json").get("/manage/admin");

        assertEquals(403, answer.status());
        assertEquals("application/problem+json", answer.header("Content-Type").orElseThrow());
        assertEquals(true, answer.body().contains("\"detail\":\"Your token does not give access to this page.\""),
                answer.body());
    }

    @Test
    void theApiAnswersProblemJsonEvenToABrowser() {
        ConsoleClient.Answer answer = new ConsoleClient(server.getURI())
                .get("/api/events/00000000-0000-4000-8000-000000000000");

        assertEquals(404, answer.status());
        assertEquals("application/problem+json", answer.header("Content-Type").orElseThrow());
    }

    private static void assertPage(ConsoleClient.Answer answer, int status, String title, String reason) {
        assertEquals(status, answer.status());
        assertEquals("text/html", answer.header("Content-Type").orElseThrow().split(";")[0]);
        assertEquals(title, answer.html().selectFirst("h1").text());
        assertEquals(reason, answer.html().getElementById("refusal").text());
    }
}
