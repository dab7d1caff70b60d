package org.learncal.change;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.EventBodies;
import org.learncal.support.Tokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.learncal.support.Tokens.as;

/**
 * A write that started first but commits last is not skipped: while another transaction holds the catalogue
 * version (as a slow writer would), a second write waits; a reader meanwhile reaches the end of the feed, and
 * after both commit it finds the second write after where it stopped.
 */
@MicronautTest(transactional = false)
class ChangeCommitOrderTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DataSource dataSource;

    @Test
    void aWriteCommittingAfterTheReaderPassedStillComesAfterItsPosition() throws Exception {
        BlockingHttpClient client = http.toBlocking();
        Tokens.Publisher publisher = Tokens.publisher(client, true);
        ChangeReader reader = new ChangeReader(client, "/api/changes?organizer=" + publisher.organizer());
        reader.readToEnd();
        CompletableFuture<String> write;
        try (Connection slowWriter = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            slowWriter.setAutoCommit(false);
            try (Statement statement = slowWriter.createStatement()) {
                statement.executeUpdate("UPDATE catalog_version SET version = version + 1 WHERE id = 1");
            }
            write = CompletableFuture.supplyAsync(() -> (String) client.retrieve(as(publisher.organizerToken(),
                    HttpRequest.POST("/api/events", EventBodies.online(publisher.organizer(), "Patiente"))),
                    Map.class).get("id"));
            Thread.sleep(500);
            assertFalse(write.isDone(), "the second write waits for the version's lock");
            assertEquals(0, reader.readToEnd(), "nothing committed yet");
            slowWriter.commit();
        }
        String id = write.get(120, TimeUnit.SECONDS);
        assertNull(reader.lastState(id));
        assertEquals(1, reader.readToEnd());
        assertEquals("updated", reader.lastState(id));
    }
}
