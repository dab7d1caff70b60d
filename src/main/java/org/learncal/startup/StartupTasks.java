package org.learncal.startup;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Runs start-up work that the first answers do not need in the background, once the listeners that schedule it
 * have run. A reader that needs one task's result waits for that task ({@link Task#await}); tests wait for all
 * of them ({@link #settled}) instead of sleeping.
 */
@Singleton
public class StartupTasks {
    private static final Logger LOG = LoggerFactory.getLogger(StartupTasks.class);

    private final ExecutorService background;
    private final List<CompletableFuture<Void>> started = new ArrayList<>();

    StartupTasks(@Named(TaskExecutors.IO) ExecutorService background) {
        this.background = background;
    }

    /** Work started in the background. */
    public static final class Task {
        private final CompletableFuture<Void> done;

        private Task(CompletableFuture<Void> done) {
            this.done = done;
        }

        /** Returns once the work has ended, whether it succeeded or not. */
        public void await() {
            done.exceptionally(failure -> null).join();
        }

        /** True once the work ended without an error. */
        public boolean succeeded() {
            return done.isDone() && !done.isCompletedExceptionally();
        }
    }

    /** Starts {@code work} named {@code name} (for the log) in the background. */
    public synchronized Task start(String name, Runnable work) {
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> {
            long began = System.nanoTime();
            work.run();
            LOG.debug("Start-up task {} ended in {} ms", name, (System.nanoTime() - began) / 1_000_000);
        }, background);
        done.whenComplete((ignored, failure) -> {
            if (failure != null) {
                LOG.warn("Start-up task {} failed: {}", name, failure.toString());
            }
        });
        started.add(done);
        return new Task(done);
    }

    /** Returns once every task started so far has ended. */
    public void settled() {
        List<CompletableFuture<Void>> tasks;
        synchronized (this) {
            tasks = List.copyOf(started);
        }
        tasks.forEach(task -> task.exceptionally(failure -> null).join());
    }
}
