package org.learncal.apispec;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The change feed's and oEmbed's answers match api-spec/openapi.yaml. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangeEmbedContractTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ContractValidator contract;

    private Exchange valid(String path, int status) {
        Exchange exchange = Exchange.get(client, path);
        assertEquals(status, exchange.status(), exchange.toString());
        contract.assertValidExchange(exchange);
        return exchange;
    }

    @Test
    void changeFeedPagesAndErrors() {
        valid("/api/changes?network=gnlc&limit=2", 200);
        valid("/api/changes?limit=1&afterTimestamp=1&afterId=" + OpenApiContractTest.BENGUERIR_WEBINAR, 200);
        valid("/api/changes?afterTimestamp=1", 400);
    }

    @Test
    void oembedAnswersAndErrors() {
        valid("/oembed?url=https://learncal.test/cities/benguerir", 200);
        valid("/oembed?url=https://learncal.test/nowhere", 404);
        valid("/oembed?url=https://learncal.test/cities/benguerir&format=xml", 501);
    }
}
