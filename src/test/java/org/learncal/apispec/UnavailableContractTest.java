package org.learncal.apispec;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learncal.support.EventBodies;
import org.learncal.support.OutageDatabase;
import org.learncal.support.WebCalls;

import java.io.IOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** While the database cannot be reached, reads and writes answer the 503 that api-spec/openapi.yaml documents. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnavailableContractTest {
    private final OutageDatabase database = new OutageDatabase();
    private final ContractValidator contract = ContractValidator.load();
    private EmbeddedServer server;
    private HttpClient client;

    @BeforeAll
    void startService() {
        server = ApplicationContext.run(EmbeddedServer.class, database.properties(Map.of(
                "datasources.default.connection-timeout", "1000")), "test");
        client = HttpClient.create(server.getURL());
    }

    @AfterEach
    void databaseBack() {
        database.start();
        new WebCalls(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class)).awaitOk("/health");
    }

    @AfterAll
    void stopAll() {
        client.close();
        server.close();
        database.close();
    }

    @Test
    void aReadDuringAnOutageAnswersTheDocumented503() throws IOException {
        database.stop();
        Exchange refused = Exchange.get(client, "/api/events?topic=literacy");
        assertUnavailable(refused);
    }

    @Test
    void aWriteDuringAnOutageAnswersTheDocumented503() throws IOException {
        String body = server.getApplicationContext().getBean(JsonMapper.class)
                .writeValueAsString(EventBodies.online("um6p", "Pendant la panne"));
        database.stop();
        Exchange refused = Exchange.send(client, HttpRequest.POST("/api/events", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE).header("Authorization", "Bearer test-admin-token"), null);
        assertUnavailable(refused);
    }

    private void assertUnavailable(Exchange refused) throws IOException {
        assertEquals(503, refused.status(), refused.toString());
        contract.assertValidExchange(refused);
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("5", refused.responseHeader("Retry-After").orElseThrow());
        Map<?, ?> problem = server.getApplicationContext().getBean(JsonMapper.class)
                .readValue(refused.body(), Map.class);
        assertEquals("https://learncal.org/problems/unavailable", problem.get("type"));
        assertEquals("The database is unavailable", problem.get("title"));
        assertEquals(503, ((Number) problem.get("status")).intValue());
        // the second wording when an earlier request already found the database down (DatabaseOutageTest)
        assertTrue(((String) problem.get("detail")).matches("The database (cannot be reached just now|has been "
                + "unreachable since \\S+Z); nothing was changed\\. Try again shortly\\."), problem.toString());
    }
}
