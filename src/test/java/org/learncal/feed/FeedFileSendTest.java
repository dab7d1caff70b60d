package org.learncal.feed;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.event.EventStore;
import org.learncal.support.IcsChecks;
import org.learncal.support.TestEvents;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feeds sent from a file (sendfile) once their body has been written to one: concurrent sends, identity and
 * gzip, each get the whole feed, byte for byte; a change is served at the next poll, not the old file.
 */
@MicronautTest(transactional = false)
@Property(name = "learncal.feeds.files.min-bytes", value = "4096")
class FeedFileSendTest {
    private static final int CLIENTS = 8;

    @Inject
    EventStore store;
    @Inject
    EmbeddedServer server;
    @Inject
    MeterRegistry registry;

    @Test
    void concurrentSendsFromTheFileAllGetTheWholeFeedInBothEncodings() throws Exception {
        URI feed = feedOf(120, "Atelier envoyé du fichier n° ");
        byte[] expected = SharedFeedSendTest.fetch(feed, false).body();
        IcsChecks.assertWellFormed(expected);
        untilSentFromAFile(feed, false);
        untilSentFromAFile(feed, true);
        double before = fileSends();
        SharedFeedSendTest.assertEveryClientGets(expected, feed, CLIENTS);
        assertEquals(before + CLIENTS * SharedFeedSendTest.ROUNDS, fileSends());
    }

    @Test
    void aChangeIsSentAtTheNextPollNotTheFileOfTheFeedBeforeIt() throws Exception {
        URI feed = feedOf(60, "Atelier avant le changement n° ");
        HttpResponse<byte[]> first = SharedFeedSendTest.fetch(feed, false);
        untilSentFromAFile(feed, false);
        store.insert(TestEvents.online("Ajouté après l'envoi du fichier", LocalDateTime.of(2028, 1, 24, 10, 0),
                "Africa/Casablanca"));
        HttpResponse<byte[]> changed = SharedFeedSendTest.fetch(feed, false);
        assertNotEquals(first.headers().firstValue("ETag"), changed.headers().firstValue("ETag"));
        assertTrue(new String(changed.body(), StandardCharsets.UTF_8)
                .contains("SUMMARY;LANGUAGE=fr:Ajouté après l'envoi du fichier\r\n"));
        assertEquals(changed.body().length, Integer.parseInt(changed.headers().firstValue("Content-Length")
                .orElseThrow()));
        assertArrayEquals(changed.body(), untilSentFromAFile(feed, false));
    }

    private URI feedOf(int events, String title) {
        LocalDateTime start = LocalDateTime.of(2027, 6, 1, 9, 0);
        for (int i = 0; i < events; i++) {
            store.insert(TestEvents.online(title + i, start.plusHours(i * 7L), "Africa/Casablanca"));
        }
        return URI.create(server.getURL() + "/calendar/cities/benguerir.ics");
    }

    /** Polls until one answer came from the file (the first fast answer has it written in the background). */
    private byte[] untilSentFromAFile(URI feed, boolean gzip) throws Exception {
        for (int poll = 0; poll < 200; poll++) {
            double before = fileSends();
            List<byte[]> bodies = SharedFeedSendTest.fetchRounds(feed, gzip);
            if (fileSends() > before) {
                return bodies.get(bodies.size() - 1);
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no answer of " + feed + " came from a file");
    }

    private double fileSends() {
        return registry.counter("learncal.feed.file.sends").count();
    }
}
