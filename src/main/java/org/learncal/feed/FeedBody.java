package org.learncal.feed;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The bytes of one rendered feed in one encoding, kept once, off the heap and read-only, and shared by every
 * response that sends them: a response gets a view of its own (its own read position) over the same memory,
 * so nothing is copied per request and no send can change what another one reads. The memory goes back when
 * the feed is no longer referenced (the JDK frees a direct buffer with its owner), so views need no release.
 */
final class FeedBody {
    private static final int CHUNK = 65_536;

    private final ByteBuffer bytes;

    private FeedBody(ByteBuffer bytes) {
        this.bytes = bytes.asReadOnlyBuffer();
    }

    /** The pieces, in order, as one body. */
    static FeedBody join(List<byte[]> pieces) {
        ByteBuffer joined = ByteBuffer.allocateDirect(pieces.stream().mapToInt(piece -> piece.length).sum());
        pieces.forEach(joined::put);
        return new FeedBody(joined.flip());
    }

    static FeedBody of(byte[] bytes) {
        return join(List.of(bytes));
    }

    int length() {
        return bytes.remaining();
    }

    /** A view for one response: the framework releases it after writing, which frees nothing shared. */
    ByteBuf send() {
        return Unpooled.wrappedBuffer(bytes.duplicate());
    }

    /** A heap copy, for those that need an array (tests, digests of small bodies). */
    byte[] toArray() {
        byte[] copy = new byte[length()];
        bytes.duplicate().get(copy);
        return copy;
    }

    /** The SHA-256 of the bytes, base64url, 144 bits: enough for a strong ETag. */
    String digest() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(bytes.duplicate());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sha256.digest(), 18));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The gzip encoding of these bytes, read in chunks so the heap never holds the whole identity body. */
    FeedBody gzip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length() / 6 + 64);
        ByteBuffer source = bytes.duplicate();
        byte[] chunk = new byte[CHUNK];
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, CHUNK)) {
            while (source.hasRemaining()) {
                int count = Math.min(chunk.length, source.remaining());
                source.get(chunk, 0, count);
                gzip.write(chunk, 0, count);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return of(out.toByteArray());
    }
}
