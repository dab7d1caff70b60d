package org.learncal.event;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.learncal.link.LinkFactory;
import org.learncal.link.Links;
import org.learncal.problem.Ids;
import org.learncal.problem.InputErrors;
import org.learncal.problem.ProblemException;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The read side of the events API: search with keyset paging, and single events. Any web page may read it
 * (CORS for GET without credentials): the learncal-events widget on other sites does.
 */
@Controller("/api/events")
@ExecuteOn(TaskExecutors.BLOCKING)
@CrossOrigin(allowedOriginsRegex = ".*", allowedMethods = {HttpMethod.GET, HttpMethod.HEAD}, allowCredentials = false)
public class EventController {
    private final EventQueryParser parser;
    private final EventSearch search;
    private final EventStore store;
    private final EventDetailsLoader details;
    private final EventFacets facets;
    private final LinkFactory links;
    private final Clock clock;

    EventController(EventQueryParser parser, EventSearch search, EventStore store, EventDetailsLoader details,
                    EventFacets facets, LinkFactory links, Clock clock) {
        this.parser = parser;
        this.search = search;
        this.store = store;
        this.details = details;
        this.facets = facets;
        this.links = links;
        this.clock = clock;
    }

    @Get
    public HttpResponse<EventPage> list(HttpRequest<?> request) {
        Map<String, List<String>> parameters = request.getParameters().asMap();
        InputErrors errors = new InputErrors();
        List<Facet> wanted = Facet.parse(parameters.getOrDefault("facets", List.of()), errors);
        TextNegotiation text = TextNegotiation.of(request, errors);
        Set<String> ignored = new HashSet<>(TextNegotiation.PARAMETERS);
        ignored.add("facets");
        EventQuery query = parser.parse(parameters, ignored, errors);
        EventSearch.Page page = search.page(query, clock.instant());
        List<EventView> items = details.load(page.events()).stream().map(d -> text.view(d, links)).toList();
        Links pageLinks = links.search(query.filterString(), query.pageString(),
                page.next() == null ? null : query.page(query.limit(), page.next()).pageString());
        return TextNegotiation.headers(HttpResponse.ok(new EventPage(items, page.next(), pageLinks,
                wanted.isEmpty() ? null : facets.count(query, wanted, clock.instant()))),
                new LinkedHashSet<>(items.stream().map(EventView::textLanguage).toList()));
    }

    /** One published event in the language asked for, with its ETag for If-Match on writes. */
    @Get("/{id}")
    public HttpResponse<EventView> show(HttpRequest<?> request, @PathVariable String id) {
        InputErrors errors = new InputErrors();
        TextNegotiation text = TextNegotiation.of(request, errors);
        errors.throwIfAny();
        Event event = store.find(Ids.parse(id, "event")).orElseThrow(() -> ProblemException.notFound("event", id));
        EventView view = text.view(details.load(event), links);
        return TextNegotiation.headers(HttpResponse.ok(view), List.of(view.textLanguage()))
                .header(HttpHeaders.ETAG, ETags.of(event));
    }
}
