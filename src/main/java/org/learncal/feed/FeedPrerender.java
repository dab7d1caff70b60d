package org.learncal.feed;

import io.micronaut.context.BeanProvider;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.learncal.catalog.CatalogVersion;
import org.learncal.catalog.EventChangeListener;
import org.learncal.event.EventStamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Renders the events of a bulk write (an import, a source run: {@value #BULK} events or more in one write) in the
 * background once it is committed, so that the first feed after it joins rendered events, with the writer's code
 * already compiled, instead of rendering thousands of events while its caller waits. One thread (one core of the
 * machine at most), a chunk of events at a time, each chunk taking its turn with the renders of requests
 * ({@link EventFragments#render}): a feed asked for meanwhile waits at most for the chunk under way, then renders
 * what is still missing itself, so it is complete and current whatever the background render has done. Only the
 * original texts are rendered ahead; a feed in another language renders its variant when asked for.
 */
@Singleton
class FeedPrerender implements EventChangeListener {
    static final int BULK = 64;
    private static final Logger LOG = LoggerFactory.getLogger(FeedPrerender.class);
    private static final int CHUNK = 250;
    private static final long COMMIT_WAIT_MILLIS = 60_000;
    private static final long POLL_MILLIS = 50;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final BeanProvider<FeedSelection> selection;
    private final BeanProvider<EventFragments> fragments;
    private final BeanProvider<CatalogVersion> version;
    private final Clock clock;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
        Thread named = new Thread(work, "feed-prerender");
        named.setDaemon(true);
        named.setPriority(Thread.MIN_PRIORITY);
        return named;
    });
    private final AtomicLong wanted = new AtomicLong();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    // the beans are looked up when first needed: the catalogue version calls this listener inside its writes
    FeedPrerender(BeanProvider<FeedSelection> selection, BeanProvider<EventFragments> fragments,
                  BeanProvider<CatalogVersion> version, Clock clock) {
        this.selection = selection;
        this.fragments = fragments;
        this.version = version;
        this.clock = clock;
    }

    /** Called inside the writing transaction: only notes the version to wait for, the work is done after it. */
    @Override
    public void changed(List<UUID> eventIds, long changedVersion) {
        if (eventIds.size() < BULK) {
            return;
        }
        wanted.accumulateAndGet(changedVersion, Math::max);
        if (scheduled.compareAndSet(false, true)) {
            try {
                thread.execute(this::renderWhenCommitted);
            } catch (RejectedExecutionException stopping) {
                // the application is stopping: the write goes on, without a render after it
            }
        }
    }

    /** Returns once the background renders asked for so far have ended (for tests). */
    void settled() {
        try {
            thread.submit(() -> { }).get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }

    private void renderWhenCommitted() {
        // a bulk write noted after this line schedules another run, which finds rendered what this one renders
        scheduled.set(false);
        long target = wanted.get();
        try {
            if (awaitCommit(target)) {
                renderWindow();
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // Only an optimisation: feeds render what they miss all the same.
            LOG.warn("Background render after a bulk write failed: {}", e.toString());
        }
    }

    /** True once the write's version is committed; false if it never is (rolled back) within a minute. */
    private boolean awaitCommit(long target) throws InterruptedException {
        long deadline = System.nanoTime() + COMMIT_WAIT_MILLIS * 1_000_000;
        while (version.get().latest() < target) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }

    private void renderWindow() {
        long started = System.nanoTime();
        long cpuStarted = CPU.getCurrentThreadCpuTime();
        List<EventStamp> events = selection.get().everyEventInWindow(clock.instant());
        int rendered = 0;
        for (int from = 0; from < events.size() && !Thread.currentThread().isInterrupted(); from += CHUNK) {
            List<EventStamp> chunk = events.subList(from, Math.min(events.size(), from + CHUNK));
            rendered += fragments.get().renderMissing(chunk, null);
        }
        // one thread does it all: its CPU time is the cost of selecting, loading and rendering these events
        LOG.info("Feeds after a bulk write: {} of {} events rendered in {} ms, {} ms of CPU", rendered, events.size(),
                (System.nanoTime() - started) / 1_000_000, (CPU.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
    }
}
