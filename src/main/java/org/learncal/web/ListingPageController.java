package org.learncal.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.learncal.embed.EmbedSnippets;
import org.learncal.event.EventDetailsLoader;
import org.learncal.event.EventQuery;
import org.learncal.event.EventSearch;
import org.learncal.problem.ProblemException;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pages of one network, organizer or city: what it is, its upcoming events, Subscribe box, Atom feed. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class ListingPageController {
    private final Listings listings;
    private final EventSearch search;
    private final EventDetailsLoader details;
    private final PageModel pages;
    private final Messages messages;
    private final AtomFeed atom;
    private final Clock clock;
    private final EmbedSnippets snippets;

    ListingPageController(Listings listings, EventSearch search, EventDetailsLoader details, PageModel pages,
                          Messages messages, AtomFeed atom, Clock clock, EmbedSnippets snippets) {
        this.snippets = snippets;
        this.listings = listings;
        this.search = search;
        this.details = details;
        this.pages = pages;
        this.messages = messages;
        this.atom = atom;
        this.clock = clock;
    }

    @Get(uri = "/networks/{slug}", produces = {MediaType.TEXT_HTML, AtomFeed.MEDIA_TYPE})
    public HttpResponse<?> network(HttpRequest<?> request, @PathVariable String slug,
                                   @Nullable @QueryValue String cursor) {
        return show(request, "networks", slug, cursor);
    }

    @Get(uri = "/organizers/{slug}", produces = {MediaType.TEXT_HTML, AtomFeed.MEDIA_TYPE})
    public HttpResponse<?> organizer(HttpRequest<?> request, @PathVariable String slug,
                                     @Nullable @QueryValue String cursor) {
        return show(request, "organizers", slug, cursor);
    }

    @Get(uri = "/cities/{slug}", produces = {MediaType.TEXT_HTML, AtomFeed.MEDIA_TYPE})
    public HttpResponse<?> city(HttpRequest<?> request, @PathVariable String slug,
                                @Nullable @QueryValue String cursor) {
        return show(request, "cities", slug, cursor);
    }

    private HttpResponse<?> show(HttpRequest<?> request, String kind, String slug, @Nullable String cursor) {
        Language language = Language.of(request);
        if (slug.endsWith(".atom")) {
            return feed(kind, slug.substring(0, slug.length() - ".atom".length()), language);
        }
        Optional<Listing> listing = listings.find(kind, slug, language);
        if (listing.isEmpty()) {
            return pages.notFound(request, language);
        }
        Listing found = listing.get();
        Map<String, Object> model = pages.base(request, language, found.name(), found.path() + ".atom");
        model.put("listing", found);
        model.put("subscribe", CalendarLinks.subscribe(found.links().ics(), found.links().webcal(),
                "LearnCal – " + found.name(), language));
        model.put("embed", snippets.of(query(found, EventQuery.DEFAULT_LIMIT, null), language.tag()));
        model.put("oembed", snippets.oembedUrl(found.path()));
        try {
            EventSearch.Page page = search.page(query(found, EventQuery.DEFAULT_LIMIT, cursor), clock.instant());
            model.put("events", details.load(page.events()).stream()
                    .map(d -> EventCard.of(d, language, messages)).toList());
            model.put("next", page.next() == null ? null : found.path() + "?cursor=" + page.next());
        } catch (ProblemException badCursor) {
            model.put("events", List.of());
            model.put("errors", badCursor.problem().errors());
        }
        return HttpResponse.ok(new ModelAndView<>("listing", model)).contentType(MediaType.TEXT_HTML);
    }

    /** {@code /networks/gnlc.atom}: routed here because a path variable cannot end in a fixed suffix. */
    private HttpResponse<?> feed(String kind, String slug, Language language) {
        Optional<Listing> listing = listings.find(kind, slug, language);
        if (listing.isEmpty()) {
            throw ProblemException.notFound(Listings.singular(kind), slug);
        }
        Listing found = listing.get();
        EventSearch.Page page = search.page(query(found, EventQuery.MAX_LIMIT, null), clock.instant());
        return HttpResponse.ok(atom.write("LearnCal – " + found.name(), found.path() + ".atom", found.path(),
                details.load(page.events()), language, clock.instant()))
                .contentType(AtomFeed.MEDIA_TYPE + ";charset=UTF-8");
    }

    private static EventQuery query(Listing listing, int limit, @Nullable String cursor) {
        return new EventQuery(null, null, null, Map.of(listing.filter(), List.of(listing.slug())), null, limit,
                cursor);
    }
}
