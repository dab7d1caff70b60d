package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;
import org.learncal.event.EventQuery;

import java.util.UUID;

/**
 * What one feed is: its names, its own URL (SOURCE), its web page, the file name it is
 * downloaded as, and which events it holds: those matching {@code query}, or the single event {@code eventId}.
 */
public record FeedDefinition(String name, String description, String selfUrl, String pageUrl,
                             String fileName, @Nullable EventQuery query, @Nullable UUID eventId) {

    public boolean isSingleEvent() {
        return eventId != null;
    }
}
