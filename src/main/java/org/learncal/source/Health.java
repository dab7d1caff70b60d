package org.learncal.source;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * How pulling a source goes: the runs so far, the last attempt and success, how the last attempt ended (with
 * the detail: HTTP status, line of an invalid file, reason of a hold), consecutive failures, the next attempt,
 * and the summary of the last run that read a body. {@code etag}, {@code lastModified} and {@code contentHash}
 * validate the body last imported, for conditional GETs and to skip identical bytes.
 */
public record Health(long runs, @Nullable Instant lastAttempt, @Nullable Instant lastSuccess,
                     @Nullable Outcome lastOutcome, @Nullable String lastDetail, @Nullable RunSummary lastRun,
                     int failures, Instant nextAttempt, @Nullable String etag, @Nullable String lastModified,
                     @Nullable String contentHash) {

    static Health first(Instant now) {
        return new Health(0, null, null, null, null, null, 0, now, null, null, null);
    }

    /** Due now, at once, as a moderator's confirmation or a resume asks. */
    Health dueAt(Instant when) {
        return new Health(runs, lastAttempt, lastSuccess, lastOutcome, lastDetail, lastRun, failures, when, etag,
                lastModified, contentHash);
    }

    /** A run that read a new body: its validators and summary are kept. */
    Health imported(Instant now, Instant next, @Nullable String newEtag, @Nullable String newLastModified,
                    String hash, RunSummary summary) {
        return new Health(runs + 1, now, now, Outcome.OK, null, summary, 0, next, newEtag, newLastModified, hash);
    }

    /** A run that found nothing new (304, or the same bytes): only the times move. */
    Health unchanged(Instant now, Instant next, Outcome outcome) {
        return new Health(runs + 1, now, now, outcome, null, lastRun, 0, next, etag, lastModified, contentHash);
    }

    /** A run the circuit breaker held: the validators stay, so the confirmed run reads the body again. */
    Health held(Instant now, String reason, RunSummary summary) {
        return new Health(runs + 1, now, lastSuccess, Outcome.HELD, reason, summary, 0, now, etag, lastModified,
                contentHash);
    }

    Health failed(Instant now, Instant next, Outcome outcome, String detail) {
        return new Health(runs + 1, now, lastSuccess, outcome, detail, lastRun, failures + 1, next, etag,
                lastModified, contentHash);
    }
}
