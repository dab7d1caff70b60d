package org.learncal.source;

import jakarta.inject.Singleton;
import org.learncal.db.Busy;
import org.learncal.db.Unavailable;
import org.learncal.problem.Problem;
import org.learncal.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One pull of a source whose lease this instance holds: fetch, and when the body is new, mirror it; then record
 * the outcome on the source and give the lease back. Whatever happens ends as a health entry on the source.
 */
@Singleton
class SourceRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SourceRunner.class);
    /** When a pull that found the catalogue busy or the database unreachable is tried again. */
    private static final Duration DEFERRAL = Duration.ofMinutes(1);

    private final SourceStore store;
    private final FeedFetcher fetcher;
    private final SourceSync sync;
    private final SourceConfiguration configuration;
    private final SourceMetrics metrics;
    private final Clock clock;

    SourceRunner(SourceStore store, FeedFetcher fetcher, SourceSync sync, SourceConfiguration configuration,
                 SourceMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.store = store;
        this.fetcher = fetcher;
        this.sync = sync;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** Pulls the source if this instance gets its lease ({@code force}: even if not due); answers whether it did. */
    boolean pull(UUID id, String owner, boolean force) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (!store.lease(id, owner, now, now.plus(configuration.lease()), force)) {
            return false;
        }
        SourceStore.Stored stored = store.find(id).orElseThrow();
        Source source = stored.source();
        Health health = stored.health();
        Health next;
        long started = System.nanoTime();
        try {
            next = run(source, health, now);
        } catch (RuntimeException e) {
            if (Busy.causedBy(e) || Unavailable.causedBy(e)) {
                // LearnCal's own database, not the calendar: counted against neither, tried again soon
                LOG.warn("Source {} deferred: {}", id, e.toString());
                finish(source, health.dueAt(now.plus(DEFERRAL)), owner);
                return true;
            }
            LOG.error("Source {} failed unexpectedly", id, e);
            next = health.failed(now, now.plus(Backoff.after(health.failures() + 1, null)), Outcome.INVALID,
                    "LearnCal could not process the calendar: " + e);
        }
        metrics.pulled(next, next.lastOutcome() == Outcome.OK, System.nanoTime() - started);
        finish(source, next, owner);
        return true;
    }

    private Health run(Source source, Health health, Instant now) {
        Instant due = now.plus(source.interval());
        FeedFetcher.Fetched fetched;
        try {
            fetched = fetcher.fetch(source.url(), health.etag(), health.lastModified(), now);
        } catch (FetchFailure failure) {
            return health.failed(now, now.plus(Backoff.after(health.failures() + 1, failure.retryAfter())),
                    failure.outcome(), failure.getMessage());
        }
        if (fetched.status() == 304) {
            return health.unchanged(now, due, Outcome.NOT_MODIFIED);
        }
        String hash = sha256(fetched.body());
        if (hash.equals(health.contentHash())) {
            return health.unchanged(now, due, Outcome.UNCHANGED);
        }
        String notCalendar = CalendarSniff.problem(fetched.body());
        if (notCalendar != null) {
            return health.failed(now, now.plus(Backoff.after(health.failures() + 1, null)), Outcome.NOT_ICALENDAR,
                    notCalendar);
        }
        long run = health.runs() + 1;
        boolean confirmed = store.isConfirmed(source.id());
        try {
            SourceSync.Result result = sync.apply(source, run, fetched.body(), now,
                    confirmed ? null : configuration.maxCancelShare());
            if (confirmed) {
                store.confirm(source.id(), false);
            }
            return health.imported(now, due, fetched.etag(), fetched.lastModified(), hash,
                    RunSummary.of(run, result.report(), result.removed()));
        } catch (SourceSync.Held held) {
            return health.held(now, held.getMessage(), RunSummary.of(run, held.result.report(), held.result.removed()));
        } catch (ProblemException invalid) {
            return health.failed(now, now.plus(Backoff.after(health.failures() + 1, null)), Outcome.INVALID,
                    describe(invalid.problem()));
        }
    }

    private void finish(Source source, Health health, String owner) {
        Source.State state = source.state();
        String reason = source.stateReason();
        if (health.lastOutcome() == Outcome.HELD) {
            state = Source.State.HELD;
            reason = health.lastDetail();
        } else if (health.failures() >= Backoff.PAUSE_AFTER) {
            state = Source.State.PAUSED;
            reason = "paused after " + health.failures() + " failures in a row; the last: " + health.lastDetail();
        }
        store.finish(source.id(), owner, health, state, reason);
    }

    /** "line 12: is not valid iCalendar: …", as the import's 400 names it. */
    private static String describe(Problem problem) {
        if (problem.errors() == null || problem.errors().isEmpty()) {
            return problem.detail();
        }
        return problem.errors().stream().map(error -> error.name() + ": " + error.reason())
                .collect(Collectors.joining("; "));
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
