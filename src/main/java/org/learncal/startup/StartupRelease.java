package org.learncal.startup;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;

import java.time.Duration;

/**
 * Releases the held start-up work ({@link StartupTasks}) once the first answer is ready (usually a health check),
 * or {@code learncal.startup.background-delay} after the server listens if nobody asks before: the start and
 * the first answer then have the cores to themselves.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class StartupRelease {
    private final StartupTasks tasks;
    private final TaskScheduler scheduler;
    private final Duration delay;

    StartupRelease(StartupTasks tasks, @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
                   @Value("${learncal.startup.background-delay:5s}") Duration delay) {
        this.tasks = tasks;
        this.scheduler = scheduler;
        this.delay = delay;
    }

    @EventListener
    void onServerStartup(ServerStartupEvent startup) {
        scheduler.schedule(delay, tasks::release);
    }

    @ResponseFilter
    void afterAnswer() {
        tasks.release();
    }
}
