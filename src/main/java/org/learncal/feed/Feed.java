package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * One rendered feed with what HTTP needs to revalidate it: a strong ETag from its bytes, its Last-Modified, and for the cache the catalogue version it was built from and until when it holds.
 * Its bytes are kept once per encoding and shared by every response (see {@link FeedBody}).
 */
public final class Feed {
    private final FeedDefinition definition;
    private final FeedBody body;
    private final String etag;
    private final String gzipEtag;
    private final @Nullable Instant lastModified;
    private final boolean truncated;
    private final long catalogVersion;
    private final Instant validUntil;
    private volatile FeedBody gzipped;
    private volatile ReadyHeaders readyHeaders;

    /** {@code etag}: {@link #etagOf} the body; {@code lastModified}: as decided by {@link FeedValidators}. */
    Feed(FeedDefinition definition, FeedBody body, String etag, @Nullable Instant lastModified, boolean truncated,
         long catalogVersion, Instant validUntil) {
        this.definition = definition;
        this.body = body;
        this.etag = etag;
        this.gzipEtag = etag.substring(0, etag.length() - 1) + "-gzip\"";
        this.lastModified = lastModified;
        this.truncated = truncated;
        this.catalogVersion = catalogVersion;
        this.validUntil = validUntil;
    }

    /** The strong ETag of these identity-encoded bytes. */
    static String etagOf(FeedBody body) {
        return "\"" + body.digest() + "\"";
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

    /** The header blocks of this feed's fast answers in the current second, if made (see {@link ReadyHeaders}). */
    @Nullable ReadyHeaders readyHeaders() {
        return readyHeaders;
    }

    void readyHeaders(ReadyHeaders ready) {
        readyHeaders = ready;
    }

    /** True once the gzip body is made: {@link #gzipped()} then returns at once. */
    boolean gzipMade() {
        return gzipped != null;
    }

    /** The strong ETag of the identity-encoded body. */
    public String etag() {
        return etag;
    }

    /** The ETag of the gzip encoding: another representation, so another strong validator. */
    public String gzipEtag() {
        return gzipEtag;
    }

    /**
     * When the feed last changed, in whole seconds as HTTP dates carry them; it can be the second after the
     * rendering (see {@link FeedValidators#after}).
     */
    public @Nullable Instant lastModified() {
        return lastModified;
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
