package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * One rendered feed with what HTTP needs to revalidate it: a strong ETag from its bytes, the newest change
 * among its events, and for the cache the catalogue version it was built from and until when it holds.
 */
public final class Feed {
    private final FeedDefinition definition;
    private final byte[] body;
    private final String etag;
    private final @Nullable Instant lastModified;
    private final boolean truncated;
    private final long catalogVersion;
    private final Instant validUntil;
    private volatile byte[] gzipped;

    /** {@code previous}: the last rendering of the same feed, if still known, so that Last-Modified moves on. */
    Feed(FeedDefinition definition, byte[] body, @Nullable Instant newestChange, boolean truncated,
         long catalogVersion, Instant validUntil, @Nullable Feed previous) {
        this.definition = definition;
        this.body = body;
        this.etag = "\"" + digest(body) + "\"";
        this.lastModified = lastModified(newestChange, previous);
        this.truncated = truncated;
        this.catalogVersion = catalogVersion;
        this.validUntil = validUntil;
    }

    public FeedDefinition definition() {
        return definition;
    }

    public byte[] body() {
        return body;
    }

    /** The gzip-encoded body, compressed once on first demand. */
    public byte[] gzipped() {
        byte[] compressed = gzipped;
        if (compressed == null) {
            compressed = gzip(body);
            gzipped = compressed;
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

    /** What the cache counts: the body (a gzip copy, made only on demand, adds about a sixth). */
    long size() {
        return body.length;
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 18));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 6 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 65_536)) {
            gzip.write(bytes);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
