package org.learncal.web;

import io.micronaut.core.annotation.Nullable;
import org.learncal.event.EventQuery;
import org.learncal.link.Links;

import java.util.List;

/**
 * A network, organizer or city as its page shows it: a name, a few lines about it, the filter that selects
 * its events and its links (feed URLs from the LinkFactory).
 */
public record Listing(String kind, String slug, String name, String kindLabel, @Nullable String description,
                      List<String> facts, @Nullable String website, EventQuery.Filter filter, Links links) {

    public String path() {
        return "/" + kind + "/" + slug;
    }
}
