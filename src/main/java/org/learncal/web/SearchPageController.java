package org.learncal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.learncal.event.EventDetailsLoader;
import org.learncal.event.EventFacets;
import org.learncal.event.EventQuery;
import org.learncal.event.EventQueryParser;
import org.learncal.event.EventSearch;
import org.learncal.event.Facet;
import org.learncal.link.LinkFactory;
import org.learncal.link.Links;
import org.learncal.problem.Problem;
import org.learncal.problem.ProblemException;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The home page: upcoming events and the search form, with the same filters as {@code /api/events}. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class SearchPageController {
    /** The facets counted beside the options of the form's lists. */
    private static final List<Facet> COUNTED = List.of(Facet.TOPIC, Facet.LANGUAGE, Facet.COUNTRY, Facet.CITY,
            Facet.NETWORK, Facet.FORMAT);

    private final EventQueryParser parser;
    private final EventFacets facets;
    private final EventSearch search;
    private final EventDetailsLoader details;
    private final SearchOptions options;
    private final PageModel pages;
    private final Messages messages;
    private final LinkFactory links;
    private final AtomFeed atom;
    private final Clock clock;

    SearchPageController(EventQueryParser parser, EventFacets facets, EventSearch search, EventDetailsLoader details,
                         SearchOptions options, PageModel pages, Messages messages, LinkFactory links, AtomFeed atom,
                         Clock clock) {
        this.parser = parser;
        this.facets = facets;
        this.search = search;
        this.details = details;
        this.options = options;
        this.pages = pages;
        this.messages = messages;
        this.links = links;
        this.atom = atom;
        this.clock = clock;
    }

    @Get(uri = "/", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> search(HttpRequest<?> request) {
        Language language = Language.of(request);
        Map<String, Object> model = pages.base(request, language, messages.get(language, "search.title"), null);
        model.put("form", SearchForm.of(request.getParameters()));
        SearchOptions.Lists plain = options.lists(language);
        model.put("options", plain);
        model.put("places", plain.cities());
        try {
            EventQuery query = parser.parse(SearchForm.nonEmpty(request.getParameters()), SearchForm.PAGE_ONLY);
            EventSearch.Page page = search.page(query, clock.instant());
            model.put("options", options.lists(language, facets.count(query, COUNTED, clock.instant())));
            model.put("events", details.load(page.events()).stream()
                    .map(d -> EventCard.of(d, language, messages)).toList());
            model.put("next", page.next() == null ? null : "/?" + query.page(query.limit(), page.next()).pageString());
            model.put("atom", "/events.atom" + query(query.filterString()));
            Links feed = links.search(query.filterString(), query.pageString(), null);
            model.put("subscribe", CalendarLinks.subscribe(feed.ics(), feed.webcal(),
                    messages.get(language, "subscribe.searchName"), language));
            model.put("searched", !query.filterString().isEmpty());
            return HttpResponse.ok(new ModelAndView<>("search", model));
        } catch (ProblemException invalid) {
            Problem problem = invalid.problem();
            model.put("errors", problem.errors() == null ? List.of() : problem.errors());
            model.put("events", List.of());
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("search", model));
        }
    }

    @Get(uri = "/events.atom", produces = AtomFeed.MEDIA_TYPE)
    public HttpResponse<String> feed(HttpRequest<?> request) {
        Language language = Language.of(request);
        EventQuery query = parser.parse(SearchForm.nonEmpty(request.getParameters()), SearchForm.PAGE_ONLY);
        EventSearch.Page page = search.page(query.page(EventQuery.MAX_LIMIT, null), clock.instant());
        String filters = query(query.filterString());
        return HttpResponse.ok(atom.write(messages.get(language, "atom.searchTitle"), "/events.atom" + filters,
                "/" + filters, details.load(page.events()), language, clock.instant()))
                .contentType(AtomFeed.MEDIA_TYPE + ";charset=UTF-8");
    }

    private static String query(String queryString) {
        return queryString.isEmpty() ? "" : "?" + queryString;
    }
}
