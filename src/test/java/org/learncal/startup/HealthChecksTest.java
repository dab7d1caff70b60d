package org.learncal.startup;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The first answer after a start is usually /health: it checks the service, its disk and its database, nothing else. */
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
}
