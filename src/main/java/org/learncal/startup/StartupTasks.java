package org.learncal.startup;

import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs start-up work that the first answers do not need in the background. The work is held, so that it does not
 * take the cores from the start and the first answer, until it is released ({@link StartupRelease}: once the first
 * answer is ready, or a few seconds after the server listens) or until something needs it: a reader that needs one
 * task's result waits for that task ({@link Task#await}), which releases the work at once; tests wait for all of
 * them ({@link #settled}).
 */
@Singleton
public class StartupTasks {
    private static final Logger LOG = LoggerFactory.getLogger(StartupTasks.class);

    private final ExecutorService background;
    private final List<CompletableFuture<Void>> started = new ArrayList<>();
    private final List<Runnable> held = new ArrayList<>();
    private volatile boolean released;
    private volatile boolean stopping;

    StartupTasks(@Named(TaskExecutors.IO) ExecutorService background) {
        this.background = background;
    }

    /** Work started in the background. */
    public static final class Task {
        private final CompletableFuture<Void> done;
        private final StartupTasks tasks;

        private Task(CompletableFuture<Void> done, StartupTasks tasks) {
            this.done = done;
            this.tasks = tasks;
        }

        /** Releases the held work if need be, and returns once this work has ended, whether it succeeded or not. */
        public void await() {
            tasks.release();
            done.exceptionally(failure -> null).join();
        }

        /** True once the work ended without an error. */
        public boolean succeeded() {
            return done.isDone() && !done.isCompletedExceptionally();
        }
    }

    /** Starts {@code work} named {@code name} (for the log) in the background once the work is released. */
    public synchronized Task start(String name, Runnable work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Runnable run = () -> run(name, work, done);
        started.add(done);
        if (released) {
            submit(run, name, done);
        } else {
            held.add(() -> submit(run, name, done));
        }
        return new Task(done, this);
    }

    /** Lets the held work begin; later work begins at once. */
    public void release() {
        if (released) {
            return;
        }
        List<Runnable> now;
        synchronized (this) {
            if (released) {
                return;
            }
            released = true;
            now = List.copyOf(held);
            held.clear();
        }
        now.forEach(Runnable::run);
    }

    /**
     * The service is stopping (before its beans go): work not yet begun is dropped, and work that fails from here on
     * failed because the database or another bean went away, which is no fault.
     */
    @EventListener
    void onShutdown(ShutdownEvent shutdown) {
        stopping = true;
    }

    /** Releases the held work and returns once every task started so far has ended. */
    public void settled() {
        release();
        List<CompletableFuture<Void>> tasks;
        synchronized (this) {
            tasks = List.copyOf(started);
        }
        tasks.forEach(task -> task.exceptionally(failure -> null).join());
    }

    private void submit(Runnable run, String name, CompletableFuture<Void> done) {
        try {
            if (!stopping) {
                background.execute(run);
                return;
            }
        } catch (RejectedExecutionException rejected) {
            // the executor was shut down before the shutdown event reached this bean: stopping all the same
        }
        LOG.info("Start-up task {} not run: the service is stopping", name);
        done.cancel(false);
    }

    private void run(String name, Runnable work, CompletableFuture<Void> done) {
        long began = System.nanoTime();
        try {
            work.run();
            LOG.debug("Start-up task {} ended in {} ms", name, (System.nanoTime() - began) / 1_000_000);
            done.complete(null);
        } catch (RuntimeException | Error failure) {
            if (stopping) {
                LOG.info("Start-up task {} stopped with the service: {}", name, failure.toString());
            } else {
                LOG.warn("Start-up task {} failed: {}", name, failure.toString());
            }
            done.completeExceptionally(failure);
        }
    }
}
