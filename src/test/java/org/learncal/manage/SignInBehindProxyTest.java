package org.learncal.manage;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.MovableClock;
import org.learncal.support.Tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Behind a trusted proxy (127.0.3.1) failed sign-ins count against the client that X-Forwarded-For names, so
 * one client's failures do not lock out the others; from any other peer the header changes nothing.
 */
@MicronautTest(transactional = false)
@Property(name = MovableClock.PROPERTY, value = "2026-12-01T09:00:00Z")
@Property(name = "learncal.console.trusted-proxies", value = "127.0.3.1,127.0.3.2")
class SignInBehindProxyTest {
    private static final String PROXY = "127.0.3.1";

    @Inject
    EmbeddedServer server;

    @Test
    void anotherClientOfTheSameProxySignsInAfterOneClientFailedTenTimes() {
        fail(10, PROXY, "203.0.113.7");

        assertEquals(429, signIn(PROXY, "203.0.113.7", Tokens.ADMIN).status());
        LoopbackHttp.Answer other = signIn(PROXY, "203.0.113.8", Tokens.ADMIN);
        assertEquals(303, other.status());
        assertEquals("/manage/admin", other.header("Location"));
    }

    @Test
    void addressesTheClientWroteLeftOfTheProxysEntryAreNotBelieved() {
        for (int i = 0; i < 10; i++) {
            assertEquals(401, signIn(PROXY, "198.51.100." + i + ", 203.0.113.9", "lc_wrong").status());
        }

        assertEquals(429, signIn(PROXY, "198.51.100.99, 203.0.113.9", Tokens.ADMIN).status());
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedToTheClient() {
        fail(10, PROXY, "203.0.113.10, 127.0.3.2");

        assertEquals(429, signIn(PROXY, "203.0.113.10", Tokens.ADMIN).status());
        assertEquals(303, signIn(PROXY, "203.0.113.11, 127.0.3.2", Tokens.ADMIN).status());
    }

    @Test
    void aPeerThatIsNoTrustedProxyCannotEscapeTheLimitWithTheHeader() {
        for (int i = 0; i < 10; i++) {
            assertEquals(401, signIn("127.0.3.9", "203.0.113." + (20 + i), "lc_wrong").status());
        }

        LoopbackHttp.Answer refused = signIn("127.0.3.9", "203.0.113.99", Tokens.ADMIN);
        assertEquals(429, refused.status());
        assertEquals("900", refused.header("Retry-After"));
    }

    private LoopbackHttp.Answer signIn(String peer, String forwardedFor, String token) {
        return LoopbackHttp.signIn(server.getURI(), peer, forwardedFor, token);
    }

    private void fail(int times, String peer, String forwardedFor) {
        for (int i = 0; i < times; i++) {
            assertEquals(401, signIn(peer, forwardedFor, "lc_wrong-" + i).status(), "attempt " + (i + 1));
        }
    }
}
