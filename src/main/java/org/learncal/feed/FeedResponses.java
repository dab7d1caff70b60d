package org.learncal.feed;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    FeedResponses(FeedConfiguration configuration) {
        this.cacheControl = "public, max-age=" + configuration.refreshInterval().toSeconds();
    }

    HttpResponse<?> respond(HttpRequest<?> request, Feed feed) {
        FeedReply reply = reply(feed, request.getHeaders().get(HttpHeaders.ACCEPT_ENCODING),
                request.getHeaders().get(HttpHeaders.IF_NONE_MATCH),
                request.getHeaders().get(HttpHeaders.IF_MODIFIED_SINCE));
        MutableHttpResponse<?> response = reply.body() == null ? HttpResponse.status(HttpStatus.NOT_MODIFIED)
                : HttpResponse.ok(reply.body().send());
        reply.headers().forEach(header -> response.header(header.getKey(), header.getValue()));
        return response;
    }

    /** The reply to a request with these headers (each may be null). */
    FeedReply reply(Feed feed, @Nullable String acceptEncoding, @Nullable String ifNoneMatch,
                    @Nullable String ifModifiedSince) {
        boolean gzip = acceptsGzip(acceptEncoding);
        List<Map.Entry<String, String>> headers = new ArrayList<>(8);
        headers.add(Map.entry(HttpHeaders.ETAG, gzip ? feed.gzipEtag() : feed.etag()));
        headers.add(Map.entry(HttpHeaders.CACHE_CONTROL, cacheControl));
        headers.add(Map.entry(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING));
        if (feed.lastModified() != null) {
            headers.add(Map.entry(HttpHeaders.LAST_MODIFIED, feed.httpLastModified()));
        }
        if (notModified(feed, ifNoneMatch, ifModifiedSince)) {
            return new FeedReply(FeedReply.NOT_MODIFIED, headers, null);
        }
        headers.add(Map.entry(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE));
        headers.add(Map.entry(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + feed.definition().fileName() + "\""));
        if (gzip) {
            headers.add(Map.entry(HttpHeaders.CONTENT_ENCODING, "gzip"));
        }
        if (feed.truncated()) {
            headers.add(Map.entry(TRUNCATED_HEADER, "true"));
        }
        return new FeedReply(FeedReply.OK, headers, gzip ? feed.gzipped() : feed.body());
    }

    /** If-None-Match wins when present (RFC 9110 section 13.2.2); either encoding's tag validates the feed. */
    private static boolean notModified(Feed feed, @Nullable String ifNoneMatch, @Nullable String ifModifiedSince) {
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(",")).map(String::trim).map(tag -> tag.replaceFirst("^W/", ""))
                    .anyMatch(tag -> tag.equals("*") || tag.equals(feed.etag()) || tag.equals(feed.gzipEtag()));
        }
        if (ifModifiedSince == null || feed.lastModified() == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return !feed.lastModified().truncatedTo(ChronoUnit.SECONDS).isAfter(since);
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
