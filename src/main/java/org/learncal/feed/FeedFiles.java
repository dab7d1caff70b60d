package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.netty.channel.FileRegion;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.util.concurrent.Executor;

/**
 * Decides which bodies the fast answers send from a file ({@link BodyFile}): those of at least the configured
 * size. The first answer of such a body sends it from memory and has it written to a file in the background,
 * so no answer waits for the disk; the next ones send the file.
 */
@Singleton
class FeedFiles {
    private final int minBytes;
    private final Path directory;
    private final Executor blocking;
    private final FeedMetrics metrics;

    FeedFiles(FeedFileConfiguration configuration, @Named(TaskExecutors.BLOCKING) Executor blocking,
              FeedMetrics metrics) {
        this.minBytes = configuration.minBytes();
        this.directory = Path.of(configuration.directory() == null
                ? System.getProperty("java.io.tmpdir") : configuration.directory());
        this.blocking = blocking;
        this.metrics = metrics;
    }

    /** The body as a file region for one response; null: send it from memory. */
    @Nullable FileRegion region(FeedBody body) {
        if (body.length() < minBytes) {
            return null;
        }
        FileRegion region = body.fileRegion();
        if (region == null) {
            body.spool(blocking, directory);
        } else {
            metrics.fileSend();
        }
        return region;
    }
}
