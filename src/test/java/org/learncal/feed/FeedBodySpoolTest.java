package org.learncal.feed;

import io.netty.channel.FileRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A body kept in a file once asked, its file closed when the cache drops the body, even if written after. */
class FeedBodySpoolTest {
    private static final byte[] CONTENT = "DESCRIPTION:Journée internationale de l'éducation\r\n".repeat(2000)
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    @Test
    void aBodyHasNoFileUntilItIsWrittenThenSendsItsBytesFromIt() throws IOException {
        FeedBody body = FeedBody.of(CONTENT);
        assertNull(body.fileRegion());
        body.spool(Runnable::run, folder);
        FileRegion region = body.fileRegion();
        assertEquals(CONTENT.length, region.count());
        assertArrayEquals(CONTENT, BodyFileTest.sent(region));
        assertArrayEquals(CONTENT, body.toArray());
    }

    @Test
    void aReleasedBodyNoLongerSendsFromItsFile() {
        FeedBody body = FeedBody.of(CONTENT);
        body.spool(Runnable::run, folder);
        body.release();
        assertNull(body.fileRegion());
    }

    @Test
    void aFileWrittenAfterTheBodyWasReleasedIsNotKept() {
        FeedBody body = FeedBody.of(CONTENT);
        List<Runnable> later = new ArrayList<>();
        body.spool(later::add, folder);
        body.release();
        later.forEach(Runnable::run);
        assertNull(body.fileRegion());
    }

    @Test
    void aBodyIsWrittenOnceHoweverOftenItIsAsked() {
        FeedBody body = FeedBody.of(CONTENT);
        List<Runnable> writes = new ArrayList<>();
        body.spool(writes::add, folder);
        body.spool(writes::add, folder);
        assertEquals(1, writes.size());
    }

    @Test
    void aFeedDroppedByTheCacheClosesTheFilesOfBothEncodings() {
        Feed feed = new Feed(null, FeedBody.of(CONTENT), "\"tag\"", null, false, 1, Instant.MAX);
        feed.body().spool(Runnable::run, folder);
        feed.gzipped().spool(Runnable::run, folder);
        feed.release();
        assertNull(feed.body().fileRegion());
        assertNull(feed.gzipped().fileRegion());
    }
}
