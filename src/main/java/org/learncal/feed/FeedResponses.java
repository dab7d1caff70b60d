package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.netty.buffer.ByteBuf;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;

/**
 * Turns a feed into an HTTP response that pollers can revalidate cheaply: ETag and Last-Modified, 304 when
 * the client's copy is current (If-None-Match first; If-Modified-Since compares dates, so an older copy gets
 * the feed), gzip only for clients that ask for it, and caching as long as the refresh interval.
 */
@Singleton
class FeedResponses {
    static final String TRUNCATED_HEADER = "LearnCal-Feed-Truncated";
    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    private final String cacheControl;
    private final Clock clock;

    FeedResponses(FeedConfiguration configuration, Clock clock) {
        this.cacheControl = "public, max-age=" + configuration.refreshInterval().toSeconds();
        this.clock = clock;
    }

    HttpResponse<?> respond(HttpRequest<?> request, Feed feed) {
        boolean gzip = acceptsGzip(request.getHeaders().get(HttpHeaders.ACCEPT_ENCODING));
        String etag = gzip ? feed.gzipEtag() : feed.etag();
        Instant date = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant lastModified = lastModified(feed, date);
        if (notModified(request, feed, lastModified)) {
            return validators(HttpResponse.status(HttpStatus.NOT_MODIFIED), date, lastModified, etag);
        }
        MutableHttpResponse<ByteBuf> response = validators(HttpResponse.ok(
                (gzip ? feed.gzipped() : feed.body()).send()), date, lastModified, etag);
        response.header(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + feed.definition().fileName() + "\"");
        if (gzip) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        if (feed.truncated()) {
            response.header(TRUNCATED_HEADER, "true");
        }
        return response;
    }

    /**
     * The feed's Last-Modified if it is not later than the response's Date (RFC 9110 section 8.8.2.1): a change
     * made in the second already served gets the next second, which is withheld until it has come.
     */
    private static @Nullable Instant lastModified(Feed feed, Instant date) {
        Instant lastModified = feed.lastModified();
        return lastModified == null || lastModified.isAfter(date) ? null : lastModified;
    }

    /** Date is set here, from the clock that decided Last-Modified, so that the two always agree. */
    private <T> MutableHttpResponse<T> validators(MutableHttpResponse<T> response, Instant date,
                                                  @Nullable Instant lastModified, String etag) {
        response.header(HttpHeaders.DATE, httpDate(date)).header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (lastModified != null) {
            response.header(HttpHeaders.LAST_MODIFIED, httpDate(lastModified));
        }
        return response;
    }

    /** If-None-Match wins when present (RFC 9110 section 13.2.2); either encoding's tag validates the feed. */
    private static boolean notModified(HttpRequest<?> request, Feed feed, @Nullable Instant lastModified) {
        String ifNoneMatch = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(",")).map(String::trim).map(tag -> tag.replaceFirst("^W/", ""))
                    .anyMatch(tag -> tag.equals("*") || tag.equals(feed.etag()) || tag.equals(feed.gzipEtag()));
        }
        String ifModifiedSince = request.getHeaders().get(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException unreadable) {
            return false;
        }
    }

    /** True when Accept-Encoding lists gzip (or *) without q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.trim().split(";");
            String name = parts[0].trim();
            if ((name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) && !refused(parts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean refused(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].trim().replace(" ", "");
            if (parameter.startsWith("q=")) {
                return parameter.matches("q=0(\\.0{0,3})?");
            }
        }
        return false;
    }

    static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant.atOffset(ZoneOffset.UTC));
    }
}
