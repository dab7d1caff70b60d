package org.learncal.problem;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import org.learncal.db.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.temporal.ChronoUnit;

/** The one place that turns a {@link Problem} into an HTTP response. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.of(MEDIA_TYPE);
    private static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    /**
     * 503 with Retry-After: the database cannot be reached just now (down, restarting, or no connection within
     * the pool's timeout). Nothing was written: a write's transaction never committed.
     */
    static MutableHttpResponse<Problem> unavailable(Throwable failure) {
        LOG.warn("Database unavailable: {}", failure.toString());
        String detail = Unavailable.knownDownSince(failure)
                .map(since -> "The database has been unreachable since " + since.truncatedTo(ChronoUnit.SECONDS)
                        + "; nothing was changed. Try again shortly.")
                .orElse("The database cannot be reached just now; nothing was changed. Try again shortly.");
        return response(ProblemType.UNAVAILABLE.problem(detail)).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }

    /**
     * 503 with Retry-After: a write waited longer than the lock timeout for another write to finish (an import of
     * thousands of events holds the catalogue for seconds). Its transaction rolled back: nothing was written.
     */
    static MutableHttpResponse<Problem> busy(Throwable failure) {
        LOG.warn("A write gave up waiting for another: {}", failure.toString());
        return response(ProblemType.BUSY.problem("Another write was changing the catalogue (an import, most likely)"
                + " for longer than this one could wait; nothing was changed. Try again shortly."))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }

    public static MutableHttpResponse<Problem> response(Problem problem) {
        return HttpResponse.<Problem>status(io.micronaut.http.HttpStatus.valueOf(problem.status()))
                .contentType(PROBLEM_JSON)
                .body(problem);
    }
}
