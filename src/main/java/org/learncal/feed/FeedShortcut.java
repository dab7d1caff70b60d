package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.learncal.metrics.RouteTimers;
import org.learncal.web.SecurityHeadersFilter;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Answers repeated polls of a feed without routing them ({@link FeedFastPath}): a request URI that the
 * controller answered with a feed before names the same cache entry again, so while that entry is current (the
 * catalogue version is read from the database for every request, as on the routed path, so a write through any
 * instance shows at the next poll) the reply is the controller's own ({@link FeedResponses#reply}) with the
 * headers the filters add. Anything else is routed: a feed not cached or not current, a database that does not
 * answer (the routed path decides about stale entries), requests from web pages (Origin: CORS) or with cookies,
 * bodies, Expect or Upgrade, HTTP/1.0, requests that close the connection, codings other than gzip, and HEAD
 * (Micronaut answers it without Content-Length and closes the connection: routed, it stays exactly that).
 */
@Singleton
class FeedShortcut {
    private static final int KNOWN_URIS = 4096;

    /** A URI the controller answered: the cache entry it named, the route it took (for metrics), its path. */
    record Known(String variantKey, String route, String path) {
    }

    private final FeedCache cache;
    private final FeedResponses responses;
    private final Executor blocking;
    private final RouteTimers timers;
    private final FeedMetrics metrics;
    private final LinkedHashMap<String, Known> known = new LinkedHashMap<>(256, 0.75f, true);

    FeedShortcut(FeedCache cache, FeedResponses responses, @Named(TaskExecutors.BLOCKING) Executor blocking,
                 RouteTimers timers, FeedMetrics metrics) {
        this.cache = cache;
        this.responses = responses;
        this.blocking = blocking;
        this.timers = timers;
        this.metrics = metrics;
    }

    /** Called by the controller once it answered {@code uri} with the feed stored under {@code variantKey}. */
    synchronized void remember(String uri, Known answered) {
        known.put(uri, answered);
        if (known.size() > KNOWN_URIS) {
            known.remove(known.keySet().iterator().next());
        }
    }

    /** What the request asks for, if this shortcut may answer it; null to route it. */
    @Nullable Known known(HttpRequest request) {
        HttpHeaders headers = request.headers();
        boolean plain = request.decoderResult().isSuccess() && request.protocolVersion().equals(HttpVersion.HTTP_1_1)
                && request.method().equals(HttpMethod.GET)
                && HttpUtil.isKeepAlive(request) && !HttpUtil.isTransferEncodingChunked(request)
                && HttpUtil.getContentLength(request, 0L) == 0 && !headers.contains(HttpHeaderNames.ORIGIN)
                && !headers.contains(HttpHeaderNames.COOKIE) && !headers.contains(HttpHeaderNames.EXPECT)
                && !headers.contains(HttpHeaderNames.UPGRADE) && withoutOtherCoding(headers);
        if (!plain) {
            return null;
        }
        synchronized (this) {
            return known.get(request.uri());
        }
    }

    /** Identity or our gzip: any other coding asked for alone is Micronaut's to apply, so it is routed. */
    private static boolean withoutOtherCoding(HttpHeaders headers) {
        String acceptEncoding = headers.get(HttpHeaderNames.ACCEPT_ENCODING);
        return acceptEncoding == null || FeedResponses.acceptsGzip(acceptEncoding);
    }

    Executor executor() {
        return blocking;
    }

    /**
     * The full response if it can be made now without blocking: the feed known current without reading the
     * database ({@link FeedCache#ifKnownCurrent}) and, for gzip, already compressed. Null: ask {@link #reply}.
     */
    @Nullable FullHttpResponse replyNow(HttpRequest request, Known known) {
        Feed feed = cache.ifKnownCurrent(known.variantKey());
        boolean gzip = gzip(request);
        return feed == null || gzip && !feed.gzipMade() ? null : response(request, known, feed, gzip);
    }

    /** The full response, or null when the feed must be routed after all. Blocks on the database. */
    @Nullable FullHttpResponse reply(HttpRequest request, Known known) {
        Feed feed = cache.ifCurrent(known.variantKey());
        return feed == null ? null : response(request, known, feed, gzip(request));
    }

    private static boolean gzip(HttpRequest request) {
        return FeedResponses.acceptsGzip(request.headers().get(HttpHeaderNames.ACCEPT_ENCODING));
    }

    /**
     * The controller's reply ({@link FeedResponses#reply}) with the headers the filters add: its header block is
     * made once per feed, encoding, status and second ({@link ReadyHeaders}) and shared; the body is a view of
     * the feed's shared bytes.
     */
    private FullHttpResponse response(HttpRequest request, Known known, Feed feed, boolean gzip) {
        HttpHeaders headers = request.headers();
        Instant date = responses.date();
        boolean notModified = FeedResponses.notModified(feed, date, headers.get(HttpHeaderNames.IF_NONE_MATCH),
                headers.get(HttpHeaderNames.IF_MODIFIED_SINCE));
        FeedBody body = notModified ? null : gzip ? feed.gzipped() : feed.body();
        return new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                notModified ? HttpResponseStatus.NOT_MODIFIED : HttpResponseStatus.OK,
                body == null ? Unpooled.EMPTY_BUFFER : body.send(),
                ready(feed, date, SecurityHeadersFilter.forPath(known.path())).headers(responses, gzip, notModified),
                EmptyHttpHeaders.INSTANCE);
    }

    private static ReadyHeaders ready(Feed feed, Instant date, List<Map.Entry<String, String>> security) {
        ReadyHeaders ready = feed.readyHeaders();
        if (ready == null || !ready.serve(feed, date, security)) {
            ready = new ReadyHeaders(feed, date, security);
            feed.readyHeaders(ready);
        }
        return ready;
    }

    /** Counts the answer as the routed path would: under the feed's route, with its method and status. */
    void answered(HttpRequest request, Known known, int status, long startedNanos) {
        metrics.shortcut();
        timers.record(request.method().name(), status, known.route(), startedNanos);
    }
}
