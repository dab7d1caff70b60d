package org.learncal.source;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.learncal.text.Wire;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Source pulls for operators at /prometheus: {@code learncal_source_pull_seconds{outcome}} (each pull, how it
 * ended: ok, not_modified, unchanged, held, http_error, timeout, ...; count, sum and max) and
 * {@code learncal_source_events_total{change}} (what applied runs did: created, updated, cancelled, of which
 * removed at the source, and rejected components). Without a registry (metrics off) it records nothing.
 */
@Singleton
class SourceMetrics {
    static final String PULL = "learncal.source.pull";
    static final String EVENTS = "learncal.source.events";

    private final @Nullable MeterRegistry registry;

    SourceMetrics(@Nullable MeterRegistry registry) {
        this.registry = registry;
    }

    /** One pull that ended as {@code health} says, {@code nanos} long; {@code applied} when its run was written. */
    void pulled(Health health, boolean applied, long nanos) {
        if (registry == null) {
            return;
        }
        Timer.builder(PULL).description("Pulls of sources, by how they ended")
                .tag("outcome", Wire.of(health.lastOutcome())).register(registry).record(nanos, TimeUnit.NANOSECONDS);
        RunSummary run = health.lastRun();
        if (!applied || run == null) {
            return;
        }
        Map.of("created", run.created(), "updated", run.updated(), "cancelled", run.cancelled(),
                "removed", run.removed(), "rejected", run.rejected().size()).forEach((change, count) ->
                registry.counter(EVENTS, "change", change).increment(count));
    }
}
