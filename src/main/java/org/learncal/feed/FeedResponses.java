package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.time.Clock;
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
    private static volatile AcceptEncoding lastAcceptEncoding;

    private final String cacheControl;
    private final Clock clock;
    private final LastFormatted dates = new LastFormatted();
    private final LastFormatted lastModifiedDates = new LastFormatted();

    FeedResponses(FeedConfiguration configuration, Clock clock) {
        this.cacheControl = "public, max-age=" + configuration.refreshInterval().toSeconds();
        this.clock = clock;
    }

    HttpResponse<?> respond(HttpRequest<?> request, Feed feed) {
        HttpHeaders headers = request.getHeaders();
        FeedReply reply = reply(feed, headers.get(HttpHeaders.ACCEPT_ENCODING), headers.get(HttpHeaders.IF_NONE_MATCH),
                headers.get(HttpHeaders.IF_MODIFIED_SINCE));
        MutableHttpResponse<?> response = reply.body() == null ? HttpResponse.status(HttpStatus.NOT_MODIFIED)
                : HttpResponse.ok(reply.body().send());
        reply.headers().forEach(header -> response.header(header.getKey(), header.getValue()));
        return response;
    }

    /** The reply to a request with these headers (each may be null). */
    FeedReply reply(Feed feed, @Nullable String acceptEncoding, @Nullable String ifNoneMatch,
                    @Nullable String ifModifiedSince) {
        Instant date = date();
        return reply(feed, acceptsGzip(acceptEncoding), notModified(feed, date, ifNoneMatch, ifModifiedSince), date);
    }

    /** The Date of a response made now: the clock's second. */
    Instant date() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** True when a request with these validators, answered at {@code date}, gets a 304. */
    static boolean notModified(Feed feed, Instant date, @Nullable String ifNoneMatch,
                               @Nullable String ifModifiedSince) {
        return clientCopyCurrent(feed, lastModified(feed, date), ifNoneMatch, ifModifiedSince);
    }

    /** The reply at {@code date} in the encoding and with the status decided: the same for every such request. */
    FeedReply reply(Feed feed, boolean gzip, boolean notModified, Instant date) {
        Instant lastModified = lastModified(feed, date);
        List<Map.Entry<String, String>> headers = new ArrayList<>(10);
        validators(headers, date, lastModified, gzip ? feed.gzipEtag() : feed.etag());
        if (notModified) {
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

    /**
     * The feed's Last-Modified if it is not later than the response's Date (RFC 9110 section 8.8.2.1): a change
     * made in the second already served gets the next second, which is withheld until it has come.
     */
    private static @Nullable Instant lastModified(Feed feed, Instant date) {
        Instant lastModified = feed.lastModified();
        return lastModified == null || lastModified.isAfter(date) ? null : lastModified;
    }

    /** Date is set here, from the clock that decided Last-Modified, so that the two always agree. */
    private void validators(List<Map.Entry<String, String>> headers, Instant date, @Nullable Instant lastModified,
                            String etag) {
        headers.add(Map.entry(HttpHeaders.DATE, dates.of(date)));
        headers.add(Map.entry(HttpHeaders.ETAG, etag));
        headers.add(Map.entry(HttpHeaders.CACHE_CONTROL, cacheControl));
        headers.add(Map.entry(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING));
        if (lastModified != null) {
            headers.add(Map.entry(HttpHeaders.LAST_MODIFIED, lastModifiedDates.of(lastModified)));
        }
    }

    /** If-None-Match wins when present (RFC 9110 section 13.2.2); either encoding's tag validates the feed. */
    private static boolean clientCopyCurrent(Feed feed, @Nullable Instant lastModified, @Nullable String ifNoneMatch,
                                             @Nullable String ifModifiedSince) {
        if (ifNoneMatch != null) {
            if (ifNoneMatch.equals(feed.etag()) || ifNoneMatch.equals(feed.gzipEtag())) {
                return true; // what a poller sends back: the tag it was given, alone
            }
            return Arrays.stream(ifNoneMatch.split(",")).map(String::trim).map(tag -> tag.replaceFirst("^W/", ""))
                    .anyMatch(tag -> tag.equals("*") || tag.equals(feed.etag()) || tag.equals(feed.gzipEtag()));
        }
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
    static boolean acceptsGzip(@Nullable String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        // a poller sends the same header every time: parsed once, not on each poll
        AcceptEncoding last = lastAcceptEncoding;
        if (last != null && last.header().equals(acceptEncoding)) {
            return last.gzip();
        }
        boolean gzip = listsGzip(acceptEncoding);
        lastAcceptEncoding = new AcceptEncoding(acceptEncoding, gzip);
        return gzip;
    }

    private record AcceptEncoding(String header, boolean gzip) {
    }

    private static boolean listsGzip(String acceptEncoding) {
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

    /**
     * An HTTP date formatted once and reused while the same instant comes again: the Date of this second, the
     * Last-Modified of the feed being polled.
     */
    private static final class LastFormatted {
        private record Formatted(Instant instant, String text) {
        }

        private volatile Formatted last;

        String of(Instant instant) {
            Formatted formatted = last;
            if (formatted == null || !formatted.instant().equals(instant)) {
                formatted = new Formatted(instant, httpDate(instant));
                last = formatted;
            }
            return formatted.text();
        }
    }

    static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant.atOffset(ZoneOffset.UTC));
    }
}
