package org.learncal.manage;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.MovableClock;
import org.learncal.support.Tokens;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Ten failed sign-ins from one address within 15 minutes make it wait until the window has passed, even with
 * a valid token; other addresses sign in meanwhile. Each test signs in from loopback addresses of its own.
 */
@MicronautTest(transactional = false)
@Property(name = MovableClock.PROPERTY, value = "2026-12-01T09:00:00Z")
class SignInLimitTest {
    static final String WAIT = "Too many failed sign-ins from your address. Try again in 15 min.";

    @Inject
    EmbeddedServer server;
    @Inject
    MovableClock clock;

    @Test
    void theEleventhSignInAfterTenFailuresIsRefusedWith429AndThePage() {
        fail(10, "127.0.1.1");

        LoopbackHttp.Answer eleventh = LoopbackHttp.signIn(server.getURI(), "127.0.1.1", "lc_wrong");

        assertEquals(429, eleventh.status());
        assertEquals("900", eleventh.header("Retry-After"));
        assertEquals(WAIT, eleventh.html().getElementById("sign-in-error").text());
    }

    @Test
    void aValidTokenIsRefusedToo() {
        fail(10, "127.0.1.2");

        LoopbackHttp.Answer valid = LoopbackHttp.signIn(server.getURI(), "127.0.1.2", Tokens.ADMIN);

        assertEquals(429, valid.status());
        assertNull(valid.header("Set-Cookie"));
    }

    @Test
    void nineFailuresStillLetAValidTokenIn() {
        fail(9, "127.0.1.3");

        LoopbackHttp.Answer valid = LoopbackHttp.signIn(server.getURI(), "127.0.1.3", Tokens.ADMIN);

        assertEquals(303, valid.status());
        assertEquals("/manage/admin", valid.header("Location"));
    }

    @Test
    void anotherAddressSignsInMeanwhile() {
        fail(10, "127.0.1.4");

        LoopbackHttp.Answer other = LoopbackHttp.signIn(server.getURI(), "127.0.1.5", Tokens.ADMIN);

        assertEquals(303, other.status());
        assertEquals("/manage/admin", other.header("Location"));
    }

    @Test
    void onceTheWindowHasPassedTheAddressSignsInAgain() {
        fail(10, "127.0.1.6");
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertEquals(429, LoopbackHttp.signIn(server.getURI(), "127.0.1.6", Tokens.ADMIN).status());

        clock.advance(Duration.ofSeconds(1));
        LoopbackHttp.Answer valid = LoopbackHttp.signIn(server.getURI(), "127.0.1.6", Tokens.ADMIN);

        assertEquals(303, valid.status());
    }

    private void fail(int times, String address) {
        for (int i = 0; i < times; i++) {
            LoopbackHttp.Answer failed = LoopbackHttp.signIn(server.getURI(), address, "lc_wrong-" + i);
            assertEquals(401, failed.status(), "attempt " + (i + 1));
        }
    }
}
