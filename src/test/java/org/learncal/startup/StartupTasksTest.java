package org.learncal.startup;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Start-up work waits until the first answer, until the server has listened for a while, or until something needs
 * it, and then runs once.
 */
class StartupTasksTest {

    @Test
    void workIsHeldUntilAReaderNeedsItThenRunsOnce() {
        try (EmbeddedServer server = start("1h")) {
            StartupTasks tasks = server.getApplicationContext().getBean(StartupTasks.class);
            AtomicInteger runs = new AtomicInteger();
            StartupTasks.Task task = tasks.start("probe", runs::incrementAndGet);
            assertFalse(task.succeeded());
            assertEquals(0, runs.get());
            task.await();
            assertTrue(task.succeeded());
            tasks.settled();
            assertEquals(1, runs.get());
        }
    }

    @Test
    void workStillHeldWhenTheServiceStopsIsNotRun() {
        AtomicInteger runs = new AtomicInteger();
        StartupTasks.Task task;
        try (EmbeddedServer server = start("1h")) {
            task = server.getApplicationContext().getBean(StartupTasks.class).start("probe", runs::incrementAndGet);
        }
        task.await();
        assertFalse(task.succeeded());
        assertEquals(0, runs.get());
    }

    @Test
    void workBeginsByItselfOnceTheServerHasListenedForTheDelay() throws Exception {
        try (EmbeddedServer server = start("50ms")) {
            StartupTasks tasks = server.getApplicationContext().getBean(StartupTasks.class);
            CompletableFuture<String> ran = new CompletableFuture<>();
            tasks.start("probe", () -> ran.complete(Thread.currentThread().getName()));
            assertFalse(ran.get(2, TimeUnit.MINUTES).isEmpty());
        }
    }

    @Test
    void theFirstAnswerReleasesTheWork() throws Exception {
        try (EmbeddedServer server = start("1h");
             HttpClient client = HttpClient.create(server.getURL())) {
            StartupTasks tasks = server.getApplicationContext().getBean(StartupTasks.class);
            CompletableFuture<Boolean> ran = new CompletableFuture<>();
            tasks.start("probe", () -> ran.complete(true));
            assertEquals(200, client.toBlocking().exchange("/health").code());
            assertTrue(ran.get(2, TimeUnit.MINUTES));
        }
    }

    @Test
    void workStartedAfterTheReleaseRunsAtOnceAndAFailureIsReportedAsSuch() {
        try (EmbeddedServer server = start("1h")) {
            StartupTasks tasks = server.getApplicationContext().getBean(StartupTasks.class);
            tasks.release();
            StartupTasks.Task failing = tasks.start("failing", () -> {
                throw new IllegalStateException("expected by the test");
            });
            failing.await();
            assertFalse(failing.succeeded());
            tasks.settled();
        }
    }

    private static EmbeddedServer start(String delay) {
        return ApplicationContext.run(EmbeddedServer.class, Map.of("learncal.startup.background-delay", delay), "test");
    }
}
