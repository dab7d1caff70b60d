package org.learncal.manage;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.db.Sql;
import org.learncal.support.Tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A session lives 8 hours from its last use: used just before, it works and starts again; just after, it is gone. */
@MicronautTest(transactional = false)
@Property(name = "test.fixed-clock", value = SessionIdleTest.NOW)
class SessionIdleTest {
    static final String NOW = "2026-12-01T12:00:00Z";
    private static final Duration EIGHT_HOURS = Duration.ofHours(8);

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    @Test
    void aSessionLastUsedJustUnderEightHoursAgoWorksAndIsRenewed() {
        ConsoleClient console = signedIn();
        lastSeen(console, Instant.parse(NOW).minus(EIGHT_HOURS).plusSeconds(1));

        ConsoleClient.Answer page = console.get("/manage/admin");

        assertEquals(200, page.status());
        assertEquals(List.of(Instant.parse(NOW)), lastSeen(console));
    }

    @Test
    void aSessionIdleForJustOverEightHoursSendsTheReaderToSignIn() {
        ConsoleClient console = signedIn();
        lastSeen(console, Instant.parse(NOW).minus(EIGHT_HOURS).minusSeconds(1));

        ConsoleClient.Answer page = console.get("/manage/admin");

        assertEquals(303, page.status());
        assertEquals("/manage/sign-in", page.header("Location").orElseThrow());
        assertEquals(List.of(), lastSeen(console));
    }

    private ConsoleClient signedIn() {
        ConsoleClient console = new ConsoleClient(server.getURI());
        assertEquals(303, console.signIn(Tokens.ADMIN).status());
        return console;
    }

    private void lastSeen(ConsoleClient console, Instant at) {
        assertEquals(1, sql.update("UPDATE console_session SET last_seen_at = ? WHERE id_hash = ?",
                List.of(at, RandomIds.hash(console.session().orElseThrow()))));
    }

    private List<Instant> lastSeen(ConsoleClient console) {
        return sql.query("SELECT last_seen_at FROM console_session WHERE id_hash = ?",
                List.of(RandomIds.hash(console.session().orElseThrow())), row -> Sql.instant(row, "last_seen_at"));
    }
}
