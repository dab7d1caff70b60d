package org.learncal.apispec;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Import reports that say how zones were resolved, and events in a zone given by the source, against the spec. */
@MicronautTest(transactional = false)
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
class ZoneImportContractTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    ContractValidator contract;
    @Inject
    ContractCalls calls;

    private Map<String, Object> importFile(String token, String file) {
        try (InputStream in = ZoneImportContractTest.class.getResourceAsStream("/imports/" + file)) {
            Exchange exchange = calls.send(token, HttpRequest.POST("/api/imports", in.readAllBytes())
                    .contentType("text/calendar"));
            contract.assertValidExchange(exchange);
            return calls.read(exchange, 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void madeUpRulesReportANullZoneAndTheEventIsMarkedGivenBySource() {
        Tokens.Publisher publisher = Tokens.publisher(client.toBlocking(), true);
        Map<String, Object> report = importFile(publisher.organizerToken(), "outlook-customized-made-up.ics");
        assertEquals("vtimezone-rules", ((Map<?, ?>) ((List<?>) report.get("zones")).get(0)).get("resolution"));
        Object id = ((Map<?, ?>) ((List<?>) report.get("created")).get(0)).get("id");
        Exchange event = calls.get(null, "/api/events/" + id);
        contract.assertValidExchange(event);
        Map<String, Object> view = calls.read(event, 200);
        assertEquals(List.of("+04:30", true), List.of(view.get("timeZone"), view.get("timeZoneGivenBySource")));
    }

    @Test
    void floatingTimesReportTheirZoneWithANullTzid() {
        Tokens.Publisher publisher = Tokens.publisher(client.toBlocking(), true);
        Map<String, Object> report = importFile(publisher.organizerToken(), "google-floating.ics");
        assertEquals("x-wr-timezone", ((Map<?, ?>) ((List<?>) report.get("zones")).get(0)).get("resolution"));
    }
}
