package org.learncal.manage;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two instances on one database (PostgreSQL in the CI stage) are one console: a session begun on one is used
 * and ended on the other, and failed sign-ins count together.
 */
@MicronautTest(transactional = false)
class ConsoleInstancesTest {
    private static EmbeddedServer other;

    @Inject
    EmbeddedServer server;

    @BeforeAll
    static void startTheOtherInstance() {
        other = ApplicationContext.run(EmbeddedServer.class, "test");
    }

    @AfterAll
    static void stopTheOtherInstance() {
        other.close();
    }

    @Test
    void aSessionBegunOnOneInstanceIsUsedAndEndedOnTheOther() {
        ConsoleClient onA = new ConsoleClient(server.getURI());
        assertEquals(303, onA.signIn(Tokens.ADMIN).status());
        String csrf = onA.get("/manage/admin").csrf();
        ConsoleClient onB = new ConsoleClient(other.getURI());
        onB.session(onA.session().orElseThrow());

        ConsoleClient.Answer page = onB.get("/manage/admin");
        ConsoleClient.Answer out = onB.post("/manage/sign-out", List.of("_csrf", csrf));

        assertEquals(200, page.status());
        assertEquals(csrf, page.csrf());
        assertEquals(303, out.status());
        assertEquals("/manage/sign-in", out.header("Location").orElseThrow());
        ConsoleClient.Answer afterwards = onA.get("/manage/admin");
        assertEquals(303, afterwards.status());
        assertEquals("/manage/sign-in", afterwards.header("Location").orElseThrow());
    }

    @Test
    void failedSignInsOnBothInstancesCountTogether() {
        for (int i = 0; i < 10; i++) {
            EmbeddedServer instance = i % 2 == 0 ? server : other;
            assertEquals(401, LoopbackHttp.signIn(instance.getURI(), "127.0.2.1", "lc_wrong-" + i).status());
        }

        LoopbackHttp.Answer onA = LoopbackHttp.signIn(server.getURI(), "127.0.2.1", Tokens.ADMIN);
        LoopbackHttp.Answer onB = LoopbackHttp.signIn(other.getURI(), "127.0.2.1", Tokens.ADMIN);

        assertEquals(429, onA.status());
        assertEquals(429, onB.status());
        assertEquals(SignInLimitTest.WAIT, onB.html().getElementById("sign-in-error").text());
    }
}
