package org.learncal.source;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.learncal.body.BodyLimits;
import org.learncal.link.PublicUrlConfiguration;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Pulls a calendar politely: a conditional GET with the validators of the last body, gzip accepted, an honest
 * User-Agent, at most 5 redirects (each one checked by the SSRF guard), 30 s for all of it, 5 MiB at most.
 */
@Singleton
class FeedFetcher {
    static final int MAX_REDIRECTS = 5;

    /** A 200 (with its body and validators) or a 304. */
    record Fetched(int status, byte[] body, @Nullable String etag, @Nullable String lastModified) {
    }

    private final SafeHttp http;
    private final Duration pullTimeout;

    FeedFetcher(SourceConfiguration configuration, PublicUrlConfiguration publicUrl) {
        this.http = new SafeHttp(new AddressGuard(configuration.allowPrivate()),
                "LearnCal/1.0 (calendar sync; +" + publicUrl.base() + ")", configuration.connectTimeout());
        this.pullTimeout = configuration.pullTimeout();
    }

    Fetched fetch(URI url, @Nullable String etag, @Nullable String lastModified, Instant now) throws FetchFailure {
        Deadline deadline = new Deadline(pullTimeout.toMillis());
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            HttpWire.Response response = http.get(current, etag, lastModified, BodyLimits.ICALENDAR_BYTES, deadline);
            int status = response.status();
            if (status == 200 || status == 304) {
                return new Fetched(status, response.body(), response.header("etag"),
                        response.header("last-modified"));
            }
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                if (redirects == MAX_REDIRECTS) {
                    throw new FetchFailure(Outcome.TOO_MANY_REDIRECTS, "more than " + MAX_REDIRECTS
                            + " redirects; the last one went to " + current);
                }
                current = next(current, response.header("location"));
                continue;
            }
            String detail = "HTTP " + status + (response.reason().isEmpty() ? "" : " " + response.reason());
            throw new FetchFailure(Outcome.HTTP_ERROR, detail + " from " + current,
                    status == 429 || status == 503 ? retryAfter(response.header("retry-after"), now) : null);
        }
    }

    private static URI next(URI current, @Nullable String location) throws FetchFailure {
        if (location == null) {
            throw new FetchFailure(Outcome.HTTP_ERROR, "a redirect from " + current + " without a Location");
        }
        URI next;
        try {
            next = current.resolve(location.trim());
        } catch (IllegalArgumentException e) {
            throw new FetchFailure(Outcome.HTTP_ERROR, "a redirect to an invalid address: " + location);
        }
        if (!"http".equals(next.getScheme()) && !"https".equals(next.getScheme()) || next.getHost() == null) {
            throw new FetchFailure(Outcome.REFUSED, "a redirect to " + next + ", which is not an http(s) address");
        }
        return next;
    }

    /** Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
    static @Nullable Duration retryAfter(@Nullable String value, Instant now) {
        if (value == null) {
            return null;
        }
        if (value.trim().matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(value.trim()));
        }
        try {
            Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
