package org.learncal.source;

import org.learncal.support.CalendarServer;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** With private addresses not allowed (the default), a calendar on loopback is never connected to. */
@MicronautTest
@Property(name = "learncal.sources.allow-private", value = "false")
class SsrfGuardTest {
    @Inject
    SourceCalls calls;

    @Test
    void aHostResolvingToLoopbackIsRefusedBeforeConnecting() {
        try (CalendarServer server = CalendarServer.start()) {
            server.serve(CalendarServer.fixture("google.ics"), "\"v1\"");
            Tokens.Publisher publisher = calls.publisher();
            String url = server.url("/feed.ics").replace("127.0.0.1", "localhost");
            Map<String, Object> health = SourceCalls.health(calls.refresh(publisher,
                    calls.register(publisher, url, Map.of()).get("id")));
            assertEquals(List.of("refused", 0), List.of(health.get("lastOutcome"), server.hits()));
            assertEquals(true, ((String) health.get("lastDetail")).startsWith("host localhost resolves to "));
        }
    }

    @Test
    void anIpv4MappedLoopbackLiteralIsRefused() {
        try (CalendarServer server = CalendarServer.start()) {
            Tokens.Publisher publisher = calls.publisher();
            Map<String, Object> health = SourceCalls.health(calls.refresh(publisher,
                    calls.register(publisher, "http://[::ffff:7f00:1]:" + server.url("").split(":")[2] + "/",
                            Map.of()).get("id")));
            assertEquals(List.of("refused", 0), List.of(health.get("lastOutcome"), server.hits()));
        }
    }
}
