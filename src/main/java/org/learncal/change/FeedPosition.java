package org.learncal.change;

import java.util.UUID;

/** A place in the change feed: after the change of event {@code eventId} numbered {@code number}. */
public record FeedPosition(long number, UUID eventId) {
    /** Before every change. */
    public static final FeedPosition START = new FeedPosition(0, new UUID(0, 0));

    public static FeedPosition of(ChangeSnapshot snapshot) {
        return new FeedPosition(snapshot.number(), snapshot.eventId());
    }
}
