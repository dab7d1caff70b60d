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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in with a pasted token, the session cookie it sets, and signing out. */
@MicronautTest(transactional = false)
class SignInTest {
    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient api;

    @Test
    void organizerTokenStartsASessionAndLandsOnItsEvents() {
        Tokens.Publisher publisher = Tokens.publisher(api.toBlocking(), false);
        ConsoleClient console = new ConsoleClient(server.getURI());

        ConsoleClient.Answer signIn = console.signIn(publisher.organizerToken());

        assertEquals(303, signIn.status());
        assertEquals("/manage/events", signIn.header("Location").orElseThrow());
        ConsoleClient.Answer events = console.get("/manage/events");
        assertEquals(200, events.status());
        assertEquals("My events", events.html().selectFirst("h1").text());
    }

    @Test
    void cookieIsHttpOnlyLaxSecureAndScopedToTheConsole() {
        ConsoleClient console = new ConsoleClient(server.getURI());

        String cookie = console.signIn(Tokens.ADMIN).header("Set-Cookie").orElseThrow();

        // application-test.yml's public URL is https, so the cookie is Secure
        assertTrue(cookie.matches("learncal_session=[A-Za-z0-9_-]{43}; Path=/manage; Secure; HTTPOnly; "
                + "SameSite=Lax"), cookie);
    }

    @Test
    void signInGivesANewSessionIdEvenWhenTheBrowserHadOne() {
        ConsoleClient console = new ConsoleClient(server.getURI());
        console.signIn(Tokens.ADMIN);
        String first = console.session().orElseThrow();

        console.signIn(Tokens.ADMIN);

        assertNotEquals(first, console.session().orElseThrow());
        ConsoleClient.Answer old = new ConsoleClient(server.getURI()).get("/manage/admin");
        ConsoleClient reused = new ConsoleClient(server.getURI());
        reused.session(first);
        assertEquals(303, reused.get("/manage/admin").status());
        assertEquals(303, old.status());
    }

    @Test
    void plantedSessionIdIsNeverAdopted() {
        ConsoleClient console = new ConsoleClient(server.getURI());
        console.session("planted-by-an-attacker");

        console.signIn(Tokens.ADMIN);

        assertNotEquals("planted-by-an-attacker", console.session().orElseThrow());
    }

    @Test
    void unknownTokenIsRefusedWithTheReasonOnTheForm() {
        ConsoleClient.Answer answer = new ConsoleClient(server.getURI()).signIn("lc_not-a-token");

        assertEquals(401, answer.status());
        assertEquals("This token is not valid: it is unknown or has been revoked.",
                answer.html().getElementById("sign-in-error").text());
        assertTrue(answer.header("Set-Cookie").isEmpty());
    }

    @Test
    void signOutEndsTheSessionOnTheServer() {
        ConsoleClient console = new ConsoleClient(server.getURI());
        console.signIn(Tokens.ADMIN);
        String id = console.session().orElseThrow();

        ConsoleClient.Answer out = console.submit("/manage/admin", "/manage/sign-out", List.of());

        assertEquals(303, out.status());
        assertTrue(out.header("Set-Cookie").orElseThrow().contains("Max-Age=0"));
        ConsoleClient again = new ConsoleClient(server.getURI());
        again.session(id);
        assertEquals(303, again.get("/manage/admin").status());
    }
}
