package org.learncal.source;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.learncal.text.Wire;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A source as the API shows it: its settings, its state and the health of its pulling. */
@Serdeable
public record SourceView(UUID id, String url, String organizer, String language, List<String> topics,
                         @Nullable String format, String trust, String updateAuthority, String interval,
                         String state, @Nullable String stateReason, String createdBy, Instant created,
                         HealthView health, String self) {

    /** How pulling goes; {@code lastRun} is the last run that read a body (with its time zone decisions). */
    @Serdeable
    public record HealthView(long runs, @Nullable Instant lastAttempt, @Nullable Instant lastSuccess,
                             @Nullable String lastOutcome, @Nullable String lastDetail, int consecutiveFailures,
                             @Nullable Instant nextAttempt, long liveEvents, @Nullable RunSummary lastRun) {
    }

    static SourceView of(SourceStore.Stored stored, long liveEvents, String base) {
        Source source = stored.source();
        Health health = stored.health();
        boolean scheduled = source.state() == Source.State.ACTIVE;
        return new SourceView(source.id(), source.url().toString(), source.organizer(), source.language(),
                source.topics(), source.format() == null ? null : Wire.of(source.format()), Wire.of(source.trust()),
                Wire.of(source.updateAuthority()), source.interval().toString(), Wire.of(source.state()),
                source.stateReason(), source.createdBy(), source.createdAt(),
                new HealthView(health.runs(), health.lastAttempt(), health.lastSuccess(),
                        health.lastOutcome() == null ? null : Wire.of(health.lastOutcome()), health.lastDetail(),
                        health.failures(), scheduled ? health.nextAttempt() : null, liveEvents, health.lastRun()),
                base + "/api/sources/" + source.id());
    }
}
