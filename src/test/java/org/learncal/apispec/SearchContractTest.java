package org.learncal.apispec;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Full-text, facet and place searches of the seeded service, and their errors, checked against the spec. */
@MicronautTest
class SearchContractTest {
    @Inject
    ContractCalls calls;
    @Inject
    ContractValidator contract;

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/events?q=pand%C3%A9mi&from=2021-01-01",
        "/api/events?q=apprentissage+ville&sort=relevance&from=2021-01-01&limit=2",
        "/api/events?facets=topic,language,country,city,network,organizer,format,free",
        "/api/events?facets=format&facets=free&q=learning&format=online",
        "/api/events?near=paris&within=500km&sort=distance&from=2021-01-01",
        "/api/events?near=32.2359,-7.9537&within=50km&from=2021-01-01&facets=city",
        "/calendar.ics?near=benguerir&within=100km",
        "/calendar.ics?q=learning&sort=relevance"
    })
    void searchesMatchTheSpec(String uri) {
        contract.assertValidExchange(calls.get(null, uri));
    }

    @Test
    void facetCountsAreObjectsOfValueAndCount() {
        Map<String, Object> page = calls.read(calls.get(null, "/api/events?facets=format&from=2021-01-01"), 200);
        List<?> formats = (List<?>) ((Map<?, ?>) page.get("facets")).get("format");
        assertFalse(formats.isEmpty());
        assertEquals(List.of("count", "value"), ((Map<?, ?>) formats.get(0)).keySet().stream().map(String::valueOf)
                .sorted().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/events?near=paris&within=-5km",
        "/api/events?near=paris&within=99999km",
        "/api/events?near=91,200",
        "/api/events?near=atlantis",
        "/api/events?facets=colour",
        "/api/events?sort=relevance",
        "/calendar.ics?near=paris&within=0km"
    })
    void errorsMatchTheSpec(String uri) {
        Exchange exchange = calls.get(null, uri);
        assertEquals(400, exchange.status(), exchange.toString());
        contract.assertValidResponse(exchange);
    }
}
