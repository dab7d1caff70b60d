package org.learncal.importer;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.learncal.support.Tokens.as;

/** Whose calendar a token may import; "now" is fixed so that the fixtures stay inside the window. */
@MicronautTest
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
class ImportScopeTest {
    @Inject
    ImportCalls calls;

    private BlockingHttpClient client() {
        return calls.client();
    }

    @Test
    void networkTokensNameTheOrganizerAndOrganizerTokensOnlyImportForThemselves() {
        Tokens.Publisher publisher = Tokens.publisher(client(), false);
        Tokens.Publisher other = Tokens.publisher(client(), false);
        HttpClientResponseException missing = assertThrows(HttpClientResponseException.class,
                () -> calls.importFile(publisher.networkToken(), "outlook.ics", ""));
        assertEquals(HttpStatus.BAD_REQUEST, missing.getStatus());
        assertEquals("organizer", ((Map<?, ?>) ((List<?>) missing.getResponse().getBody(Map.class).orElseThrow()
                .get("errors")).get(0)).get("name"));
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(HttpClientResponseException.class,
                () -> calls.importFile(publisher.organizerToken(), "outlook.ics", "?organizer=" + other.organizer()))
                .getStatus());
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(HttpClientResponseException.class,
                () -> calls.importFile(publisher.networkToken(), "outlook.ics", "?organizer=" + other.organizer()))
                .getStatus());
        var report = calls.importFile(publisher.networkToken(), "outlook.ics", "?organizer=" + publisher.organizer());
        assertEquals(2, report.get("created").size());
        assertEquals(HttpStatus.UNSUPPORTED_MEDIA_TYPE, assertThrows(HttpClientResponseException.class,
                () -> client().exchange(as(publisher.organizerToken(), HttpRequest.POST("/api/imports",
                        calls.fixture("outlook.ics")).contentType(MediaType.APPLICATION_JSON)))).getStatus());
    }
}
