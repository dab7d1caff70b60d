package org.learncal.importer;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import jakarta.inject.Singleton;
import org.learncal.support.Api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static org.learncal.support.Tokens.as;

/** The calls the import tests share: post a fixture file, list an organizer's events. */
@Singleton
class ImportCalls {
    private final BlockingHttpClient client;

    ImportCalls(Api api) {
        this.client = api.http();
    }

    BlockingHttpClient client() {
        return client;
    }

    byte[] fixture(String name) {
        try (InputStream in = ImportCalls.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, List<Map<String, Object>>> importFile(String token, String file, String query) {
        return client.retrieve(as(token, HttpRequest.POST("/api/imports" + query, fixture(file))
                .contentType("text/calendar")), Map.class);
    }

    String listing(String organizer) {
        return client.retrieve("/api/events?limit=200&status=scheduled,postponed,cancelled&organizer=" + organizer);
    }

    List<String> recurrences(List<Map<String, Object>> items) {
        return items.stream().map(item -> (String) item.get("recurrence")).sorted().toList();
    }
}
