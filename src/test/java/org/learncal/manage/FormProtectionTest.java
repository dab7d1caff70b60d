package org.learncal.manage;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Forms only count when sent from the console's own pages, and the pages refuse to be framed. */
@MicronautTest(transactional = false)
class FormProtectionTest {
    @Inject
    EmbeddedServer server;

    private ConsoleClient admin() {
        ConsoleClient console = new ConsoleClient(server.getURI());
        console.signIn(Tokens.ADMIN);
        return console;
    }

    @Test
    void formWithoutTheCsrfTokenIsRefused() {
        ConsoleClient.Answer answer = admin().post("/manage/admin/organizers/um6p/tokens", List.of("name", "x"));

        assertEquals(403, answer.status());
        assertEquals("This form's security token is missing or out of date. Reload the page, then send the form "
                + "again.", answer.html().getElementById("refusal").text());
    }

    @Test
    void formWithAnotherSessionsCsrfTokenIsRefused() {
        String othersToken = admin().get("/manage/admin").csrf();

        ConsoleClient.Answer answer = admin().post("/manage/admin/organizers/um6p/tokens",
                List.of("_csrf", othersToken, "name", "x"));

        assertEquals(403, answer.status());
    }

    @Test
    void crossSitePostIsRefusedEvenWithTheRightToken() {
        ConsoleClient console = admin();
        String csrf = console.get("/manage/admin").csrf();

        // the browser says so by Sec-Fetch-Site alone (CrossOriginRefusalTest covers a foreign Origin)
        ConsoleClient.Answer answer = console.post("/manage/admin/organizers/um6p/tokens",
                List.of("_csrf", csrf, "name", "x"), "Sec-Fetch-Site", "cross-site");

        assertEquals(403, answer.status());
        assertEquals("This form was sent from another site, so it was refused.",
                answer.html().getElementById("refusal").text());
    }

    @Test
    void crossSiteSignInIsRefused() {
        ConsoleClient.Answer answer = new ConsoleClient(server.getURI()).post("/manage/sign-in",
                List.of("token", Tokens.ADMIN), "Origin", "https://attacker.example");

        assertEquals(403, answer.status());
        assertTrue(answer.header("Set-Cookie").isEmpty());
    }

    @Test
    void sameOriginFormWithItsTokenIsAccepted() {
        ConsoleClient console = admin();
        String csrf = console.get("/manage/admin").csrf();

        ConsoleClient.Answer answer = console.post("/manage/admin/organizers/um6p/tokens",
                List.of("_csrf", csrf, "name", "Desk"), "Origin", server.getURI().toString().replaceAll("/$", ""),
                "Sec-Fetch-Site", "same-origin");

        assertEquals(201, answer.status());
    }

    @Test
    void consolePagesRefuseToBeFramedAndAreNotCached() {
        ConsoleClient.Answer page = new ConsoleClient(server.getURI()).get("/manage/sign-in");

        assertEquals("DENY", page.header("X-Frame-Options").orElseThrow());
        assertTrue(page.header("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));
        assertEquals("no-store", page.header("Cache-Control").orElseThrow());
    }
}
