package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.learncal.link.Links;

import java.util.List;

/** One page of a search: its events, the cursor of the next page (null on the last) and links. */
@Serdeable
public record EventPage(List<EventView> items, @Nullable String next, Links links) {
}
