package org.learncal.source;

import io.micronaut.core.annotation.Nullable;
import org.learncal.event.EventFormat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An external iCalendar URL bound to one organizer, with the defaults its events take for what the feed does
 * not say, who decides (the feed, or edits made in LearnCal) and how often it is pulled.
 */
public record Source(UUID id, URI url, String organizer, String language, List<String> topics,
                     @Nullable EventFormat format, Trust trust, Authority updateAuthority, Duration interval,
                     State state, @Nullable String stateReason, String createdBy, Instant createdAt) {
    public static final Duration SHORTEST_INTERVAL = Duration.ofMinutes(15);

    /** Whether new events wait for a network's approval (as uploads do) or are published at once. */
    public enum Trust { REVIEW, PUBLISH }

    /** Who wins when an event was edited in LearnCal: the feed's next version, or the local edit. */
    public enum Authority { SOURCE, LOCAL }

    /** Pulled on schedule; paused (by hand or after failures); held by the circuit breaker; deleted. */
    public enum State { ACTIVE, PAUSED, HELD, DELETED }

    public Source {
        topics = List.copyOf(topics);
    }

    public Source withState(State newState, @Nullable String reason) {
        return new Source(id, url, organizer, language, topics, format, trust, updateAuthority, interval, newState,
                reason, createdBy, createdAt);
    }

    public Source withSettings(URI newUrl, String newLanguage, List<String> newTopics,
                               @Nullable EventFormat newFormat, Trust newTrust, Authority newAuthority,
                               Duration newInterval) {
        return new Source(id, newUrl, organizer, newLanguage, newTopics, newFormat, newTrust, newAuthority,
                newInterval, state, stateReason, createdBy, createdAt);
    }
}
