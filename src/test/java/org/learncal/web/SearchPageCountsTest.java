package org.learncal.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.learncal.event.EventView;
import org.learncal.event.Facet;
import org.learncal.support.Api;
import org.learncal.support.WebResponse;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The search page shows, beside each option, the API's facet count for the search shown; near works there too. */
@MicronautTest(transactional = false)
class SearchPageCountsTest {
    static final String SEARCH = "from=2021-01-01&topic=literacy";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Api api;

    @Test
    void optionsShowTheFacetCountsOfTheSearch() {
        Document page = WebResponse.get(client, "/?" + SEARCH + "&lang=en").html();
        Map<String, List<Facet.Count>> facets = api.events(SEARCH + "&facets=format,topic").facets();
        for (String facet : List.of("format", "topic")) {
            Map<String, Long> counts = facets.get(facet).stream()
                    .collect(java.util.stream.Collectors.toMap(Facet.Count::value, Facet.Count::count));
            page.select("#" + facet + " option[value]").stream().filter(option -> !option.val().isEmpty())
                    .forEach(option -> assertEquals(counts.getOrDefault(option.val(), 0L),
                            Long.parseLong(option.text().replaceAll(".*\\((\\d+)\\)$", "$1")), option.text()));
        }
        assertEquals("Online (" + facets.get("format").stream().filter(c -> c.value().equals("online"))
                .findFirst().orElseThrow().count() + ")", page.selectFirst("#format option[value=online]").text());
    }

    @Test
    void nearAPlaceListsTheSameEventsAsTheApi() {
        String near = "from=2021-01-01&near=casablanca&within=300km&limit=50";
        List<String> api = this.api.events(near).items().stream().map(EventView::title).toList();
        Document page = WebResponse.get(client, "/?" + near).html();
        assertEquals(api, page.select(".event-card h3").eachText());
        assertEquals(false, api.isEmpty());
    }
}
