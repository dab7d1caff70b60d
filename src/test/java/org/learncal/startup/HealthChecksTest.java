package org.learncal.startup;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The first answer after a start is usually /health: it checks the service, its disk and its database, nothing else;
 * and of Micronaut's management endpoints only the documented ones exist.
 */
class HealthChecksTest {

    @Test
    void healthChecksTheServiceItsDiskAndItsDatabaseOnly() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, "test");
             HttpClient client = HttpClient.create(server.getURL())) {
            String body = client.toBlocking().retrieve("/health");
            Map<?, ?> health = server.getApplicationContext().getBean(JsonMapper.class).readValue(body, Map.class);

            assertEquals("UP", health.get("status"));
            assertEquals(new TreeSet<>(List.of("diskSpace", "gracefulShutdown", "jdbc", "service")),
                    new TreeSet<>(((Map<?, ?>) health.get("details")).keySet()));
        }
    }

    @Test
    void ofMicronautsManagementEndpointsOnlyHealthAndPrometheusAnswer() {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, "test");
             HttpClient client = HttpClient.create(server.getURL())) {
            Map<String, Integer> statuses = new TreeMap<>();
            for (String endpoint : List.of("beans", "flyway", "health", "info", "metrics", "prometheus", "refresh",
                    "routes", "threaddump")) {
                statuses.put(endpoint, status(client, "/" + endpoint));
            }

            assertEquals(Map.of("beans", 404, "flyway", 404, "health", 200, "info", 404, "metrics", 404,
                    "prometheus", 200, "refresh", 404, "routes", 404, "threaddump", 404), statuses);
        }
    }

    private static int status(HttpClient client, String path) {
        try {
            return client.toBlocking().exchange(HttpRequest.GET(path).accept("*/*"), String.class).code();
        } catch (HttpClientResponseException refused) {
            return refused.code();
        }
    }
}
