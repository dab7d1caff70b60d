package org.learncal.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.learncal.link.Links;

import java.util.List;
import java.util.Map;

/**
 * One page of a search: its events, the cursor of the next page (null on the last), links, and the facet
 * counts when asked for ({@code facets=...}; left out otherwise).
 */
@Serdeable
public record EventPage(List<EventView> items, @Nullable String next, Links links,
                        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Map<String, List<Facet.Count>> facets) {
}
