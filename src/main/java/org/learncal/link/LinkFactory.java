package org.learncal.link;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Builds absolute links from the configured public URL; the one place that knows our URL layout. */
@Singleton
public class LinkFactory {
    private final String base;

    public LinkFactory(PublicUrlConfiguration configuration) {
        this.base = configuration.base();
    }

    public String base() {
        return base;
    }

    public String absolute(String path) {
        return base + path;
    }

    public Links event(UUID id) {
        return resource("/api/events/" + id, "/events/" + id, "/calendar/events/" + id + ".ics");
    }

    /** The event's web page alone: {@code event(id).html()} without the other links (feeds ask it per event). */
    public String eventPage(UUID id) {
        return absolute("/events/" + id);
    }

    public Links network(String slug) {
        return resource("/api/networks/" + slug, "/networks/" + slug, "/calendar/networks/" + slug + ".ics");
    }

    public Links organizer(String slug) {
        return resource("/api/organizers/" + slug, "/organizers/" + slug, "/calendar/organizers/" + slug + ".ics");
    }

    public Links city(String slug) {
        return resource("/api/cities/" + slug, "/cities/" + slug, "/calendar/cities/" + slug + ".ics");
    }

    /** A topic has no resource of its own: its links are those of the search for its events. */
    public Links topic(String slug) {
        String filter = "topic=" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
        return search(filter, filter, null);
    }

    /**
     * Links of one page of a search. Each argument is an encoded query string without '?': the filters alone
     * (for the web page and the feed), this page, and the next page or null on the last one.
     */
    public Links search(String filters, String page, @Nullable String nextPage) {
        String feed = absolute("/calendar.ics" + query(filters));
        return new Links(absolute("/api/events" + query(page)), absolute("/" + query(filters)), feed, webcal(feed),
                nextPage == null ? null : absolute("/api/events" + query(nextPage)));
    }

    private static String query(String queryString) {
        return queryString.isEmpty() ? "" : "?" + queryString;
    }

    private Links resource(String self, String html, String ics) {
        String feed = absolute(ics);
        return new Links(absolute(self), absolute(html), feed, webcal(feed), null);
    }

    /** The same feed URL with the webcal scheme, which calendar apps open as a subscription. */
    public static String webcal(String httpUrl) {
        // without a regular expression: every event of a feed being rendered asks for its links
        int scheme = httpUrl.startsWith("http://") ? 7 : httpUrl.startsWith("https://") ? 8 : 0;
        return scheme == 0 ? httpUrl : "webcal://" + httpUrl.substring(scheme);
    }
}
