package org.learncal.source;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.UUID;

/**
 * Pulls the due sources, on a schedule inside the service. Each instance names itself once; the lease in the
 * database decides which instance pulls a source, so several instances never pull one twice per interval.
 */
@Singleton
public class SourcePoller {
    private final String instance = "instance-" + UUID.randomUUID();
    private final SourceStore store;
    private final SourceRunner runner;
    private final SourceConfiguration configuration;
    private final Clock clock;

    SourcePoller(SourceStore store, SourceRunner runner, SourceConfiguration configuration, Clock clock) {
        this.store = store;
        this.runner = runner;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** Pulls what is due now (one batch); answers how many pulls this instance made. */
    public int tick() {
        int pulled = 0;
        for (UUID id : store.due(clock.instant(), configuration.batch())) {
            if (runner.pull(id, instance, false)) {
                pulled++;
            }
        }
        return pulled;
    }

    /** Pulls one source now, due or not; false when another pull of it is running. */
    boolean pullNow(UUID id) {
        return runner.pull(id, instance, true);
    }

    /** The schedule; off with learncal.sources.poller-enabled=false (then only refreshes and tick() pull). */
    @Singleton
    @Requires(property = "learncal.sources.poller-enabled", notEquals = "false")
    static class Schedule {
        private final SourcePoller poller;

        Schedule(SourcePoller poller) {
            this.poller = poller;
        }

        @Scheduled(fixedDelay = "${learncal.sources.poll-every:30s}", initialDelay = "${learncal.sources.poll-every:30s}")
        void poll() {
            while (poller.tick() > 0) {
                // more may be due than one batch
            }
        }
    }
}
