package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One rendered feed with what HTTP needs to revalidate it: a strong ETag from its bytes, the newest change
 * among its events, and for the cache the catalogue version it was built from and until when it holds.
 * Its bytes are kept once per encoding and shared by every response (see {@link FeedBody}).
 */
public final class Feed {
    private final FeedDefinition definition;
    private final FeedBody body;
    private final String etag;
    private final @Nullable Instant lastModified;
    private final boolean truncated;
    private final long catalogVersion;
    private final Instant validUntil;
    private volatile FeedBody gzipped;

    /** {@code previous}: the last rendering of the same feed, if still known, so that Last-Modified moves on. */
    Feed(FeedDefinition definition, FeedBody body, @Nullable Instant newestChange, boolean truncated,
         long catalogVersion, Instant validUntil, @Nullable Feed previous) {
        this.definition = definition;
        this.body = body;
        this.etag = "\"" + body.digest() + "\"";
        this.lastModified = lastModified(newestChange, previous);
        this.truncated = truncated;
        this.catalogVersion = catalogVersion;
        this.validUntil = validUntil;
    }

    public FeedDefinition definition() {
        return definition;
    }

    FeedBody body() {
        return body;
    }

    /** The gzip-encoded body, compressed once, on first demand: later requests for it wait and share it. */
    FeedBody gzipped() {
        FeedBody compressed = gzipped;
        if (compressed == null) {
            synchronized (this) {
                compressed = gzipped;
                if (compressed == null) {
                    compressed = body.gzip();
                    gzipped = compressed;
                }
            }
        }
        return compressed;
    }

    /** The strong ETag of the identity-encoded body. */
    public String etag() {
        return etag;
    }

    /** The ETag of the gzip encoding: another representation, so another strong validator. */
    public String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }

    /** When the feed last changed, in whole seconds as HTTP dates carry them. */
    public @Nullable Instant lastModified() {
        return lastModified;
    }

    /**
     * The newest change, except that other bytes than the previous rendering's always get a later second than
     * the previous Last-Modified: a change in the same second (or one that makes the newest change older, such
     * as an event leaving the feed) must not let a client that revalidates by date keep its copy (304). The same
     * bytes keep the previous value, so Last-Modified never goes backwards.
     */
    private @Nullable Instant lastModified(@Nullable Instant newestChange, @Nullable Feed previous) {
        Instant own = newestChange == null ? null : newestChange.truncatedTo(ChronoUnit.SECONDS);
        if (previous == null || previous.lastModified == null) {
            return own;
        }
        if (previous.etag.equals(etag)) {
            return previous.lastModified;
        }
        Instant later = previous.lastModified.plusSeconds(1);
        return own == null || own.isBefore(later) ? later : own;
    }

    public boolean truncated() {
        return truncated;
    }

    /** Rendered from the catalogue version read for this request (or a later one), and not expired. */
    boolean isCurrent(long currentVersion, Instant now) {
        return catalogVersion >= currentVersion && now.isBefore(validUntil);
    }

    /** What the cache counts: the identity body, and the gzip one once made (about a sixth more). */
    long size() {
        FeedBody compressed = gzipped;
        return body.length() + (compressed == null ? 0 : compressed.length());
    }
}
