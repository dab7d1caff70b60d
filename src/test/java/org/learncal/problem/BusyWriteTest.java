package org.learncal.problem;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.Api;
import org.learncal.support.EventBodies;
import org.learncal.support.HeldCatalogue;
import org.learncal.support.Tokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.learncal.support.Tokens.as;

/**
 * A write that waits longer than the lock timeout for another write (here a transaction holding the catalogue
 * version's row lock, as an import does for seconds) is a 503 "busy" with Retry-After, and writes nothing.
 */
@MicronautTest(transactional = false)
@Property(name = "datasources.default.connection-init-sql", value = "SET lock_timeout = 500")
class BusyWriteTest {
    @Inject
    Api api;
    @Inject
    DataSource dataSource;

    @Test
    void writeOutwaitedByAnotherIsBusyAndWritesNothing() throws SQLException {
        Tokens.Publisher publisher = Tokens.publisher(api.http(), true);
        HttpRequest<?> create = as(publisher.organizerToken(), HttpRequest.POST("/api/events",
                EventBodies.online(publisher.organizer(), "Atelier en attente")));
        try (Connection other = HeldCatalogue.hold(dataSource)) {
            HttpClientResponseException busy = assertThrows(HttpClientResponseException.class,
                    () -> api.http().exchange(create));
            assertEquals(503, busy.code());
            assertEquals("5", busy.getResponse().header("Retry-After"));
            assertEquals("application/problem+json", busy.getResponse().getContentType().orElseThrow().toString());
            Problem problem = busy.getResponse().getBody(Problem.class).orElseThrow();
            assertEquals("https://learncal.org/problems/busy", problem.type());
            assertEquals("Another write was changing the catalogue (an import, most likely) for longer than this"
                    + " one could wait; nothing was changed. Try again shortly.", problem.detail());
            other.rollback();
        }
        assertEquals(List.of(), api.titlesListedFor(publisher.organizer()));
        assertEquals(201, api.http().exchange(create).code());
        assertEquals(List.of("Atelier en attente"), api.titlesListedFor(publisher.organizer()));
    }
}
